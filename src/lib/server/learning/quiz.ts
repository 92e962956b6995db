/**
 * Quizzes run on the server so that answers can't be read from the page: the participant's
 * page gets questions without answers or explanations; grading reads the stored quiz.
 */
import { db } from '#lib/server/db/client';
import { leanRows } from '#lib/server/db/lean-read';
import { leanTransaction } from '#lib/server/db/lean-write';
import { newRowId, sql } from '#lib/server/db/raw-sql';
import * as progress from '#lib/server/learning/progress';
import { publicQuestion, quizForLevel } from '#lib/content/quiz';
import { shuffleOptionsForAttempt } from '#lib/content/shuffle';
import { allowedValuesPerField } from '#lib/server/learning/quiz-form';
import { gradeAnswer, readAnswer, type QuizAnswer } from '#lib/content/grade';
import type { LiteracyLevel, Quiz, QuizQuestion } from '#lib/content/types';
import { isUniqueViolation, readWinner } from '#lib/server/db/errors';
import { readPublishedQuiz } from '#lib/server/learning/lesson-cache';

function questionsFor(quizJson: string, level: LiteracyLevel): QuizQuestion[] {
	return quizForLevel(JSON.parse(quizJson) as Quiz, level);
}

/** The seed of an attempt's option order: the same on every reload until the attempt is sent. */
export function attemptSeed(userId: string, moduleId: string, attemptNumber: number): string {
	return `${userId}:${moduleId}:${attemptNumber}`;
}

/**
 * The quiz page: the module's live version (with the access check) and the number of this
 * participant's attempts in one plain statement, the parsed quiz from memory (lesson-cache). A
 * class opens it together (decision 025).
 */
export async function readQuizForParticipant(userId: string, level: LiteracyLevel, courseSlug: string, moduleSlug: string) {
	const [module] = await leanRows<{ id: string; versionId: string; title: string; masteryPercent: number; attempts: number }>(
		sql`
		SELECT m."id", v."id" AS "versionId", v."title", v."masteryPercent",
			(SELECT COUNT(*) FROM "QuizAttempt" a WHERE a."userId" = ${userId} AND a."moduleId" = m."id") AS "attempts"
		FROM "Module" m
		JOIN "Course" c ON c."id" = m."courseId"
		JOIN "ModuleVersion" v ON v."id" = m."publishedVersionId"
		WHERE m."slug" = ${moduleSlug} AND c."slug" = ${courseSlug} AND m."archivedAt" IS NULL
			AND EXISTS (
				SELECT 1 FROM "CohortCourse" cc JOIN "Enrollment" e ON e."cohortId" = cc."cohortId"
				WHERE cc."courseId" = c."id" AND e."userId" = ${userId}
			)`,
		{ numbers: ['masteryPercent', 'attempts'] }
	);
	if (!module) return null;
	const questions = quizForLevel(await readPublishedQuiz(module.versionId), level).map(publicQuestion);
	return {
		versionId: module.versionId,
		title: module.title,
		mastery: module.masteryPercent,
		questions: shuffleOptionsForAttempt(attemptSeed(userId, module.id, module.attempts + 1), questions)
	};
}

export type SubmitQuizResult =
	| {
			ok: true;
			attemptId: string;
			passed: boolean;
			replayed: boolean;
			/** The course of the module; set when this attempt may have completed it (check for a certificate). */
			courseToCheck: string | null;
			/** The module was republished after the version this attempt answered. */
			newerVersion: boolean;
	  }
	| { ok: false; reason: 'not-found' | 'stale-version' | 'tampered' | 'no-questions' }
	| { ok: false; reason: 'unanswered'; questionIds: string[] }
	| { ok: false; reason: 'not-a-number' | 'duplicate-position'; questionIds: string[] };

/**
 * Grades and stores one attempt. Nothing is written unless every question has a well-formed
 * answer that names only its own options: a tampered form changes nothing.
 */
