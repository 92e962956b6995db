/**
 * Questions to the trainer ("Tanya pelatih"): a participant asks about a module or a course, in
 * plain text with at most one photo; the trainers of their cohort answer. Questions stay open
 * after the course ends. A trainer may share a question and its answer with the whole cohort;
 * shared questions are shown under the module without the asker's name (or photo).
 *
 * "Unread" for a trainer means not yet answered: reading a page changes nothing.
 */
import { db } from '#lib/server/db/client';
import { leanRows } from '#lib/server/db/lean-read';
import { sql } from '#lib/server/db/raw-sql';
import * as images from '#lib/server/images/media';
import { fileStore, newKey } from '#lib/server/files/storage';
import { cohortOfTrainer } from '#lib/server/cohorts/cohort';
import { cohortOfParticipantCourse } from '#lib/server/cohorts/practical';

export const MAX_QUESTION_LENGTH = 1000;
export const MAX_ANSWER_LENGTH = 2000;
export const QUESTION_PHOTO_LIMITS = { maxEdge: 1280, maxBytes: 150 * 1024 };

export type AskResult =
	| { ok: true; questionId: string }
	| { ok: false; reason: 'not-found' | 'empty' | 'too-long' }
	| { ok: false; reason: 'photo-refused'; refusal: images.UploadRefusal };

const visibleModule = { archivedAt: null, publishedVersionId: { not: null } } as const;

/** Ask about a course (moduleSlug null) or one of its modules. */
export async function askQuestion(input: {
	userId: string;
	courseSlug: string;
	moduleSlug: string | null;
	body: string;
	photo: Buffer | null;
}): Promise<AskResult> {
	const body = input.body.trim();
	if (!body) return { ok: false, reason: 'empty' };
	if (body.length > MAX_QUESTION_LENGTH) return { ok: false, reason: 'too-long' };
	const cohort = await db.cohort.findFirst({
		where: cohortOfParticipantCourse(input.userId, input.courseSlug),
		orderBy: { createdAt: 'desc' },
		select: { id: true, courses: { where: { course: { slug: input.courseSlug } }, select: { courseId: true } } }
	});
	if (!cohort) return { ok: false, reason: 'not-found' };
	const courseId = cohort.courses[0].courseId;
	let moduleId: string | null = null;
	if (input.moduleSlug !== null) {
		const module = await db.module.findFirst({ where: { courseId, slug: input.moduleSlug, ...visibleModule }, select: { id: true } });
		if (!module) return { ok: false, reason: 'not-found' };
		moduleId = module.id;
	}
	let photo: { key: string; width: number; height: number } | null = null;
	if (input.photo) {
		const prepared = await images.prepareImageVariants(input.photo, [QUESTION_PHOTO_LIMITS]);
		if (!prepared.ok) return { ok: false, reason: 'photo-refused', refusal: prepared.reason };
		const [variant] = prepared.variants;
		photo = { key: newKey(`tanya/${input.userId.toLowerCase()}`, 'webp'), width: variant.width, height: variant.height };
		await fileStore().put(photo.key, variant.webp);
	}
	try {
		const question = await db.trainerQuestion.create({
			data: {
				userId: input.userId,
				cohortId: cohort.id,
				courseId,
				moduleId,
				body,
				photoKey: photo?.key ?? null,
				photoWidth: photo?.width ?? null,
				photoHeight: photo?.height ?? null
			},
			select: { id: true }
		});
		return { ok: true, questionId: question.id };
	} catch (error) {
		if (photo) await fileStore().delete(photo.key);
		throw error;
	}
}

const questionShown = {
	id: true,
	body: true,
	answer: true,
	answeredAt: true,
	createdAt: true,
	photoKey: true,
	photoWidth: true,
	photoHeight: true,
	answeredBy: { select: { name: true } },
	module: { select: { slug: true, publishedVersion: { select: { title: true } } } },
	course: { select: { slug: true, title: true } }
} as const;

type QuestionRow = {
	id: string;
	body: string;
	answer: string | null;
	answeredAt: Date | null;
	createdAt: Date;
	photoKey: string | null;
	photoWidth: number | null;
	photoHeight: number | null;
	answeredBy: { name: string } | null;
	module: { slug: string; publishedVersion: { title: string } | null } | null;
	course: { slug: string; title: string };
};

