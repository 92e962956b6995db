/**
 * Courses as a participant sees them: only courses of cohorts they are enrolled in, only
 * published, unarchived modules. Access is part of every query's where, never an if after it.
 */
import { db } from '#lib/server/db/client';
import * as progress from '#lib/server/learning/progress';
import { isLiteracyLevel, type LiteracyLevel } from '#lib/content/types';
import * as lessonCache from '#lib/server/learning/lesson-cache';

export type ModuleStatus = 'new' | 'started' | 'completed';

/** Where clause: a course reachable by this participant through an enrollment. */
export function courseOfParticipant(userId: string) {
	return { cohorts: { some: { cohort: { enrollments: { some: { userId } } } } } };
}

export function levelOf(value: string): LiteracyLevel {
	return isLiteracyLevel(value) ? value : 'dasar';
}

const visibleModule = { archivedAt: null, publishedVersionId: { not: null } } as const;

/** What a participant sees of the course itself, on the list of courses and on its own page. */
const courseShownToParticipant = { slug: true, title: true, summary: true } as const;

/** A course's modules as its participants see them; the course list counts exactly these. */
const visibleModulesInCourseOrder = { where: visibleModule, orderBy: { position: 'asc' } } as const;

export async function listCoursesForParticipant(userId: string) {
	const courses = await db.course.findMany({
		where: courseOfParticipant(userId),
		orderBy: { title: 'asc' },
		select: {
			...courseShownToParticipant,
			modules: {
				...visibleModulesInCourseOrder,
				select: { id: true, progress: { where: { userId }, select: { status: true } } }
			}
		}
	});
	return courses.map((course) => ({
		slug: course.slug,
		title: course.title,
		summary: course.summary,
		total: course.modules.length,
		done: course.modules.filter((module) => module.progress[0]?.status === 'completed').length
	}));
}

export async function readCourseForParticipant(userId: string, courseSlug: string) {
	const course = await db.course.findFirst({
		where: { slug: courseSlug, ...courseOfParticipant(userId) },
		select: {
			...courseShownToParticipant,
			modules: {
				...visibleModulesInCourseOrder,
				select: {
					slug: true,
					publishedVersion: { select: { title: true, summary: true, minutes: true } },
					progress: { where: { userId }, select: { status: true, bestPercent: true } }
				}
			}
		}
	});
	if (!course) return null;
	return {
		slug: course.slug,
		title: course.title,
		summary: course.summary,
		modules: course.modules.map((module) => ({
			slug: module.slug,
			title: module.publishedVersion!.title,
			summary: module.publishedVersion!.summary,
			minutes: module.publishedVersion!.minutes,
			status: (module.progress[0]?.status ?? 'new') as ModuleStatus,
			bestPercent: module.progress[0]?.bestPercent ?? 0
		}))
	};
}

/**
 * The lesson. Access is one small query; the lesson itself comes from the published version,
 * which is immutable, so it is read once per version and level and then kept (lesson-cache).
 * Nothing is parsed here: reading costs the same for a short and a long module.
 */
export async function readModuleForParticipant(userId: string, level: LiteracyLevel, courseSlug: string, moduleSlug: string) {
	const module = await db.module.findFirst({
		where: { slug: moduleSlug, ...visibleModule, course: { slug: courseSlug, ...courseOfParticipant(userId) } },
		select: { id: true, publishedVersionId: true }
	});
	if (!module?.publishedVersionId) return null;
	const lesson = await lessonCache.readPublishedLesson(module.publishedVersionId, level);
	// Only a module without a quiz is completed by reading, so only then is progress needed.
	const status: ModuleStatus = lesson.hasQuiz
		? 'new'
		: (((await db.moduleProgress.findUnique({ where: { userId_moduleId: { userId, moduleId: module.id } }, select: { status: true } }))
				?.status ?? 'new') as ModuleStatus);
	return { ...lesson, status };
}

/** Completes a module that has no quiz; false when the module is not the participant's or has a quiz. */
export async function completeReadingForParticipant(
	userId: string,
	level: LiteracyLevel,
	courseSlug: string,
	moduleSlug: string
): Promise<boolean> {
	const module = await db.module.findFirst({
		where: {
			slug: moduleSlug,
			...visibleModule,
			publishedVersion: { quizLevels: { not: { contains: level } } },
			course: { slug: courseSlug, ...courseOfParticipant(userId) }
		},
		select: { id: true }
	});
	if (!module) return false;
	await db.$transaction((tx) => progress.markModuleRead(tx, userId, module.id));
	return true;
}
