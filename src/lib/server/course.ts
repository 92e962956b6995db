/**
 * Courses as a participant sees them: only courses of cohorts they are enrolled in, only
 * published, unarchived modules. Access is part of every query's where, never an if after it.
 */
import { db } from './db';
import * as progress from './progress';
import { isLiteracyLevel, type LiteracyLevel } from '#lib/content/types';

export type ModuleStatus = 'new' | 'started' | 'completed';

/** Where clause: a course reachable by this participant through an enrollment. */
export function courseOfParticipant(userId: string) {
	return { cohorts: { some: { cohort: { enrollments: { some: { userId } } } } } };
}

export function levelOf(value: string): LiteracyLevel {
	return isLiteracyLevel(value) ? value : 'menengah';
}

const visibleModule = { archivedAt: null, publishedVersionId: { not: null } } as const;

export async function listCoursesForParticipant(userId: string) {
	const courses = await db.course.findMany({
		where: courseOfParticipant(userId),
		orderBy: { title: 'asc' },
		select: {
			slug: true,
			title: true,
			summary: true,
			modules: {
				where: visibleModule,
				orderBy: { position: 'asc' },
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
			slug: true,
			title: true,
			summary: true,
			modules: {
				where: visibleModule,
				orderBy: { position: 'asc' },
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

const htmlColumn = { dasar: 'htmlDasar', menengah: 'htmlMenengah', lanjut: 'htmlLanjut' } as const;

/**
 * The lesson: one query, one pre-rendered HTML column for the reader's level. Nothing is
 * parsed here, so reading costs the same for a short and a long module.
 */
export async function readModuleForParticipant(userId: string, level: LiteracyLevel, courseSlug: string, moduleSlug: string) {
	const module = await db.module.findFirst({
		where: { slug: moduleSlug, ...visibleModule, course: { slug: courseSlug, ...courseOfParticipant(userId) } },
		select: {
			id: true,
			course: { select: { title: true } },
			progress: { where: { userId }, select: { status: true } },
			publishedVersion: {
				select: {
					title: true,
					summary: true,
					minutes: true,
					objectivesJson: true,
					quizLevels: true,
					[htmlColumn[level]]: true
				}
			}
		}
	});
	const version = module?.publishedVersion as Record<string, string | number | boolean> | null | undefined;
	if (!module || !version) return null;
	return {
		courseTitle: module.course.title,
		title: String(version.title),
		summary: String(version.summary),
		minutes: Number(version.minutes),
		html: String(version[htmlColumn[level]]),
		objectives: JSON.parse(String(version.objectivesJson)) as string[],
		hasQuiz: String(version.quizLevels).split(',').includes(level),
		status: (module.progress[0]?.status ?? 'new') as ModuleStatus
	};
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