function shown(question: QuestionRow) {
	return {
		id: question.id,
		body: question.body,
		answer: question.answer,
		answeredAt: question.answeredAt,
		createdAt: question.createdAt,
		answeredByName: question.answeredBy?.name ?? null,
		photo: question.photoKey ? { width: question.photoWidth, height: question.photoHeight } : null,
		courseSlug: question.course.slug,
		courseTitle: question.course.title,
		moduleSlug: question.module?.slug ?? null,
		moduleTitle: question.module?.publishedVersion?.title ?? null
	};
}

/** The participant's own questions about one module, or about the course itself (moduleSlug null). */
export async function listOwnQuestions(userId: string, courseSlug: string, moduleSlug: string | null) {
	const questions = await db.trainerQuestion.findMany({
		where: { userId, course: { slug: courseSlug }, module: moduleSlug === null ? null : { slug: moduleSlug } },
		orderBy: { createdAt: 'desc' },
		take: 20,
		select: questionShown
	});
	return questions.map(shown);
}

/** For the home page: the participant's latest questions, answered ones first. */
export async function listRecentOwnQuestions(userId: string) {
	const questions = await db.trainerQuestion.findMany({
		where: { userId },
		orderBy: [{ answeredAt: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }],
		take: 5,
		select: questionShown
	});
	return questions.map(shown);
}

/** Shared questions under a module, in the participant's cohorts; no name, no photo. */
export async function listSharedQuestions(userId: string, courseSlug: string, moduleSlug: string) {
	return db.trainerQuestion.findMany({
		where: {
			sharedAt: { not: null },
			answer: { not: null },
			module: { slug: moduleSlug, course: { slug: courseSlug } },
			cohort: { enrollments: { some: { userId } } }
		},
		orderBy: { sharedAt: 'desc' },
		take: 20,
		select: { id: true, body: true, answer: true }
	});
}

type LessonQuestionRow = {
	id: string;
	body: string;
	answer: string | null;
	createdAt: Date;
	photoKey: string | null;
	photoWidth: number | null;
	photoHeight: number | null;
	answeredByName: string | null;
	list: string;
};

/**
 * Both lists under a lesson in one statement, for a module the caller has already found to be
 * the participant's (course.readModuleForParticipant): their own questions about it (as
 * listOwnQuestions) and the shared, answered ones of their cohorts (as listSharedQuestions).
 * Plain SQL because every lesson view runs it (decision 019).
 */
export async function listQuestionsOnLesson(userId: string, moduleId: string) {
	const rows = await leanRows<LessonQuestionRow>(
		sql`
		SELECT * FROM (
			SELECT q."id", q."body", q."answer", q."createdAt", q."photoKey", q."photoWidth", q."photoHeight",
				a."name" AS "answeredByName", 'own' AS "list"
			FROM "TrainerQuestion" q LEFT JOIN "User" a ON a."id" = q."answeredById"
			WHERE q."moduleId" = ${moduleId} AND q."userId" = ${userId}
			ORDER BY q."createdAt" DESC LIMIT 20
		) AS own
		UNION ALL
		SELECT * FROM (
			SELECT q."id", q."body", q."answer", q."sharedAt", CAST(NULL AS TEXT), CAST(NULL AS INTEGER), CAST(NULL AS INTEGER),
				CAST(NULL AS TEXT), 'shared'
			FROM "TrainerQuestion" q
			WHERE q."moduleId" = ${moduleId} AND q."sharedAt" IS NOT NULL AND q."answer" IS NOT NULL
				AND EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."cohortId" = q."cohortId" AND e."userId" = ${userId})
			ORDER BY q."sharedAt" DESC LIMIT 20
		) AS shared`,
		{ dates: ['createdAt'], numbers: ['photoWidth', 'photoHeight'] }
	);
	return {
		own: rows
			.filter((row) => row.list === 'own')
			.map((row) => ({
				id: row.id,
				body: row.body,
				answer: row.answer,
				answeredByName: row.answeredByName,
				createdAt: row.createdAt,
				photo: row.photoKey ? { width: row.photoWidth, height: row.photoHeight } : null
			})),
		shared: rows.filter((row) => row.list === 'shared').map((row) => ({ id: row.id, body: row.body, answer: row.answer }))
	};
}

