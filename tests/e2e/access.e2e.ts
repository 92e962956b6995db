import { expect, test } from '@playwright/test';
import { db } from '../../src/lib/server/db/client';
import { createCohort, createParticipant, logIn } from './fixtures';

test('a participant cannot open trainer or organizer pages, nor another cohort', async ({ page }) => {
	const mine = await createCohort();
	const other = await createCohort({ courses: 'none' });
	const participant = await createParticipant(other.id);
	await logIn(page, participant.phone, participant.pin);

	for (const path of ['/latih', `/latih/${mine.id}`, '/kelola']) {
		const response = await page.goto(path);
		expect([403, 404], path).toContain(response!.status());
	}
	// Their cohort has no course: the course of another cohort is not theirs to read.
	const response = await page.goto('/belajar/menjahit-dasar/alat-dan-keselamatan');
	expect(response!.status()).toBe(404);
	const quiz = await page.goto('/belajar/menjahit-dasar/alat-dan-keselamatan/kuis');
	expect(quiz!.status()).toBe(404);
});

test("a trainer cannot open another trainer's cohort or reset its participants' PINs", async ({ page }) => {
	const mine = await createCohort();
	const other = await createCohort();
	const stranger = await createParticipant(other.id);
	await logIn(page, mine.trainer.email, mine.trainer.password);
	const response = await page.goto(`/latih/${other.id}`);
	expect(response!.status()).toBe(404);

	// Forge the reset form on the participant page, under the trainer's own cohort and under the stranger's.
	await page.goto(`/latih/${mine.id}`);
	const before = await db.user.findUniqueOrThrow({ where: { id: stranger.id }, select: { secretHash: true } });
	for (const cohortId of [mine.id, other.id]) {
		const status = await page.evaluate(
			async ([cohortId, participantId]) => {
				const body = new URLSearchParams();
				const url = `/latih/${cohortId}/peserta/${participantId}?/resetPin`;
				const result = await fetch(url, { method: 'POST', body, headers: { 'x-sveltekit-action': 'true' } });
				return result.status;
			},
			[cohortId, stranger.id]
		);
		expect(status).toBe(404);
	}
	const after = await db.user.findUniqueOrThrow({ where: { id: stranger.id }, select: { secretHash: true } });
	expect(after.secretHash).toBe(before.secretHash);
});

test('a participant cannot read another participant’s quiz result', async ({ page }) => {
	const cohort = await createCohort();
	const owner = await createParticipant(cohort.id);
	const other = await createParticipant(cohort.id);
	const module = await db.module.findFirstOrThrow({
		where: { slug: 'alat-dan-keselamatan' },
		select: { id: true, publishedVersionId: true }
	});
	const attempt = await db.quizAttempt.create({
		data: {
			userId: owner.id,
			moduleId: module.id,
			moduleVersionId: module.publishedVersionId!,
			level: 'menengah',
			correctCount: 1,
			questionCount: 4,
			percent: 25,
			passed: false,
			answersJson: '{}'
		}
	});
	await logIn(page, other.phone, other.pin);
	const response = await page.goto(`/belajar/hasil/${attempt.id}`);
	expect(response!.status()).toBe(404);
});
