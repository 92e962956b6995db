/**
 * Offline modules and answers sent exactly once (decision 021), in Chromium with its service
 * worker, at 360×740 like a participant's phone.
 */
import { expect, test, type Page } from '@playwright/test';
import { db } from '../../src/lib/server/db/client';
import { createModule } from '../../src/lib/server/authoring/module-editing';
import { checkModuleSource } from '../../src/lib/server/library/module-check';
import { publishModuleVersion } from '../../src/lib/server/library/module-version';
import { createAuthoringCohort, createCohort, createParticipant, logIn, storedQuiz } from './fixtures';

const COURSE = 'menjahit-dasar';
const MODULE = 'alat-dan-keselamatan';
const LESSON = `/belajar/${COURSE}/${MODULE}`;

// A service worker installs, a module is saved, pages open again: more steps than most tests.
test.describe.configure({ timeout: 120_000 });

async function controlledBy(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	// A worker that became active after this page loaded may not control it yet: a new load is.
	if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function saveLesson(page: Page) {
	await page.goto(LESSON);
	await controlledBy(page);
	const save = page.locator('[data-offline-save]');
	// Size and cost first, then the participant confirms.
	await expect(save.getByText(/^Ukuran \d+ KB, biaya data sekitar Rp \d+\. Dihitung dengan Rp 20\.000 per GB \(bawaan\)\.$/)).toBeVisible();
	await save.getByRole('button', { name: 'Simpan untuk offline' }).click();
	await expect(save.getByText('Unduh sekarang supaya bisa dibaca tanpa internet?')).toBeVisible();
	await save.getByRole('button', { name: 'Ya, simpan' }).click();
	await expect(save.getByText('Tersimpan offline')).toBeVisible();
}

test('a module saved offline is read and its quiz answered without a connection; the answers are stored once when online', async ({
	page,
	context
}) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'menengah' });
	await logIn(page, participant.phone, participant.pin);
	await saveLesson(page);
	await page.goto('/belajar');
	await expect(page.getByText(/^Tersimpan untuk offline di HP ini: 1 modul \(\d+ KB\)\.$/)).toBeVisible();
	// The home page checks saved modules for a newer version while online (offline.json): let
	// that finish first, or its late response is counted below as one the lesson page fetched
	// (seen once in CI).
	await page.waitForLoadState('networkidle');

	await context.setOffline(true);
	// 0 bytes over the network: every response the page gets comes from the phone's cache.
	const notFromPhone: string[] = [];
	page.on('response', (response) => {
		if (!response.fromServiceWorker()) notFromPhone.push(response.url());
	});
	await page.goto(LESSON);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alat Jahit dan Keselamatan Kerja');
	await expect(page.getByText('Tersimpan offline')).toBeVisible();
	expect(notFromPhone, 'every response of the saved module came from the phone').toEqual([]);

	// Every step was saved with the module: read on, step by step, to the last one, and the
	// whole module opens too.
	const next = page.getByRole('link', { name: 'Lanjut', exact: true });
	for (let step = 2; (await next.count()) > 0; step++) {
		await next.click();
		await expect(page).toHaveURL(`${LESSON}?langkah=${step}`);
	}
	await page.goto(`${LESSON}?langkah=semua`);
	await expect(page.getByRole('button', { name: 'Kerjakan kuis' })).toBeVisible();
	expect(notFromPhone, 'every step and the whole module came from the phone').toEqual([]);

	// "Kerjakan kuis" offline: the read mark waits on the phone, the saved quiz opens.
	await page.getByRole('button', { name: 'Kerjakan kuis' }).click();
	await expect(page).toHaveURL(`${LESSON}/kuis`);
	const quiz = await storedQuiz(COURSE, MODULE, 'menengah');
	for (const question of quiz.questions) {
		await page.locator(`input[name="q:${question.id}"][value="${question.options.find((o) => o.correct)!.id}"]`).check();
	}
	await page.getByRole('button', { name: 'Kirim jawaban' }).click();
	await expect(page.getByText(/Jawaban kuis "Alat Jahit dan Keselamatan Kerja" menunggu dikirim/)).toBeVisible();
	expect(notFromPhone).toEqual([]);
	expect(await db.quizAttempt.count({ where: { userId: participant.id } })).toBe(0);

	// Closed and opened again, still offline: the answers are still waiting.
	await page.close();
	const again = await context.newPage();
	await again.goto(`${LESSON}/kuis`);
	await expect(again.getByText(/menunggu dikirim/).first()).toBeVisible();

	await context.setOffline(false);
	await expect(again).toHaveURL(/\/belajar\/hasil\//);
	await expect(again.getByText(`Benar ${quiz.questions.length} dari ${quiz.questions.length} soal`)).toBeVisible();
	expect(await db.quizAttempt.count({ where: { userId: participant.id } })).toBe(1);
	const progress = await db.moduleProgress.findFirstOrThrow({ where: { userId: participant.id }, select: { readAt: true, status: true } });
	expect(progress.readAt).not.toBeNull();
	expect(progress.status).toBe('completed');

	// Sent once: opening pages again sends nothing more.
	await again.goto(LESSON);
	await again.goto('/belajar');
	expect(await db.quizAttempt.count({ where: { userId: participant.id } })).toBe(1);
});

