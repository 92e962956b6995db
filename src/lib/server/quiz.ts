/**
 * Quizzes run on the server so that answers can't be read from the page: the participant's
 * page gets questions without `correct` or explanations; grading reads the stored quiz.
 */
import { db } from './db';
import * as progress from './progress';
import { courseOfParticipant } from './course';
import { publicQuestion, quizForLevel } from '#lib/content/quiz';
import type { LiteracyLevel, Quiz } from '#lib/content/types';

function moduleWhere(userId: string, courseSlug: string, moduleSlug: string) {
	return { slug: moduleSlug, archivedAt: null, course: { slug: courseSlug, ...courseOfParticipant(userId) } };
}

export async function readQuizForParticipant(userId: string, level: LiteracyLevel, courseSlug: string, moduleSlug: string) {
	const module = await db.module.findFirst({
		where: moduleWhere(userId, courseSlug, moduleSlug),
		select: { publishedVersion: { select: { id: true, title: true, masteryPercent: true, quizJson: true } } }
	});
	const version = module?.publishedVersion;
	if (!version) return null;
	const questions = quizForLevel(JSON.parse(version.quizJson) as Quiz, level);
	return {
		versionId: version.id,
		title: version.title,
		mastery: version.masteryPercent,
		questions: questions.map(publicQuestion)
	};
}

export type SubmitQuizResult =
	| { ok: true; attemptId: string; passed: boolean }
	| { ok: false; reason: 'not-found' | 'stale-version' | 'tampered' | 'no-questions' }
	| { ok: false; reason: 'unanswered'; unanswered: string[] };

/**
 * Grades and stores one attempt. Nothing is written unless every answer names an option of
 * its question: a tampered form changes nothing.
 */
export async function submitQuizAttempt(input: {
	userId: string;
	level: LiteracyLevel;
	courseSlug: string;
	moduleSlug: string;
	versionId: string;
	answers: Record<string, string>;
}): Promise<SubmitQuizResult> {
	const module = await db.module.findFirst({
		where: moduleWhere(input.userId, input.courseSlug, input.moduleSlug),
		select: { id: true, publishedVersion: { select: { id: true, masteryPercent: true, quizJson: true } } }
	});
	const version = module?.publishedVersion;
	if (!module || !version) return { ok: false, reason: 'not-found' };
	if (version.id !== input.versionId) return { ok: false, reason: 'stale-version' };

	const questions = quizForLevel(JSON.parse(version.quizJson) as Quiz, input.level);
	if (questions.length === 0) return { ok: false, reason: 'no-questions' };
	const known = new Set(questions.map((question) => question.id));
	if (Object.keys(input.answers).some((questionId) => !known.has(questionId))) return { ok: false, reason: 'tampered' };

	const unanswered: string[] = [];
	let correctCount = 0;
	for (const question of questions) {
		const chosen = input.answers[question.id];
		if (!chosen) {
			unanswered.push(question.id);
			continue;
		}
		const option = question.options.find((candidate) => candidate.id === chosen);
		if (!option) return { ok: false, reason: 'tampered' };
		if (option.correct) correctCount++;
	}
	if (unanswered.length) return { ok: false, reason: 'unanswered', unanswered };

	const percent = Math.round((correctCount / questions.length) * 100);
	const passed = percent >= version.masteryPercent;
	const attempt = await db.$transaction(async (tx) => {
		const created = await tx.quizAttempt.create({
			data: {
				userId: input.userId,
				moduleId: module.id,
				moduleVersionId: version.id,
				level: input.level,
				correctCount,
				questionCount: questions.length,
				percent,
				passed,
				answersJson: JSON.stringify(input.answers)
			},
			select: { id: true }
		});
		await progress.recordQuizOutcome(tx, { userId: input.userId, moduleId: module.id, percent, passed });
		return created;
	});
	return { ok: true, attemptId: attempt.id, passed };
}

/** The attempt with what was chosen, what was right, and why; only its owner may read it. */
export async function readAttemptResult(userId: string, attemptId: string) {
	const attempt = await db.quizAttempt.findFirst({
		where: { id: attemptId, userId },
		select: {
			level: true,
			correctCount: true,
			questionCount: true,
			percent: true,
			passed: true,
			answersJson: true,
			createdAt: true,
			module: { select: { id: true, slug: true, course: { select: { slug: true } } } },
			moduleVersion: { select: { title: true, masteryPercent: true, quizJson: true } }
		}
	});
	if (!attempt) return null;
	const answers = JSON.parse(attempt.answersJson) as Record<string, string>;
	const questions = quizForLevel(JSON.parse(attempt.moduleVersion.quizJson) as Quiz, attempt.level as LiteracyLevel);
	const attemptNumber = await db.quizAttempt.count({
		where: { userId, moduleId: attempt.module.id, createdAt: { lte: attempt.createdAt } }
	});
	return {
		courseSlug: attempt.module.course.slug,
		moduleSlug: attempt.module.slug,
		title: attempt.moduleVersion.title,
		mastery: attempt.moduleVersion.masteryPercent,
		correctCount: attempt.correctCount,
		questionCount: attempt.questionCount,
		percent: attempt.percent,
		passed: attempt.passed,
		attemptNumber,
		questions: questions.map((question) => {
			const chosen = question.options.find((option) => option.id === answers[question.id]);
			const correct = question.options.find((option) => option.correct)!;
			return {
				id: question.id,
				promptHtml: question.promptHtml,
				bodyHtml: question.bodyHtml,
				chosenHtml: chosen?.html ?? '',
				correctHtml: correct.html,
				isCorrect: chosen?.correct === true,
				explanationHtml: question.explanationHtml
			};
		})
	};
}
