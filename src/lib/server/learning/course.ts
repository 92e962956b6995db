/**
 * Courses as a participant sees them: only courses of cohorts they are enrolled in, only
 * published, unarchived modules. Access is part of every query's where, never an if after it.
 */
import { db, type DbTx } from '#lib/server/db/client';
import { leanRows } from '#lib/server/db/lean-read';
import { sql } from '#lib/server/db/raw-sql';
import * as progress from '#lib/server/learning/progress';
import { courseCompletion, moduleFactsFrom, type ModuleState } from '#lib/server/learning/completion';
import { isLiteracyLevel, type LiteracyLevel } from '#lib/content/types';
import * as lessonCache from '#lib/server/learning/lesson-cache';
import * as practical from '#lib/server/cohorts/practical';

export type ModuleStatus = 'new' | 'started' | 'completed';

/**
 * Modules whose practical task a trainer accepted for this participant (cohorts/practical.ts
 * owns the review); the completion rule takes this set as an input.
 */
export function acceptedPracticalModuleIds(tx: DbTx, userId: string): Promise<Set<string>> {
	return practical.acceptedPracticalModuleIds(tx, userId);
}

/** What the completion rule needs of each module, for one participant. */
function completionSelect(userId: string) {
	return {
		id: true,
		publishedVersion: { select: { quizLevels: true, practicalRequired: true } },
		progress: { where: { userId }, select: { status: true, readAt: true } }
	} as const;
}

type CompletionRow = {
	id: string;
	publishedVersion: { quizLevels: string; practicalRequired: boolean } | null;
	progress: { status: string; readAt: Date | null }[];
};

function factsOf(module: CompletionRow, level: LiteracyLevel) {
	return moduleFactsFrom({
		moduleId: module.id,
		level,
		quizLevels: module.publishedVersion?.quizLevels ?? '',
		practicalRequired: module.publishedVersion?.practicalRequired ?? false,
		progress: module.progress[0]
	});
}

/** The completion of one course for one participant (any course id: callers check access). */
export async function readCourseCompletion(tx: DbTx, userId: string, level: LiteracyLevel, courseId: string) {
	const [modules, accepted] = await Promise.all([
		tx.module.findMany({ where: { courseId, ...visibleModule }, orderBy: { position: 'asc' }, select: completionSelect(userId) }),
		acceptedPracticalModuleIds(tx, userId)
	]);
	return courseCompletion(
		modules.map((module) => factsOf(module, level)),
		accepted
	);
}

/**
 * True when some visible module of the course is not even read by this participant: then the
 * course cannot be complete (completion.ts needs every module read), and the full check can be
 * skipped. One plain statement, as a class passing a quiz together runs it (decision 019).
 */
export async function hasModuleNotRead(userId: string, courseId: string): Promise<boolean> {
	const rows = await db.$queryRaw<{ id: string }[]>`
		SELECT m."id" FROM "Module" m
		LEFT JOIN "ModuleProgress" p ON p."moduleId" = m."id" AND p."userId" = ${userId}
		WHERE m."courseId" = ${courseId} AND m."archivedAt" IS NULL AND m."publishedVersionId" IS NOT NULL
			AND (p."id" IS NULL OR (p."readAt" IS NULL AND p."status" <> 'completed'))
		LIMIT 1`;
	return rows.length > 0;
}

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

export async function listCoursesForParticipant(userId: string, level: LiteracyLevel) {
	const [courses, accepted] = await Promise.all([
		db.course.findMany({
			where: courseOfParticipant(userId),
			orderBy: { title: 'asc' },
			select: { ...courseShownToParticipant, modules: { ...visibleModulesInCourseOrder, select: completionSelect(userId) } }
		}),
		acceptedPracticalModuleIds(db, userId)
	]);
	return courses.map((course) => {
		const completion = courseCompletion(
			course.modules.map((module) => factsOf(module, level)),
			accepted
		);
		return {
			slug: course.slug,
			title: course.title,
			summary: course.summary,
			total: completion.total,
			done: completion.done,
			complete: completion.complete
		};
	});
}

function statusOf(state: ModuleState): ModuleStatus {
	return state === 'completed' || state === 'new' ? state : 'started';
}