export async function submitQuizAttempt(input: {
	userId: string;
	level: LiteracyLevel;
	courseSlug: string;
	moduleSlug: string;
	versionId: string;
	/** One submitted form (quiz-form.ts SUBMISSION_ID); a second post of it stores nothing. */
	/** The form's id (or the phone's, offline): a replay of one id stores no second attempt. */
	submissionId?: string | null;
	fields: Map<string, string[]>;
	/**
	 * Answers made offline on a saved page: graded against the version they answered (versions
	 * never change) when the module was republished since, instead of refused as stale.
	 */
	gradeAnsweredVersion?: boolean;
}): Promise<SubmitQuizResult> {
	// A replay (a double tap, a resent form, offline sync sending again) gets the first result,
	// even when the module has been republished since.
	const stored = await findSubmittedAttempt(input.userId, input.submissionId ?? null);
	if (stored) return stored;
	// A class submits together: one plain statement finds the module (with the access check)
	// and its live version, and the parsed quiz comes from memory (decision 019).
	const [module] = await leanRows<{ id: string; courseId: string; versionId: string; masteryPercent: number }>(
		sql`
		SELECT m."id", m."courseId", v."id" AS "versionId", v."masteryPercent"
		FROM "Module" m
		JOIN "Course" c ON c."id" = m."courseId"
		JOIN "ModuleVersion" v ON v."id" = m."publishedVersionId"
		WHERE m."slug" = ${input.moduleSlug} AND c."slug" = ${input.courseSlug} AND m."archivedAt" IS NULL
			AND EXISTS (
				SELECT 1 FROM "CohortCourse" cc JOIN "Enrollment" e ON e."cohortId" = cc."cohortId"
				WHERE cc."courseId" = c."id" AND e."userId" = ${input.userId}
			)`,
		{ numbers: ['masteryPercent'] }
	);
	if (!module) return { ok: false, reason: 'not-found' };
	let version = { id: module.versionId, masteryPercent: module.masteryPercent };
	if (version.id !== input.versionId) {
		// Offline answers are graded against the version they answered, if it is this module's.
		const answered = input.gradeAnsweredVersion
			? await db.moduleVersion.findFirst({
					where: { id: input.versionId, moduleId: module.id },
					select: { id: true, masteryPercent: true }
				})
			: null;
		if (!answered) return { ok: false, reason: 'stale-version' };
		version = answered;
	}

	const questions = quizForLevel(await readPublishedQuiz(version.id), input.level);
	if (questions.length === 0) return { ok: false, reason: 'no-questions' };
	// Every field must be one the page could have sent: `q:<question>` for choice and numeric
	// questions, `q:<question>:<step>` for each step of an ordering question.
	// and never more values for one than the question can send.
	const allowedValues = allowedValuesPerField(questions);
	for (const [name, values] of input.fields) {
		if (values.length > (allowedValues.get(name) ?? 0)) return { ok: false, reason: 'tampered' };
	}

	const answers: Record<string, QuizAnswer> = {};
	const unanswered: string[] = [];
	const notANumber: string[] = [];
	const duplicatePositions: string[] = [];
	let correctCount = 0;
	for (const question of questions) {
		const read = readAnswer(question, (name) => input.fields.get(name) ?? []);
		if (!read.ok) {
			if (read.reason === 'tampered') return { ok: false, reason: 'tampered' };
			({ unanswered, 'not-a-number': notANumber, 'duplicate-position': duplicatePositions })[read.reason].push(question.id);
			continue;
		}
		answers[question.id] = read.answer;
		if (gradeAnswer(question, read.answer)) correctCount++;
	}
	if (notANumber.length) return { ok: false, reason: 'not-a-number', questionIds: notANumber };
	if (duplicatePositions.length) return { ok: false, reason: 'duplicate-position', questionIds: duplicatePositions };
	if (unanswered.length) return { ok: false, reason: 'unanswered', questionIds: unanswered };

	const percent = Math.round((correctCount / questions.length) * 100);
	const passed = percent >= version.masteryPercent;
	// Graded above: the transaction only writes (the attempt, then progress), so the write turn
	// it holds is short (decision 019).
	let attempt: { id: string; completedModule: boolean };
	try {
		attempt = await leanTransaction(async (tx) => {
			// Plain SQL in a lean transaction rather than the ORM: this is the one write of a class
			// submitting together (decisions 025, 027); the unique (userId, submissionId) index still
			// decides a race.
			const id = newRowId();
			await tx.run(sql`
				INSERT INTO "QuizAttempt" ("id", "userId", "moduleId", "moduleVersionId", "level", "correctCount",
					"questionCount", "percent", "passed", "answersJson", "submissionId", "createdAt")
				VALUES (${id}, ${input.userId}, ${module.id}, ${version.id}, ${input.level}, ${correctCount},
					${questions.length}, ${percent}, ${passed}, ${JSON.stringify(answers)}, ${input.submissionId ?? null}, ${new Date()})`);
			const completedModule = await progress.recordQuizOutcome(tx, { userId: input.userId, moduleId: module.id, percent, passed });
			return { id, completedModule };
		});
	} catch (error) {
		// The same form posted twice at once: the other request stored it first (the unique
		// index on userId + submissionId decides, on SQLite and PostgreSQL alike).
		const winner = isUniqueViolation(error) ? await readWinner(() => findSubmittedAttempt(input.userId, input.submissionId ?? null)) : null;
		if (winner) return winner;
		throw error;
	}
	return {
		ok: true,
		attemptId: attempt.id,
		passed,
		replayed: false,
		courseToCheck: attempt.completedModule ? module.courseId : null,
		newerVersion: version.id !== module.versionId
	};
}