/** The inbox of one of the trainer's cohorts: unanswered oldest first (first come, first served), then the last answered. */
export async function listInbox(trainerId: string, cohortId: string) {
	const cohort = await db.cohort.findFirst({ where: { id: cohortId, ...cohortOfTrainer(trainerId) }, select: { id: true, name: true } });
	if (!cohort) return null;
	const select = { ...questionShown, sharedAt: true, user: { select: { name: true } } } as const;
	const [unanswered, answered] = await Promise.all([
		db.trainerQuestion.findMany({ where: { cohortId: cohort.id, answeredAt: null }, orderBy: { createdAt: 'asc' }, select }),
		db.trainerQuestion.findMany({
			where: { cohortId: cohort.id, answeredAt: { not: null } },
			orderBy: { answeredAt: 'desc' },
			take: 30,
			select
		})
	]);
	const row = (question: (typeof unanswered)[number]) => ({
		...shown(question),
		askerName: question.user.name,
		shared: question.sharedAt !== null
	});
	return { cohort, unanswered: unanswered.map(row), answered: answered.map(row) };
}

/** One question of the trainer's cohort, with the asker's name; null if not theirs. */
export async function readQuestionForTrainer(trainerId: string, cohortId: string, questionId: string) {
	const question = await db.trainerQuestion.findFirst({
		where: { id: questionId, cohortId, cohort: cohortOfTrainer(trainerId) },
		select: { ...questionShown, sharedAt: true, user: { select: { id: true, name: true } } }
	});
	if (!question) return null;
	return { ...shown(question), asker: question.user, shared: question.sharedAt !== null };
}

export type AnswerResult = { ok: true } | { ok: false; reason: 'not-found' | 'empty' | 'too-long' };

/** Answer (or correct an answer); `share` shows it to the whole cohort under the module. */
export async function answerQuestion(input: {
	trainerId: string;
	cohortId: string;
	questionId: string;
	answer: string;
	share: boolean;
}): Promise<AnswerResult> {
	const answer = input.answer.trim();
	if (!answer) return { ok: false, reason: 'empty' };
	if (answer.length > MAX_ANSWER_LENGTH) return { ok: false, reason: 'too-long' };
	const updated = await db.trainerQuestion.updateMany({
		where: { id: input.questionId, cohortId: input.cohortId, cohort: cohortOfTrainer(input.trainerId) },
		data: { answer, answeredById: input.trainerId, answeredAt: new Date(), sharedAt: input.share ? new Date() : null }
	});
	return updated.count === 1 ? { ok: true } : { ok: false, reason: 'not-found' };
}

/** Unanswered questions per participant of a cohort, for the trainer's list. */
export async function unansweredCounts(cohortId: string): Promise<Map<string, number>> {
	const groups = await db.trainerQuestion.groupBy({ by: ['userId'], where: { cohortId, answeredAt: null }, _count: { _all: true } });
	return new Map(groups.map((group) => [group.userId, group._count._all]));
}

/** A question's photo for the asker, a trainer of the cohort or an organizer of its program. */
export async function readQuestionPhoto(viewerId: string, questionId: string) {
	const question = await db.trainerQuestion.findFirst({
		where: {
			id: questionId,
			photoKey: { not: null },
			OR: [
				{ userId: viewerId },
				{ cohort: cohortOfTrainer(viewerId) },
				{ cohort: { program: { organizers: { some: { userId: viewerId } } } } }
			]
		},
		select: { photoKey: true }
	});
	if (!question?.photoKey) return null;
	return fileStore().get(question.photoKey);
}

/** What a question would be about, for the ask page; null when the course or module is not the participant's. */
export async function readAskTopic(userId: string, courseSlug: string, moduleSlug: string | null) {
	const course = await db.course.findFirst({
		where: { slug: courseSlug, cohorts: { some: { cohort: { enrollments: { some: { userId } } } } } },
		select: { id: true, title: true }
	});
	if (!course) return null;
	if (moduleSlug === null) return { courseTitle: course.title, moduleTitle: null };
	const module = await db.module.findFirst({
		where: { courseId: course.id, slug: moduleSlug, ...visibleModule },
		select: { publishedVersion: { select: { title: true } } }
	});
	return module?.publishedVersion ? { courseTitle: course.title, moduleTitle: module.publishedVersion.title } : null;
}
