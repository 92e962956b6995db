import { describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import * as modules from '#lib/server/authoring/module-editing';
import * as publishing from '#lib/server/authoring/module-publishing';
import * as quiz from '#lib/server/learning/quiz';
import * as quizHistory from '#lib/server/learning/quiz-history';
import { MAX_QUIZ_FIELDS, newSubmissionId, readQuizForm, SUBMISSION_ID } from '#lib/server/learning/quiz-form';
import { createCourseWithCohort, createPerson } from '#lib/server/authoring/authoring-fixtures';

const MODULE = `---
title: Memasang Kancing
summary: Cara memasang kancing baju dengan rapi.
minutes: 10
---
Teks untuk semua.

::::quiz
### Apa yang disiapkan dulu? {#siap}
- [x] Jarum dan benang
- [ ] Setrika

Penjelasan: Jarum dan benang dipakai untuk menjahit kancing.

### Mana yang dipakai? {#pakai type=multiple}
- [x] Benang
- [x] Kancing
- [ ] Lem

Penjelasan: Benang dan kancing.
::::
`;

async function publishedQuiz(text = MODULE) {
	const owner = await createPerson('trainer');
	const participant = await createPerson('participant');
	const course = await createCourseWithCohort(owner, { participants: [participant] });
	await modules.createModule(owner, course.slug, { title: 'Kancing', slug: '' });
	const published = await publishing.publishDraft(owner, course.slug, 'kancing', text);
	if (!published.ok) throw new Error(`publish failed: ${JSON.stringify(published)}`);
	const read = await quiz.readQuizForParticipant(participant.id, 'menengah', course.slug, 'kancing');
	if (!read) throw new Error('quiz not readable');
	// Options as written in the module (right ones first): the page shows them shuffled per
	// participant and attempt, which grading never depends on.
	const written: Record<string, string[]> = { siap: ['Jarum dan benang', 'Setrika'], pakai: ['Benang', 'Kancing', 'Lem'] };
	const optionsOf = (id: string) => {
		const question = read.questions.find((q) => q.id === id);
		if (!question || !('options' in question)) throw new Error(id);
		return [...question.options].sort((a, b) => written[id].indexOf(a.text) - written[id].indexOf(b.text)).map((option) => option.id);
	};
	const submit = (fields: Record<string, string[]>, submissionId: string | null = newSubmissionId()) =>
		quiz.submitQuizAttempt({
			userId: participant.id,
			level: 'menengah',
			courseSlug: course.slug,
			moduleSlug: 'kancing',
			versionId: read.versionId,
			submissionId,
			fields: new Map(Object.entries(fields))
		});
	return { participant, read, optionsOf, submit };
}

describe('readQuizForm', () => {
	it('reads answers, the version and the submission id', () => {
		const form = new FormData();
		form.append('version', 'v1');
		form.append('submissionId', 'abcdefghijklmnop');
		form.append('q:siap', 'a');
		form.append('q:pakai', 'b');
		form.append('q:pakai', 'c');
		expect(readQuizForm(form)).toEqual({
			versionId: 'v1',
			submissionId: 'abcdefghijklmnop',
			fields: new Map([
				['q:siap', ['a']],
				['q:pakai', ['b', 'c']]
			])
		});
	});

	it('refuses 80,000 repeats of one field, unknown names, and malformed or repeated ids', () => {
		const flood = new URLSearchParams('q:siap=jarum-dan-benang&'.repeat(80_000));
		const form = new FormData();
		for (const [name, value] of flood) form.append(name, value);
		expect(readQuizForm(form)).toBeNull();
		const justUnder = new FormData();
		for (let i = 0; i < MAX_QUIZ_FIELDS; i++) justUnder.append('q:pakai', 'x');
		expect(readQuizForm(justUnder)?.fields.get('q:pakai')).toHaveLength(MAX_QUIZ_FIELDS);
		for (const [name, value] of [
			['evil', 'x'],
			['submissionId', 'short'],
			['submissionId', 'a'.repeat(65)],
			['submissionId', 'has spaces in it ok?']
		]) {
			const bad = new FormData();
			bad.append(name, value);
			expect(readQuizForm(bad), name + value).toBeNull();
		}
		const twice = new FormData();
		twice.append('version', 'a');
		twice.append('version', 'b');
		expect(readQuizForm(twice)).toBeNull();
	});

	it('makes submission ids of 128 bits that offline sync could also send', () => {
		const id = newSubmissionId();
		expect(id).toMatch(SUBMISSION_ID);
		expect(Buffer.from(id, 'base64url')).toHaveLength(16);
		expect(newSubmissionId()).not.toBe(id);
		expect('phone_made-ID_0123456789').toMatch(SUBMISSION_ID);
	});
});

describe('submitQuizAttempt', () => {
	it('refuses more values for a field than its question can send', async () => {
		const { optionsOf, submit, participant } = await publishedQuiz();
		const [right, wrong] = optionsOf('siap');
		const multiple = optionsOf('pakai');
		expect(await submit({ 'q:siap': [right, wrong], 'q:pakai': [multiple[0]] })).toEqual({ ok: false, reason: 'tampered' });
		expect(await submit({ 'q:siap': [right], 'q:pakai': [...multiple, multiple[0]] })).toEqual({ ok: false, reason: 'tampered' });
		expect(await submit({ 'q:siap': [right], 'q:pakai': [multiple[0]], 'q:lain': ['x'] })).toEqual({ ok: false, reason: 'tampered' });
		expect(await db.quizAttempt.count({ where: { userId: participant.id } })).toBe(0);
		expect(await submit({ 'q:siap': [right], 'q:pakai': [multiple[0], multiple[1]] })).toMatchObject({ ok: true, passed: true });
	});

	it('stores one attempt per submitted form, also when three copies arrive at once', async () => {
		const { optionsOf, submit, participant } = await publishedQuiz();
		const fields = { 'q:siap': [optionsOf('siap')[1]], 'q:pakai': [optionsOf('pakai')[2]] };
		const submissionId = newSubmissionId();
		const first = await submit(fields, submissionId);
		expect(first).toMatchObject({ ok: true, passed: false, replayed: false });
		const again = await submit(fields, submissionId);
		expect(again).toMatchObject({ ok: true, replayed: true });
		if (!first.ok || !again.ok) throw new Error('unreachable');
		expect(again.attemptId).toBe(first.attemptId);

		const racing = newSubmissionId();
		const results = await Promise.all([submit(fields, racing), submit(fields, racing), submit(fields, racing)]);
		const ids = new Set(results.map((result) => (result.ok ? result.attemptId : result.reason)));
		expect(ids.size).toBe(1);
		expect(await db.quizAttempt.count({ where: { userId: participant.id } })).toBe(2);
		// Without an id (an old form) every post is its own attempt, as before.
		await submit(fields, null);
		await submit(fields, null);
		expect(await db.quizAttempt.count({ where: { userId: participant.id } })).toBe(4);
	});

	it('asks for the certificate check only after the pass that completed the module, and on a replay of a pass', async () => {
		const { optionsOf, submit, participant } = await publishedQuiz();
		const right = { 'q:siap': [optionsOf('siap')[0]], 'q:pakai': [optionsOf('pakai')[0], optionsOf('pakai')[1]] };
		const wrong = { 'q:siap': [optionsOf('siap')[1]], 'q:pakai': [optionsOf('pakai')[2]] };
		expect(await submit(wrong)).toMatchObject({ ok: true, passed: false, courseToCheck: null });
		const submissionId = newSubmissionId();
		const pass = await submit(right, submissionId);
		if (!pass.ok) throw new Error('not stored');
		const module = await db.module.findFirstOrThrow({
			where: { progress: { some: { userId: participant.id } } },
			select: { id: true, courseId: true }
		});
		expect(pass).toMatchObject({ passed: true, replayed: false, courseToCheck: module.courseId });
		expect(await submit(right)).toMatchObject({ ok: true, passed: true, courseToCheck: null });
		expect(await submit(right, submissionId)).toMatchObject({ replayed: true, attemptId: pass.attemptId, courseToCheck: module.courseId });
		const progress = await db.moduleProgress.findFirstOrThrow({ where: { userId: participant.id, moduleId: module.id } });
		expect(progress).toMatchObject({ status: 'completed', bestPercent: 100 });
		expect(await db.quizAttempt.count({ where: { userId: participant.id } })).toBe(3);
		// The lesson page's one-statement list of earlier attempts is the same as the full query's.
		const {
			course: { slug: courseSlug },
			slug
		} = await db.module.findUniqueOrThrow({ where: { id: module.id }, select: { slug: true, course: { select: { slug: true } } } });
		const attempts = await quizHistory.listAttemptsOfModule(participant.id, module.id);
		expect(attempts.filter((attempt) => attempt.passed)).toHaveLength(2);
		const byId = (list: typeof attempts) => [...list].sort((a, b) => a.id.localeCompare(b.id));
		expect(byId(attempts)).toEqual(byId(await quizHistory.listAttemptsForModule(participant.id, courseSlug, slug)));
	});
});

describe('readAttemptResult', () => {
	async function failOnce(quizSetup: Awaited<ReturnType<typeof publishedQuiz>>) {
		const { optionsOf, submit, participant } = quizSetup;
		const result = await submit({ 'q:siap': [optionsOf('siap')[1]], 'q:pakai': [optionsOf('pakai')[0]] });
		if (!result.ok) throw new Error('not stored');
		return (await quiz.readAttemptResult(participant.id, result.attemptId))!;
	}

	it('after a failed attempt shows what was wrong and why, but the right options only from the third attempt', async () => {
		const setup = await publishedQuiz();
		const first = await failOnce(setup);
		expect(first.passed).toBe(false);
		expect(first.revealAnswers).toBe(false);
		expect(first.questions.map((question) => [question.id, question.isCorrect, question.correct])).toEqual([
			['siap', false, null],
			['pakai', false, null]
		]);
		expect(first.questions[0].explanationHtml).toContain('Jarum dan benang dipakai');
		expect(JSON.stringify(first)).not.toContain('Jarum dan benang</');
		expect((await failOnce(setup)).revealAnswers).toBe(false);
		const third = await failOnce(setup);
		expect(third.revealAnswers).toBe(true);
		expect(third.questions[0].correct).toEqual(['Jarum dan benang']);
	});

	it('shows the right options after a pass, and from the attempt the module names', async () => {
		const setup = await publishedQuiz();
		const passed = await setup.submit({ 'q:siap': [setup.optionsOf('siap')[0]], 'q:pakai': setup.optionsOf('pakai').slice(0, 2) });
		if (!passed.ok) throw new Error('not stored');
		const result = (await quiz.readAttemptResult(setup.participant.id, passed.attemptId))!;
		expect([result.passed, result.revealAnswers]).toEqual([true, true]);
		// A failed attempt after a pass hides nothing any more.
		expect((await failOnce(setup)).revealAnswers).toBe(true);

		const early = await publishedQuiz(MODULE.replace('minutes: 10', 'minutes: 10\nreveal_answers_after: 1'));
		expect((await failOnce(early)).revealAnswers).toBe(true);
	});
});
