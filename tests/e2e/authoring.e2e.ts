import { expect, test, type Browser } from '@playwright/test';
import { createAuthoringCohort, createParticipant, logIn } from './fixtures';

const MODULE = `---
title: Memasang Kancing
summary: Cara memasang kancing baju dengan rapi.
minutes: 10
---
Siapkan jarum, benang, dan kancing.

:::dasar
Tusuk jarum dari bawah kain. Ulangi empat kali.
:::

:::menengah
Ukur jarak antar kancing dulu, lalu tandai dengan kapur jahit.
:::

::::quiz
### Apa yang disiapkan dulu?
- [x] Jarum dan benang
- [ ] Setrika

Penjelasan: Jarum dan benang dipakai untuk menjahit kancing.
::::
`;
// Line 18 is the question; with no [x] it has no right answer.
const BROKEN = MODULE.replace('- [x] Jarum dan benang', '- [ ] Jarum dan benang');

async function lessonText(browser: Browser, cohortId: string, level: 'dasar' | 'menengah', url: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const participant = await createParticipant(cohortId, { level });
	await logIn(page, participant.phone, participant.pin);
	await page.goto(url);
	const text = await page.locator('article.lesson').innerText();
	await context.close();
	return text;
}

test('a trainer writes a module, fixes a publish error, previews both levels and publishes it for each level', async ({
	page,
	browser
}) => {
	const cohort = await createAuthoringCohort();
	await logIn(page, cohort.trainer.email, cohort.trainer.password);
	await page.goto(`/tulis/${cohort.course.slug}`);
	await page.getByLabel(/^Judul modul/).fill('Memasang Kancing');
	await page.getByRole('button', { name: 'Buat modul' }).click();
	await expect(page).toHaveURL(new RegExp(`/tulis/${cohort.course.slug}/memasang-kancing`));
	const editor = page.getByLabel(/Teks modul/);
	// The starter text already parses.
	await expect(editor).toHaveValue(/::::quiz/);
	// Let the editor hydrate before its text is replaced: a fill (select all, then insert) that
	// straddles hydration once left the starter text in front of the new one (CI, 2026-11-26).
	await page.waitForLoadState('networkidle');

	await editor.fill(BROKEN);
	await page.getByRole('button', { name: 'Terbitkan' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Baris 18, kolom 1');
	await expect(alert).toContainText('belum punya jawaban benar');
	await expect(editor).toHaveValue(BROKEN);
	await expect(page.locator('#baris-18')).toHaveClass(/bad/);

	await editor.fill(MODULE);
	await page.getByRole('button', { name: 'Pratinjau' }).click();
	const dasar = page.locator('#tingkat-dasar');
	const menengah = page.locator('#tingkat-menengah');
	await expect(dasar).toContainText('Tusuk jarum dari bawah kain');
	await expect(dasar).not.toContainText('Ukur jarak antar kancing');
	await expect(dasar).toContainText('Apa yang disiapkan dulu?');
	await expect(menengah).toContainText('Ukur jarak antar kancing');
	await expect(menengah).not.toContainText('Tusuk jarum dari bawah kain');

	await page.getByRole('button', { name: 'Terbitkan' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Versi 1 sudah terbit' })).toBeVisible();
	await expect(editor).toHaveValue(MODULE);

	const lessonUrl = `/belajar/${cohort.course.slug}/memasang-kancing`;
	const dasarText = await lessonText(browser, cohort.id, 'dasar', lessonUrl);
	expect(dasarText).toContain('Tusuk jarum dari bawah kain');
	expect(dasarText).not.toContain('Ukur jarak antar kancing');
	const menengahText = await lessonText(browser, cohort.id, 'menengah', lessonUrl);
	expect(menengahText).toContain('Ukur jarak antar kancing');
	expect(menengahText).not.toContain('Tusuk jarum dari bawah kain');
});

test('without JavaScript a failed publish keeps the text and shows the numbered lines', async ({ browser }) => {
	const cohort = await createAuthoringCohort();
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await logIn(page, cohort.trainer.email, cohort.trainer.password);
	await page.goto(`/tulis/${cohort.course.slug}`);
	await page.getByLabel(/^Judul modul/).fill('Tanpa Skrip');
	await page.getByRole('button', { name: 'Buat modul' }).click();
	const editor = page.getByLabel(/Teks modul/);
	await editor.fill(BROKEN);
	await page.getByRole('button', { name: 'Terbitkan' }).click();
	await expect(page.getByRole('alert')).toContainText('Baris 18, kolom 1');
	await expect(editor).toHaveValue(BROKEN);
	await expect(page.getByRole('link', { name: 'Baris 18, kolom 1' })).toHaveAttribute('href', '#baris-18');
	await page.getByRole('button', { name: 'Simpan draf' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Draf sudah tersimpan' })).toBeVisible();
	await expect(editor).toHaveValue(BROKEN);
	await context.close();
});

test('text typed but never saved is offered back from the device after a reload', async ({ page }) => {
	const cohort = await createAuthoringCohort();
	await logIn(page, cohort.trainer.email, cohort.trainer.password);
	await page.goto(`/tulis/${cohort.course.slug}`);
	await page.getByLabel(/^Judul modul/).fill('Sinyal Putus');
	await page.getByRole('button', { name: 'Buat modul' }).click();
	const editor = page.getByLabel(/Teks modul/);
	await expect(editor).toHaveValue(/::::quiz/);
	await editor.fill(`${MODULE}\nKalimat yang belum tersimpan.`);
	// The copy is written by the page's script: typed before it hydrated, it is written when it
	// does. Reloading earlier would throw the page away before any script ran (the old race).
	await expect
		.poll(() => page.evaluate(() => Object.values(localStorage).some((value) => value.includes('Kalimat yang belum tersimpan.'))))
		.toBe(true);
	await page.reload();
	await expect(editor).not.toHaveValue(/belum tersimpan/);
	await page.getByRole('button', { name: 'Pakai teks dari perangkat ini' }).click();
	await expect(editor).toHaveValue(/Kalimat yang belum tersimpan\.$/);
	await page.getByRole('button', { name: 'Simpan draf' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Draf sudah tersimpan' })).toBeVisible();
	await page.reload();
	await expect(editor).toHaveValue(/Kalimat yang belum tersimpan\.$/);
	await expect(page.getByRole('button', { name: 'Pakai teks dari perangkat ini' })).toHaveCount(0);
});

test('a participant gets 403 on every authoring page', async ({ page }) => {
	const cohort = await createAuthoringCohort();
	const participant = await createParticipant(cohort.id);
	await logIn(page, participant.phone, participant.pin);
	for (const path of ['/tulis', '/tulis/panduan', `/tulis/${cohort.course.slug}`]) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(403);
	}
	await expect(page.getByRole('heading', { name: 'Anda tidak punya akses ke halaman ini.' })).toBeVisible();
});