test('a page never saved says plainly that it needs a connection', async ({ page, context }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'menengah' });
	await logIn(page, participant.phone, participant.pin);
	await page.goto(`/belajar/${COURSE}`);
	await controlledBy(page);
	await context.setOffline(true);
	await page.goto(`/belajar/${COURSE}/ukuran-badan`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Perlu sambungan internet');
	await expect(page.getByText('Halaman ini belum disimpan di HP Anda')).toBeVisible();
});

test('a full phone gets a clear message and nothing half-saved', async ({ page }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'menengah' });
	await logIn(page, participant.phone, participant.pin);
	await page.goto(LESSON);
	await controlledBy(page);
	// The phone's storage is full: every write to Cache Storage is refused as browsers do.
	await page.evaluate(() => {
		Cache.prototype.put = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
	});
	const save = page.locator('[data-offline-save]');
	await save.getByRole('button', { name: 'Simpan untuk offline' }).click();
	await save.getByRole('button', { name: 'Ya, simpan' }).click();
	await expect(save.getByText(/^Memori HP penuh, jadi modul ini tidak bisa disimpan/)).toBeVisible();
	expect(await page.evaluate(async () => (await (await caches.open('berdaya-simpan')).keys()).length)).toBe(0);
});

test('the course page offers all its modules, with their total size and cost', async ({ page }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'menengah' });
	await logIn(page, participant.phone, participant.pin);
	await page.goto(`/belajar/${COURSE}`);
	const save = page.locator('[data-offline-save]');
	await expect(save.getByRole('button', { name: /^Simpan semua modul untuk offline \(\d+ modul\)$/ })).toBeVisible();
	await expect(save.getByText(/^Ukuran [\d,]+ (KB|MB), biaya data sekitar Rp \d+\./)).toBeVisible();
	const box = await save.getByRole('button', { name: /Simpan semua/ }).boundingBox();
	expect(box!.height).toBeGreaterThanOrEqual(48);
});

test('a saved module that is republished is refreshed while online, and the participant is told its text changed', async ({
	page,
	context
}) => {
	const cohort = await createAuthoringCohort();
	const trainer = { id: cohort.trainer.id, role: 'trainer' as const };
	const created = await createModule(trainer, cohort.course.slug, { title: 'Memasang Kancing', slug: 'kancing' });
	if (!created.ok) throw new Error(created.reason);
	const { id: moduleId } = await db.module.findFirstOrThrow({
		where: { courseId: cohort.course.id, slug: 'kancing' },
		select: { id: true }
	});
	const publish = async (sentence: string) => {
		const source = `---\ntitle: Memasang Kancing\nsummary: Cara memasang kancing.\nminutes: 5\n---\n${sentence}\n`;
		const checked = await checkModuleSource(source, { mediaBaseUrl: `/media/${cohort.course.slug}/`, images: { available: new Set() } });
		if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
		await publishModuleVersion(db, { moduleId, source, module: checked.module, publishedById: trainer.id });
	};
	await publish('Jahit kancing dengan benang dua lapis.');
	const participant = await createParticipant(cohort.id, { level: 'menengah' });
	await logIn(page, participant.phone, participant.pin);
	const lesson = `/belajar/${cohort.course.slug}/kancing`;
	await page.goto(lesson);
	await controlledBy(page);
	const save = page.locator('[data-offline-save]');
	await save.getByRole('button', { name: 'Simpan untuk offline' }).click();
	await save.getByRole('button', { name: 'Ya, simpan' }).click();
	await expect(save.getByText('Tersimpan offline')).toBeVisible();
	await expect(save.getByText(/sudah diperbarui/)).toBeHidden();

	await publish('Jahit kancing dengan benang empat lapis supaya kuat.');
	await page.goto(lesson);
	await expect(page.getByText('Jahit kancing dengan benang empat lapis supaya kuat.')).toBeVisible();
	await expect(save.getByText('Teks modul ini sudah diperbarui sejak Anda menyimpannya.', { exact: false })).toBeVisible();

	// The phone now keeps the new text.
	await context.setOffline(true);
	await page.goto(lesson);
	await expect(page.getByText('Jahit kancing dengan benang empat lapis supaya kuat.')).toBeVisible();
	// Told once.
	await expect(save.getByText(/sudah diperbarui/)).toBeHidden();
});

test('the organizer sets the price of data, and participants see the cost at that price', async ({ page, browser }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'menengah' });
	await logIn(page, cohort.organizer.email, cohort.organizer.password);
	const { programId } = await db.cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { programId: true } });
	await page.goto(`/kelola/program/${programId}`);
	await expect(page.getByText('Sekarang: Rp 20.000 per GB (bawaan).')).toBeVisible();
	const field = page.getByLabel(/Harga data internet per GB/);
	await field.fill('lima belas ribu');
	await page.getByRole('button', { name: 'Simpan harga' }).click();
	await expect(page.getByText(/Tulis harga dalam rupiah tanpa titik/)).toBeVisible();
	await expect(field).toHaveValue('lima belas ribu');
	await field.fill('15000');
	await page.getByRole('button', { name: 'Simpan harga' }).click();
	await expect(page.getByText('Harga data tersimpan.')).toBeVisible();
	await expect(page.getByText('Sekarang: Rp 15.000 per GB.')).toBeVisible();

	const phone = await browser.newContext();
	const reader = await phone.newPage();
	await logIn(reader, participant.phone, participant.pin);
	await reader.goto(LESSON);
	await expect(reader.getByText(/^Ukuran \d+ KB, biaya data sekitar Rp \d+\. Dihitung dengan Rp 15\.000 per GB\.$/)).toBeVisible();
	await phone.close();
});
