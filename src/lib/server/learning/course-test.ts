/**
 * A course's pre-test and post-test (docs/decisions/013). The pre-test (pretest.md) is offered
 * once, before the first module, and may be skipped; the post-test is the same items taken
 * again once every module is complete, so the gain compares like with like. Neither shows
 * feedback per question or the right answers: the items are asked twice, and the score, not a
 * lesson, is what they are for. Each is taken once (a unique row per participant and kind).
 */
import { isUniqueViolation } from '#lib/server/db/errors';
import { db } from '#lib/server/db/client';
import { courseOfParticipant, readCourseCompletion } from '#lib/server/learning/course';
import { publicQuestion, quizForLevel } from '#lib/content/quiz';
import { gradeAnswer, readAnswer, type QuizAnswer } from '#lib/content/grade';
import type { LiteracyLevel, Quiz } from '#lib/content/types';

export type CourseTestKind = 'pretest' | 'posttest';

/** The two scores and the gain in points (0–100 each); null where a test was not taken. */
export interface Gain {
	pre: number | null;
	post: number | null;
	gain: number | null;
}

export function gainOf(pre: number | null | undefined, post: number | null | undefined): Gain {
	const before = pre ?? null;
	const after = post ?? null;
	return { pre: before, post: after, gain: before !== null && after !== null ? after - before : null };
}

/** The scores as a participant's course page shows them. */
export async function readCourseTests(userId: string, courseId: string) {
	const [latest, attempts, started] = await Promise.all([
		db.courseTestVersion.findFirst({ where: { courseId }, orderBy: { version: 'desc' }, select: { id: true } }),
		db.courseTestAttempt.findMany({ where: { userId, courseId }, select: { kind: true, skipped: true, percent: true } }),
		db.moduleProgress.findFirst({ where: { userId, module: { courseId } }, select: { id: true } })
	]);
	const pre = attempts.find((attempt) => attempt.kind === 'pretest');
	const post = attempts.find((attempt) => attempt.kind === 'posttest');
	return {
		hasTest: latest !== null,
		/** Offered until taken or skipped, and only before the first module is started. */
		pretestOpen: latest !== null && !pre && !started,
		pretestDone: pre !== undefined,
		posttestDone: post !== undefined,
		...gainOf(pre?.percent, post?.percent)
	};
}

export type OpenTestResult =
	| { ok: true; courseId: string; courseTitle: string; versionId: string; title: string; introHtml: string; quiz: Quiz }
	| { ok: false; reason: 'not-found' | 'already-taken' | 'closed' | 'not-complete' };

/**
 * The test a participant may take now, answers included (server only). The post-test uses the
 * version their pre-test was taken on, so both scores come from the same items.
 */
async function openTest(userId: string, level: LiteracyLevel, courseSlug: string, kind: CourseTestKind): Promise<OpenTestResult> {
	const course = await db.course.findFirst({
		where: { slug: courseSlug, ...courseOfParticipant(userId) },
		select: { id: true, title: true }
	});
	if (!course) return { ok: false, reason: 'not-found' };
	const attempts = await db.courseTestAttempt.findMany({
		where: { userId, courseId: course.id },
		select: { kind: true, versionId: true }
	});
	if (attempts.some((attempt) => attempt.kind === kind)) return { ok: false, reason: 'already-taken' };
	if (kind === 'pretest') {
		const started = await db.moduleProgress.findFirst({ where: { userId, module: { courseId: course.id } }, select: { id: true } });
		if (started) return { ok: false, reason: 'closed' };
	} else {
		const completion = await readCourseCompletion(db, userId, level, course.id);
		if (!completion.complete) return { ok: false, reason: 'not-complete' };
	}
	const preVersionId = attempts.find((attempt) => attempt.kind === 'pretest')?.versionId;
	const version = await db.courseTestVersion.findFirst({
		where: kind === 'posttest' && preVersionId ? { id: preVersionId } : { courseId: course.id },
		orderBy: { version: 'desc' },
		select: { id: true, title: true, introHtml: true, quizJson: true }
	});
	if (!version) return { ok: false, reason: 'not-found' };
	return {
		ok: true,
		courseId: course.id,
		courseTitle: course.title,
		versionId: version.id,
		title: version.title,
		introHtml: version.introHtml,
		quiz: JSON.parse(version.quizJson) as Quiz
	};
}

/** The test page: questions without answers or explanations. */
export async function readCourseTestForParticipant(userId: string, level: LiteracyLevel, courseSlug: string, kind: CourseTestKind) {
	const test = await openTest(userId, level, courseSlug, kind);
	if (!test.ok) return test;
	return {
		ok: true as const,
		courseTitle: test.courseTitle,
		versionId: test.versionId,
		title: test.title,
		introHtml: test.introHtml,
		questions: quizForLevel(test.quiz, level).map(publicQuestion)
	};
}

