/**
 * A long lesson read one step per screen (issue 11, decision 022): each step is its own page at
 * ?langkah=N, moved through with plain links, so it works without JavaScript; ?langkah=semua is
 * the whole module. The quiz, the task and the reading mark are at the end only.
 */
import { expect, test } from '@playwright/test';
import { db } from '../../src/lib/server/db/client';
import { createCohort, createParticipant, logIn } from './fixtures';

const LESSON = '/belajar/menjahit-dasar/alat-dan-keselamatan';
const HEADINGS = [
	'Alat yang perlu disiapkan',
	'Jarum dan jarum pentul',
	'Gunting hanya untuk kain',
	'Setrika dengan aman',
	'Cara duduk saat menjahit'
];

test.use({ javaScriptEnabled: false });

test('a participant steps through a lesson with Lanjut and Kembali, without JavaScript, and reads it at the end', async ({ page }) => {
	// Many page loads: on a machine shared with other test runs 30 s is not always enough.
	test.setTimeout(90_000);
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'dasar' });
	await logIn(page, participant.phone, participant.pin);
	await page.goto(LESSON);
	// Only the two small scripts (read-aloud, offline saving), and without JavaScript they never run.
	expect((await page.locator('script').evaluateAll((scripts) => scripts.map((script) => script.getAttribute('src')))).sort()).toEqual([
		'/js/offline.js',
		'/js/read-aloud.js'
	]);

	for (const [index, heading] of HEADINGS.entries()) {
		await expect(page.getByText(`Langkah ${index + 1} dari 5`)).toBeVisible();
		// One section per page: its heading, no other.
		await expect(page.locator('article.lesson h2')).toHaveText([heading]);
		await expect(page.getByRole('link', { name: 'Kembali', exact: true })).toHaveCount(index === 0 ? 0 : 1);
		if (index < HEADINGS.length - 1) {
			await expect(page.getByRole('button', { name: 'Kerjakan kuis' })).toHaveCount(0);
			await expect(page.getByRole('region', { name: 'Tugas praktik' })).toHaveCount(0);
			await page.getByRole('link', { name: 'Lanjut', exact: true }).click();
			await expect(page).toHaveURL(`${LESSON}?langkah=${index + 2}`);
		}
	}
	// The last step: no Lanjut; the task, then the quiz, as the whole page has them.
	await expect(page.getByRole('link', { name: 'Lanjut', exact: true })).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'Tugas praktik' })).toBeVisible();
	await page.getByRole('link', { name: 'Kembali', exact: true }).click();
	await expect(page).toHaveURL(`${LESSON}?langkah=4`);
	await expect(page.locator('article.lesson h2')).toHaveText(['Setrika dengan aman']);
	const moduleRow = await db.module.findFirstOrThrow({ where: { slug: 'alat-dan-keselamatan' }, select: { id: true } });
	const progress = () => db.moduleProgress.findUnique({ where: { userId_moduleId: { userId: participant.id, moduleId: moduleRow.id } } });
	// Seeing the steps is not reading the module: the mark comes from the button at its end.
	expect((await progress())?.readAt ?? null).toBeNull();

	await page.goto(`${LESSON}?langkah=5`);
	await page.getByRole('button', { name: 'Kerjakan kuis' }).click();
	await expect(page).toHaveURL(`${LESSON}/kuis`);
	expect((await progress())?.readAt).toBeInstanceOf(Date);
});

test('Tampilkan semua shows the whole module on one page, with the way back to the steps', async ({ page }) => {
	// Many page loads: on a machine shared with other test runs 30 s is not always enough.
	test.setTimeout(90_000);
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'lanjut' });
	await logIn(page, participant.phone, participant.pin);
	await page.goto(`${LESSON}?langkah=2`);
	await page.getByRole('link', { name: 'Tampilkan semua' }).click();
	await expect(page).toHaveURL(`${LESSON}?langkah=semua`);
	await expect(page.locator('article.lesson h2')).toHaveText(HEADINGS);
	await expect(page.getByText(/^Langkah \d+ dari/)).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'Tugas praktik' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Kerjakan kuis' })).toBeVisible();
	// The reading level changed from the whole page comes back to the whole page.
	await page.getByRole('button', { name: 'Ganti ke teks yang lebih mudah' }).click();
	await expect(page).toHaveURL(`${LESSON}?langkah=semua`);
	await expect(page.getByText('Anda membaca versi menengah.')).toBeVisible();
	await page.getByRole('link', { name: 'Tampilkan per langkah' }).click();
	await expect(page).toHaveURL(LESSON);
	await expect(page.getByText('Langkah 1 dari 5')).toBeVisible();
});

test('a step past the end shows the last step; an address that is no step is not found', async ({ page }) => {
	// Many page loads: on a machine shared with other test runs 30 s is not always enough.
	test.setTimeout(90_000);
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'menengah' });
	await logIn(page, participant.phone, participant.pin);
	await page.goto(`${LESSON}?langkah=9`);
	await expect(page).toHaveURL(`${LESSON}?langkah=5`);
	await expect(page.getByText('Langkah 5 dari 5')).toBeVisible();
	for (const step of ['0', 'abc', '-1', '2.5', '99999']) expect((await page.goto(`${LESSON}?langkah=${step}`))?.status(), step).toBe(404);
});
