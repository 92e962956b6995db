/**
 * Read-aloud (issue 11, decision 022): with an Indonesian voice on the phone, every text block
 * of a lesson and a quiz gets a 48 px "Bacakan" button that speaks the block in id-ID; without
 * one there are no buttons. The phone's speechSynthesis is a stand-in (tests/e2e/speech.ts):
 * Chromium here has no voices.
 */
import { expect, test, type Page } from '@playwright/test';
import { createCohort, createParticipant, logIn } from './fixtures';
import { ENGLISH_VOICE, INDONESIAN_VOICE, stubSpeechSynthesis, type SpokenUtterance } from './speech';

const LESSON = '/belajar/menjahit-dasar/alat-dan-keselamatan';

async function participantOn(page: Page, voices: { name: string; lang: string }[], late = false) {
	await page.addInitScript(stubSpeechSynthesis, { voices, late });
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'dasar' });
	await logIn(page, participant.phone, participant.pin);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: SpokenUtterance[] }).spoken);

test('with an Indonesian voice every text block gets a button that reads it aloud in id-ID', async ({ page }) => {
	test.setTimeout(60_000);
	await participantOn(page, [ENGLISH_VOICE, INDONESIAN_VOICE], true);
	await page.goto(LESSON);
	const buttons = page.getByRole('button', { name: /^Bacakan: / });
	// Step 1: the objectives, one paragraph and one list.
	await expect(buttons).toHaveCount(3);
	for (const button of await buttons.all()) {
		const box = (await button.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(48);
		expect(box.height).toBeGreaterThanOrEqual(48);
	}

	const paragraph = page.locator('.lesson > p').first();
	const paragraphButton = page.getByRole('button', { name: 'Bacakan: Sebelum jahit, siapkan alat dulu. Alat…' });
	await paragraphButton.click();
	expect(await spoken(page)).toEqual([
		{ text: 'Sebelum jahit, siapkan alat dulu. Alat rapi, kerja jadi cepat.', lang: 'id-ID', voice: 'Bahasa Indonesia' }
	]);
	await expect(paragraph).toHaveClass(/read-aloud-now/);
	await expect(paragraphButton).toHaveAttribute('aria-pressed', 'true');

	// Playing another block stops the first: one highlighted block at a time.
	const list = page.locator('.lesson > ul').first();
	await page.getByRole('button', { name: /^Bacakan: Jarum jahit: untuk jahit/ }).click();
	const [, listUtterance] = await spoken(page);
	expect(listUtterance.lang).toBe('id-ID');
	expect(listUtterance.text).toMatch(
		/^Jarum jahit: untuk jahit pakai tangan\. Jarum pentul: jarum dengan kepala bulat\. Untuk menahan kain\. /
	);
	expect(listUtterance.text).toMatch(/Pendedel: untuk buka jahitan yang salah\.$/);
	await expect(list).toHaveClass(/read-aloud-now/);
	await expect(paragraph).not.toHaveClass(/read-aloud-now/);
	await expect(paragraphButton).toHaveAttribute('aria-pressed', 'false');

	// A second tap on the block being read stops it.
	await page.getByRole('button', { name: /^Bacakan: Jarum jahit/ }).click();
	await expect(list).not.toHaveClass(/read-aloud-now/);
	expect(await spoken(page)).toHaveLength(2);

	// The steps of the practical task, on the last step of the lesson, each have their own button.
	await page.goto(`${LESSON}?langkah=5`);
	await expect(page.locator('.practical ol > li .read-aloud')).toHaveCount(4);
	await page.getByRole('button', { name: /^Bacakan: Pisah gunting kain/ }).click();
	expect((await spoken(page)).at(-1)).toEqual({
		text: 'Pisah gunting kain dari gunting kertas. Beri tanda di gunting kain.',
		lang: 'id-ID',
		voice: 'Bahasa Indonesia'
	});
	// A callout is read with its label.
	await page.goto(`${LESSON}?langkah=2`);
	await page.getByRole('button', { name: /^Bacakan: Hati-hati/ }).click();
	expect((await spoken(page)).at(-1)?.text).toBe(
		'Hati-hati. Jangan pernah jepit jarum di mulut. Jarum bisa tertelan kalau Anda kaget atau tertawa.'
	);
});

test('a quiz question is read with its options', async ({ page }) => {
	await participantOn(page, [INDONESIAN_VOICE]);
	await page.goto(`${LESSON}/kuis`);
	const question = page.locator('fieldset.question').first();
	const prompt = (await question.locator('.prompt').innerText()).trim();
	const options = (await question.locator('.choice > span').allInnerTexts()).map((text) => text.trim());
	expect(options.length).toBeGreaterThan(1);
	// One button per question.
	await expect(page.locator('.question .read-aloud')).toHaveCount(await page.locator('fieldset.question').count());
	await question.getByRole('button', { name: /^Bacakan: / }).click();
	const [utterance] = await spoken(page);
	expect(utterance.lang).toBe('id-ID');
	expect(utterance.text.startsWith(prompt.replace(/\s+/g, ' '))).toBe(true);
	for (const option of options) expect(utterance.text).toContain(option.replace(/\s+/g, ' '));
	await expect(question).toHaveClass(/read-aloud-now/);
	// The legend ("Soal 1 dari …") is not read; the button sits after it.
	expect(utterance.text).not.toContain('Soal 1 dari');
});

test('without an Indonesian voice there are no read-aloud buttons', async ({ page }) => {
	await participantOn(page, [ENGLISH_VOICE], true);
	await page.goto(LESSON);
	await expect(page.locator('article.lesson')).toBeVisible();
	// Once the phone has listed its (English only) voices, the page has still no button.
	await page.waitForFunction(() => (window as unknown as { voicesListed?: boolean }).voicesListed === true);
	await expect(page.locator('.read-aloud')).toHaveCount(0);
	await page.goto(`${LESSON}/kuis`);
	await page.waitForFunction(() => (window as unknown as { voicesListed?: boolean }).voicesListed === true);
	await expect(page.locator('.read-aloud')).toHaveCount(0);
});