async function findSubmittedAttempt(userId: string, submissionId: string | null): Promise<SubmitQuizResult | null> {
	if (!submissionId) return null;
	const [attempt] = await leanRows<{
		id: string;
		passed: boolean;
		courseId: string;
		moduleVersionId: string;
		publishedVersionId: string | null;
	}>(
		sql`
		SELECT a."id", a."passed", m."courseId", a."moduleVersionId", m."publishedVersionId"
		FROM "QuizAttempt" a JOIN "Module" m ON m."id" = a."moduleId"
		WHERE a."userId" = ${userId} AND a."submissionId" = ${submissionId}`,
		{ booleans: ['passed'] }
	);
	if (!attempt) return null;
	// A replay of a pass checks the certificate again: the first request may have stopped before it did.
	const passed = attempt.passed;
	const newerVersion = attempt.publishedVersionId !== null && attempt.publishedVersionId !== attempt.moduleVersionId;
	return { ok: true, attemptId: attempt.id, passed, replayed: true, courseToCheck: passed ? attempt.courseId : null, newerVersion };
}

/**
 * One question of a graded attempt, in a shape the result page can show for every type.
 * `correct` is null while the right answers are hidden (see readAttemptResult).
 */
export type ReviewedQuestion = {
	id: string;
	promptHtml: string;
	bodyHtml: string;
	isCorrect: boolean;
	explanationHtml: string;
} & (
	| { kind: 'choice'; chosen: { html: string; explanationHtml: string }[]; correct: string[] | null }
	| { kind: 'ordering'; chosen: string[]; correct: string[] | null }
	| { kind: 'numeric'; chosen: string; unit: string; correct: { value: number; tolerance: number; unit: string } | null }
);

function reviewQuestion(question: QuizQuestion, answer: QuizAnswer | undefined, revealAnswers: boolean): ReviewedQuestion {
	const base = {
		id: question.id,
		promptHtml: question.promptHtml,
		bodyHtml: question.bodyHtml,
		isCorrect: answer ? gradeAnswer(question, answer) : false,
		explanationHtml: question.explanationHtml
	};
	if (question.type === 'ordering') {
		const byId = new Map(question.steps.map((step) => [step.id, step.html]));
		const order = answer?.kind === 'ordering' ? answer.order : [];
		const correct = revealAnswers ? question.steps.map((step) => step.html) : null;
		return { ...base, kind: 'ordering', chosen: order.map((id) => byId.get(id) ?? ''), correct };
	}
	if (question.type === 'numeric') {
		const chosen = answer?.kind === 'numeric' ? answer.raw : '';
		return { ...base, kind: 'numeric', chosen, unit: question.answer.unit, correct: revealAnswers ? question.answer : null };
	}
	const chosenIds = answer?.kind === 'choice' ? answer.optionIds : [];
	return {
		...base,
		kind: 'choice',
		chosen: question.options
			.filter((option) => chosenIds.includes(option.id))
			.map((option) => ({ html: option.html, explanationHtml: option.explanationHtml ?? '' })),
		correct: revealAnswers ? question.options.filter((option) => option.correct).map((option) => option.html) : null
	};
}

/** The attempt with what was chosen, what was right, and why; only its owner may read it. */
export async function readAttemptResult(userId: string, attemptId: string) {
	const attempt = await db.quizAttempt.findFirst({
		where: { id: attemptId, userId },
		select: {
			moduleId: true,
			level: true,
			correctCount: true,
			questionCount: true,
			percent: true,
			passed: true,
			answersJson: true,
			createdAt: true,
			moduleVersionId: true,
			module: { select: { slug: true, publishedVersionId: true, course: { select: { slug: true } } } },
			moduleVersion: { select: { title: true, masteryPercent: true, revealAnswersAfter: true, quizJson: true } }
		}
	});
	if (!attempt) return null;
	const answers = JSON.parse(attempt.answersJson) as Record<string, QuizAnswer>;
	const [attemptNumber, passedBefore] = await Promise.all([
		db.quizAttempt.count({ where: { userId, moduleId: attempt.moduleId, createdAt: { lte: attempt.createdAt } } }),
		db.quizAttempt.count({ where: { userId, moduleId: attempt.moduleId, createdAt: { lte: attempt.createdAt }, passed: true } })
	]);
	// After a failed attempt: which answers were wrong and why, but not the right options, so
	// they cannot be copied into the next attempt, until a pass or the module's reveal attempt.
	const revealAnswers = attempt.passed || passedBefore > 0 || attemptNumber >= attempt.moduleVersion.revealAnswersAfter;
	return {
		courseSlug: attempt.module.course.slug,
		moduleSlug: attempt.module.slug,
		title: attempt.moduleVersion.title,
		/** The module was republished after the version this attempt answered (offline, say). */
		newerVersion: attempt.module.publishedVersionId !== null && attempt.module.publishedVersionId !== attempt.moduleVersionId,
		mastery: attempt.moduleVersion.masteryPercent,
		correctCount: attempt.correctCount,
		questionCount: attempt.questionCount,
		percent: attempt.percent,
		passed: attempt.passed,
		attemptNumber,
		revealAnswers,
		revealAnswersAfter: attempt.moduleVersion.revealAnswersAfter,
		questions: questionsFor(attempt.moduleVersion.quizJson, attempt.level as LiteracyLevel).map((question) =>
			reviewQuestion(question, answers[question.id], revealAnswers)
		)
	};
}