export type SubmitCourseTestResult =
	| { ok: true; percent: number }
	| { ok: false; reason: 'not-found' | 'already-taken' | 'closed' | 'not-complete' | 'stale-version' | 'tampered' | 'no-questions' }
	| { ok: false; reason: 'unanswered' | 'not-a-number' | 'duplicate-position'; questionIds: string[] };

/** Grades and stores the test once. Nothing is written unless every answer is well formed. */
export async function submitCourseTest(input: {
	userId: string;
	level: LiteracyLevel;
	courseSlug: string;
	kind: CourseTestKind;
	versionId: string;
	fields: Map<string, string[]>;
}): Promise<SubmitCourseTestResult> {
	const test = await openTest(input.userId, input.level, input.courseSlug, input.kind);
	if (!test.ok) return test;
	if (test.versionId !== input.versionId) return { ok: false, reason: 'stale-version' };
	const questions = quizForLevel(test.quiz, input.level);
	if (questions.length === 0) return { ok: false, reason: 'no-questions' };
	const expectedFields = new Set(
		questions.flatMap((question) =>
			question.type === 'ordering' ? question.steps.map((step) => `q:${question.id}:${step.id}`) : [`q:${question.id}`]
		)
	);
	for (const name of input.fields.keys()) if (!expectedFields.has(name)) return { ok: false, reason: 'tampered' };

	const answers: Record<string, QuizAnswer> = {};
	const problems = { unanswered: [] as string[], 'not-a-number': [] as string[], 'duplicate-position': [] as string[] };
	let correctCount = 0;
	for (const question of questions) {
		const read = readAnswer(question, (name) => input.fields.get(name) ?? []);
		if (!read.ok) {
			if (read.reason === 'tampered') return { ok: false, reason: 'tampered' };
			problems[read.reason].push(question.id);
			continue;
		}
		answers[question.id] = read.answer;
		if (gradeAnswer(question, read.answer)) correctCount++;
	}
	for (const reason of ['not-a-number', 'duplicate-position', 'unanswered'] as const) {
		if (problems[reason].length) return { ok: false, reason, questionIds: problems[reason] };
	}
	const percent = Math.round((correctCount / questions.length) * 100);
	try {
		await db.courseTestAttempt.create({
			data: {
				userId: input.userId,
				courseId: test.courseId,
				versionId: test.versionId,
				kind: input.kind,
				correctCount,
				questionCount: questions.length,
				percent,
				answersJson: JSON.stringify(answers)
			}
		});
	} catch (error) {
		// Two submissions at the same moment: the unique row lets exactly one in.
		if (isUniqueViolation(error)) return { ok: false, reason: 'already-taken' };
		throw error;
	}
	return { ok: true, percent };
}

/** Skipping the pre-test is final: it is not offered again, and there is no starting score. */
export async function skipPretest(userId: string, courseSlug: string): Promise<{ ok: true } | { ok: false; reason: OpenTestFailure }> {
	const test = await openTest(userId, 'dasar', courseSlug, 'pretest');
	if (!test.ok) return test;
	try {
		await db.courseTestAttempt.create({
			data: { userId, courseId: test.courseId, versionId: test.versionId, kind: 'pretest', skipped: true }
		});
	} catch (error) {
		if (isUniqueViolation(error)) return { ok: false, reason: 'already-taken' };
		throw error;
	}
	return { ok: true };
}

type OpenTestFailure = Extract<OpenTestResult, { ok: false }>['reason'];

/** Each participant's scores in one of the trainer's cohorts; null when the cohort is not theirs. */
export async function readCohortGainsForTrainer(trainer: { id: string; role: string }, cohortId: string) {
	const cohort = await db.cohort.findFirst({
		where: { id: cohortId, ...(trainer.role === 'admin' ? {} : { trainers: { some: { userId: trainer.id } } }) },
		select: {
			name: true,
			courses: {
				where: { course: { testVersions: { some: {} } } },
				orderBy: { course: { title: 'asc' } },
				select: { course: { select: { id: true, title: true } } }
			},
			enrollments: { orderBy: { user: { name: 'asc' } }, select: { user: { select: { id: true, name: true } } } }
		}
	});
	if (!cohort) return null;
	const courses = cohort.courses.map(({ course }) => course);
	const attempts = await db.courseTestAttempt.findMany({
		where: {
			userId: { in: cohort.enrollments.map(({ user }) => user.id) },
			courseId: { in: courses.map((course) => course.id) }
		},
		select: { userId: true, courseId: true, kind: true, skipped: true, percent: true }
	});
	const find = (userId: string, courseId: string, kind: CourseTestKind) =>
		attempts.find((attempt) => attempt.userId === userId && attempt.courseId === courseId && attempt.kind === kind);
	return {
		name: cohort.name,
		participants: cohort.enrollments.map(({ user }) => ({
			id: user.id,
			name: user.name,
			courses: courses.map((course) => {
				const pre = find(user.id, course.id, 'pretest');
				return {
					id: course.id,
					title: course.title,
					preSkipped: pre?.skipped ?? false,
					...gainOf(pre?.percent, find(user.id, course.id, 'posttest')?.percent)
				};
			})
		}))
	};
}