export async function readCourseForParticipant(userId: string, courseSlug: string, level: LiteracyLevel = levelOf('')) {
	const course = await db.course.findFirst({
		where: { slug: courseSlug, ...courseOfParticipant(userId) },
		select: {
			id: true,
			...courseShownToParticipant,
			modules: {
				...visibleModulesInCourseOrder,
				select: {
					id: true,
					slug: true,
					publishedVersion: { select: { title: true, summary: true, minutes: true, quizLevels: true, practicalRequired: true } },
					progress: { where: { userId }, select: { status: true, bestPercent: true, readAt: true } }
				}
			}
		}
	});
	if (!course) return null;
	const completion = courseCompletion(
		course.modules.map((module) => factsOf(module, level)),
		await acceptedPracticalModuleIds(db, userId)
	);
	return {
		id: course.id,
		slug: course.slug,
		title: course.title,
		summary: course.summary,
		complete: completion.complete,
		done: completion.done,
		modules: course.modules.map((module, index) => ({
			slug: module.slug,
			title: module.publishedVersion!.title,
			summary: module.publishedVersion!.summary,
			minutes: module.publishedVersion!.minutes,
			state: completion.modules[index].state satisfies ModuleState,
			status: statusOf(completion.modules[index].state),
			bestPercent: module.progress[0]?.bestPercent ?? 0
		}))
	};
}

/**
 * The lesson. Access and the participant's progress are one statement; the lesson itself comes
 * from the published version, which is immutable, so it is read once per version and level and
 * then kept (lesson-cache). Nothing is parsed here: reading costs the same for a short and a
 * long module. The statement is plain SQL because every lesson view runs it (decision 019):
 * the module, visible, of a course taught to a cohort the participant is enrolled in, and the
 * price of data of the oldest program that teaches it to them (for the offline offer).
 */
export async function readModuleForParticipant(userId: string, level: LiteracyLevel, courseSlug: string, moduleSlug: string) {
	// One row per cohort of the participant that teaches the course (almost always one): the
	// join is the access check, and the oldest program's price of data is picked below, which
	// costs less than a sorted subquery (bench:read-path).
	const rows = await leanRows<{
		id: string;
		publishedVersionId: string;
		status: string | null;
		readAt: Date | null;
		dataPricePerGb: number | null;
		programCreatedAt: Date;
	}>(
		sql`
		SELECT m."id", m."publishedVersionId", p."status", p."readAt", pr."dataPricePerGb", pr."createdAt" AS "programCreatedAt"
		FROM "Module" m
		JOIN "Course" c ON c."id" = m."courseId"
		JOIN "CohortCourse" cc ON cc."courseId" = c."id"
		JOIN "Enrollment" e ON e."cohortId" = cc."cohortId" AND e."userId" = ${userId}
		JOIN "Cohort" co ON co."id" = cc."cohortId"
		JOIN "Program" pr ON pr."id" = co."programId"
		LEFT JOIN "ModuleProgress" p ON p."moduleId" = m."id" AND p."userId" = ${userId}
		WHERE m."slug" = ${moduleSlug} AND c."slug" = ${courseSlug}
			AND m."archivedAt" IS NULL AND m."publishedVersionId" IS NOT NULL`,
		{ dates: ['readAt', 'programCreatedAt'], numbers: ['dataPricePerGb'] }
	);
	const module = rows.reduce<(typeof rows)[number] | undefined>(
		(oldest, row) => (oldest && oldest.programCreatedAt <= row.programCreatedAt ? oldest : row),
		undefined
	);
	if (!module) return null;
	const lesson = await lessonCache.readPublishedLesson(module.publishedVersionId, level);
	const status = (module.status ?? 'new') as ModuleStatus;
	return {
		...lesson,
		versionId: module.publishedVersionId,
		moduleId: module.id,
		status,
		read: module.readAt != null || (!lesson.hasQuiz && status === 'completed'),
		quizPassed: lesson.hasQuiz && status === 'completed',
		/** The price of data the program giving this course set (offline.readDataPrice's rule), or null. */
		dataPricePerGb: module.dataPricePerGb
	};
}

/**
 * The button under a lesson: records the reading (one of the three parts of completion); a
 * module without a quiz at this level is then completed. Null when the module is not the
 * participant's. Returns what the page needs to send them on.
 */
export async function recordReadingForParticipant(userId: string, level: LiteracyLevel, courseSlug: string, moduleSlug: string) {
	const module = await db.module.findFirst({
		where: { slug: moduleSlug, ...visibleModule, course: { slug: courseSlug, ...courseOfParticipant(userId) } },
		select: { id: true, courseId: true, publishedVersion: { select: { quizLevels: true } } }
	});
	if (!module) return null;
	const hasQuiz = (module.publishedVersion?.quizLevels ?? '').split(',').includes(level);
	const status = await db.$transaction(async (tx) => {
		if (hasQuiz) return progress.markModuleReadBeforeQuiz(tx, userId, module.id);
		await progress.markModuleRead(tx, userId, module.id);
		return 'completed';
	});
	return { courseId: module.courseId, hasQuiz, quizPassed: hasQuiz && status === 'completed' };
}
