import { expect, test, type Page } from '@playwright/test';
import { db } from '../../src/lib/server/db/client';
import type { PlacementTest } from '../../src/lib/server/learning/placement-rules';
import { createCohort, createParticipant, logIn, storedQuiz } from './fixtures';

const COURSE = 'menjahit-dasar';
const MODULE = 'alat-dan-keselamatan';
const DASAR_TEXT = 'Sebelum jahit, siapkan alat dulu.';
const MENENGAH_TEXT = 'Alat yang lengkap dan tersimpan rapi';
const PLACEMENT_BUDGET_BYTES = 15 * 1024;

/** SHOTS=1 keeps a full-page screenshot of each step in /tmp/shots-levels, to look at. */
async function shot(page: Page, name: string): Promise<void> {
	if (!process.env.SHOTS) return;
	await page.waitForLoadState('load');
	await page.screenshot({ path: `/tmp/shots-levels/${name}.png`, fullPage: true });
}

async function publishedPlacement(): Promise<PlacementTest> {
	const version = await db.placementVersion.findFirstOrThrow({ where: { publishedOf: { isNot: null } }, select: { testJson: true } });
	return JSON.parse(version.testJson) as PlacementTest;
}

/**
 * Answers the placement so that it places at menengah: reading dasar and menengah items right,
 * "Saya tidak bisa membaca ini" on the first lanjut item; "Lewati" on the first digital item.
 */
async function takePlacementAtMenengah(page: Page, prefix: string): Promise<number> {
	const placement = await publishedPlacement();
	const items = new Map(placement.parts.flatMap((part) => part.items.map((item) => [item.id, { ...item, part: part.slug }])));
	await expect(page.getByText('Soal 1 dari 21', { exact: true })).toBeVisible();
	let answered = 0;
	while (!(await page.getByRole('heading', { name: 'Tes selesai. Terima kasih!' }).isVisible())) {
		const item = items.get(await page.locator('input[name="item"]').inputValue())!;
		if (answered === 0) await shot(page, `${prefix}-placement-item`);
		if (item.part === 'digital') {
			await shot(page, `${prefix}-placement-digital`);
			await page.getByRole('button', { name: 'Lewati, saya belum tahu' }).click();
		} else if (item.level === 'lanjut') {
			await shot(page, `${prefix}-placement-lanjut`);
			await page.getByRole('button', { name: 'Saya tidak bisa membaca ini' }).click();
		} else {
			await page.locator(`button[name="option"][value="${item.options.find((option) => option.correct)!.id}"]`).click();
		}
		answered++;
		await expect(
			page.getByText(new RegExp(`^Soal ${answered + 1} dari \\d+$`)).or(page.getByRole('heading', { name: 'Tes selesai. Terima kasih!' }))
		).toBeVisible();
	}
	return answered;
}

async function answerQuiz(page: Page, level: 'dasar' | 'menengah', right: boolean): Promise<void> {
	const quiz = await storedQuiz(COURSE, MODULE, level);
	for (const question of quiz.questions) {
		const option = question.options.find((candidate) => candidate.correct === right)!;
		await page.locator(`input[name="q:${question.id}"][value="${option.id}"]`).check();
	}
	await page.getByRole('button', { name: 'Kirim jawaban' }).click();
	await expect(page).toHaveURL(/\/belajar\/hasil\//);
}

async function story(page: Page, prefix: string): Promise<void> {
	// About 40 page loads on a shared machine.
	test.setTimeout(180_000);
	const cohort = await createCohort();
	await page.goto('/gabung');
	await page.getByLabel(/Kode kelompok/).fill(cohort.joinCode);
	await page.getByLabel('Nama Anda').fill('Sri Rahayu');
	const phone = `0858${String(Date.now()).slice(-8)}`;
	await page.getByLabel(/^Nomor HP/).fill(phone);
	await page.getByLabel(/Buat PIN/).fill('730519');
	await page.getByLabel('Ulangi PIN').fill('730519');
	await page.getByRole('button', { name: 'Gabung' }).click();
	await page.getByLabel('PIN Anda (6 angka)').fill('730519');
	await page.getByRole('button', { name: 'Masuk' }).click();
	const user = await db.user.findUniqueOrThrow({ where: { phone: `+62${phone.slice(1)}` }, select: { id: true } });

	// Before the first lesson: the placement test. A lesson asked for now sends there too.
	await expect(page).toHaveURL(/\/penempatan$/);
	await shot(page, `${prefix}-placement-start`);
	await page.goto(`/belajar/${COURSE}/${MODULE}`);
	await expect(page).toHaveURL(/\/penempatan$/);
	await page.getByRole('button', { name: 'Mulai tes' }).click();
	const answered = await takePlacementAtMenengah(page, prefix);
	// 3 + 3 reading items reached, the first lanjut one skipped, the first digital one skipped.
	expect(answered).toBe(8);
	expect(await db.placementAnswer.count({ where: { attempt: { userId: user.id } } })).toBe(8);
	await expect(
		page.getByText('Anda akan membaca versi menengah: Anda bisa membaca pesan dan pengumuman sehari-hari dengan baik.')
	).toBeVisible();
	// Digital literacy at dasar: the first-time-smartphone tip shows; it never set the reading level.
	await expect(page.getByRole('complementary', { name: 'Petunjuk HP' })).toBeVisible();
	await shot(page, `${prefix}-placement-end`);
	await page.getByRole('link', { name: 'Mulai belajar' }).click();
	await expect(page).toHaveURL(/\/belajar$/);

	// The whole module on one page: the text, the task and the quiz.
	await page.goto(`/belajar/${COURSE}/${MODULE}?langkah=semua`);
	await expect(page.getByText(MENENGAH_TEXT)).toBeVisible();
	await expect(page.getByText(DASAR_TEXT)).toHaveCount(0);
	await expect(page.getByText('Anda membaca versi menengah.')).toBeVisible();
	await shot(page, `${prefix}-lesson-menengah`);
	if (process.env.SHOTS) {
		await page.getByRole('region', { name: 'Tingkat bacaan' }).screenshot({ path: `/tmp/shots-levels/${prefix}-level-switch.png` });
		await page.getByRole('region', { name: 'Tugas praktik' }).screenshot({ path: `/tmp/shots-levels/${prefix}-practical-tip.png` });
	}

	// The quiz failed twice at menengah: the second result offers dasar; the first does not.
	await page.getByRole('button', { name: 'Kerjakan kuis' }).click();
	await answerQuiz(page, 'menengah', false);
	await expect(page.getByText('Coba baca versi dasar')).toHaveCount(0);
	await page.getByRole('link', { name: 'Coba kuis lagi' }).click();
	await answerQuiz(page, 'menengah', false);
	await expect(page.getByText('Anda dua kali belum lulus kuis ini. Mau coba baca versi dasar yang lebih mudah?')).toBeVisible();
	await shot(page, `${prefix}-result-offer`);
	expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { literacyLevel: true } })).literacyLevel).toBe('menengah');
	await page.getByRole('button', { name: 'Ya, ganti ke versi dasar' }).click();

	// The lesson now shows the dasar text, and the earlier attempts.
	await expect(page).toHaveURL(new RegExp(`/belajar/${COURSE}/${MODULE}$`));
	await expect(page.getByText(DASAR_TEXT)).toBeVisible();
	await expect(page.getByText(MENENGAH_TEXT)).toHaveCount(0);
	await page.getByRole('link', { name: 'Tampilkan semua' }).click();
	await expect(page.getByRole('region', { name: 'Kuis yang sudah Anda kerjakan' }).getByRole('listitem')).toHaveCount(2);
	await shot(page, `${prefix}-lesson-dasar`);

	await page.getByRole('button', { name: 'Kerjakan kuis' }).click();
	await answerQuiz(page, 'dasar', true);
	await expect(page.getByText('Selamat, Anda lulus modul ini!')).toBeVisible();
	// 100 % offers the harder level, and only offers it.
	await expect(page.getByRole('button', { name: 'Ya, ganti ke versi menengah' })).toBeVisible();
	const history = await db.levelChange.findMany({
		where: { userId: user.id },
		orderBy: { createdAt: 'asc' },
		select: { fromLevel: true, toLevel: true, reason: true }
	});
	expect(history).toEqual([
		{ fromLevel: null, toLevel: 'menengah', reason: 'placement' },
		{ fromLevel: 'menengah', toLevel: 'dasar', reason: 'quiz' }
	]);
}

test.describe('with JavaScript', () => {
	test('join → placement at menengah → quiz failed twice → dasar offered and taken → quiz passed', async ({ page }) => {
		await story(page, 'js');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('join → placement at menengah → quiz failed twice → dasar offered and taken → quiz passed', async ({ page }) => {
		await story(page, 'nojs');
	});

	test('the participant steps one level up from the lesson page; a forged level changes nothing', async ({ page }) => {
		const cohort = await createCohort();
		const participant = await createParticipant(cohort.id, { level: 'dasar' });
		await logIn(page, participant.phone, participant.pin);
		await page.goto(`/belajar/${COURSE}/${MODULE}`);
		await expect(page.getByRole('button', { name: 'Ganti ke teks yang lebih mudah' })).toHaveCount(0);
		await page
			.getByRole('button', { name: 'Ganti ke teks yang lebih sulit' })
			.evaluate((button: HTMLButtonElement) => (button.value = 'mahir'));
		const response = page.waitForResponse((r) => r.request().method() === 'POST');
		await page.getByRole('button', { name: 'Ganti ke teks yang lebih sulit' }).click();
		expect((await response).status()).toBe(400);
		await expect(page.getByRole('alert')).toContainText('Tingkat bacaan hanya dasar, menengah, atau lanjut');
		expect(await db.levelChange.count({ where: { userId: participant.id } })).toBe(0);

		await page.getByRole('button', { name: 'Ganti ke teks yang lebih sulit' }).click();
		await expect(page.getByText(MENENGAH_TEXT)).toBeVisible();
		await expect(page.getByText('Anda membaca versi menengah.')).toBeVisible();
		expect(await db.levelChange.findMany({ where: { userId: participant.id }, select: { toLevel: true, reason: true } })).toEqual([
			{ toLevel: 'menengah', reason: 'participant' }
		]);
	});

	test('a placement answer that is not an option of the item is refused with 400 and not stored', async ({ page }) => {
		const cohort = await createCohort();
		const participant = await createParticipant(cohort.id, { placed: false });
		await logIn(page, participant.phone, participant.pin);
		await expect(page).toHaveURL(/\/penempatan$/);
		await page.getByRole('button', { name: 'Mulai tes' }).click();
		const first = page.locator('button[name="option"]').first();
		await first.evaluate((button: HTMLButtonElement) => (button.value = 'o-bukan-pilihan'));
		const response = page.waitForResponse((r) => r.request().method() === 'POST');
		await first.click();
		expect((await response).status()).toBe(400);
		await expect(page.getByRole('alert')).toHaveText('Jawaban itu bukan pilihan soal ini. Ketuk salah satu jawaban di layar.');
		await expect(page.getByText('Soal 1 dari 21', { exact: true })).toBeVisible();
		expect(await db.placementAnswer.count({ where: { attempt: { userId: participant.id } } })).toBe(0);
	});

	test('a trainer sets the level of their participant with a reason, never of someone else’s', async ({ page }) => {
		const cohort = await createCohort();
		const participant = await createParticipant(cohort.id, { level: 'dasar', name: 'Yuli Astuti' });
		const other = await createCohort();
		const stranger = await createParticipant(other.id, { level: 'dasar' });
		await logIn(page, cohort.trainer.email, cohort.trainer.password);
		await page.goto(`/latih/${cohort.id}`);
		// The cohort list → the participant's page → their reading level and its history.
		await page.getByRole('link', { name: 'Yuli Astuti', exact: true }).click();
		await page.getByRole('link', { name: 'Level dan riwayat' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tingkat bacaan Yuli Astuti');

		await page.getByLabel('Menengah').evaluate((input: HTMLInputElement) => (input.value = 'mahir'));
		await page.getByLabel('Menengah').check();
		const response = page.waitForResponse((r) => r.request().method() === 'POST');
		await page.getByRole('button', { name: 'Simpan tingkat' }).click();
		expect((await response).status()).toBe(400);
		await expect(page.getByRole('alert')).toHaveText('Pilih salah satu: dasar, menengah, atau lanjut.');

		await page.getByLabel('Lanjut').check();
		await page.getByLabel(/Alasan/).fill('Sudah lancar membaca pesan pembeli.');
		await page.getByRole('button', { name: 'Simpan tingkat' }).click();
		await expect(page.getByRole('status')).toHaveText('Tingkat bacaan tersimpan.');
		await expect(page.getByText('Sekarang membaca versi lanjut.')).toBeVisible();
		await expect(page.getByRole('region', { name: 'Riwayat tingkat bacaan' })).toContainText('dasar → lanjut');
		await expect(page.getByRole('region', { name: 'Riwayat tingkat bacaan' })).toContainText('Sudah lancar membaca pesan pembeli.');
		await shot(page, 'trainer-level');

		const foreign = await page.goto(`/latih/${cohort.id}/peserta/${stranger.id}/level`);
		// Forbidden whether or not that participant exists: the answer tells nothing about other cohorts.
		expect(foreign?.status()).toBe(403);
		await expect(page.getByText('Peserta ini tidak ada di kelompok yang Anda pegang')).toBeVisible();
		expect(await db.levelChange.count({ where: { userId: stranger.id } })).toBe(0);
		expect(await db.levelChange.count({ where: { userId: participant.id } })).toBe(1);
	});
});

test('a placement item page costs at most 15 KB on the wire, without images, and ships no JavaScript', async ({ page, context }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { placed: false });
	await logIn(page, participant.phone, participant.pin);
	await page.getByRole('button', { name: 'Mulai tes' }).click();
	await expect(page.getByText('Soal 1 dari 21', { exact: true })).toBeVisible();

	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.clearBrowserCache');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const types = new Map<string, string>();
	const transferred = new Map<string, number>();
	cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
	cdp.on('Network.loadingFinished', (event) => transferred.set(event.requestId, event.encodedDataLength));
	await page.goto('/penempatan/soal', { waitUntil: 'networkidle' });
	await expect(page.getByText('Soal 1 dari 21', { exact: true })).toBeVisible();

	let total = 0;
	let scriptBytes = 0;
	for (const [requestId, bytes] of transferred) {
		const type = types.get(requestId);
		if (type === 'Image') continue;
		total += bytes;
		if (type === 'Script') scriptBytes += bytes;
	}
	console.log(`placement item page: ${total} bytes transferred, ${scriptBytes} bytes of script`);
	expect(scriptBytes).toBe(0);
	expect(await page.locator('script').count()).toBe(0);
	expect(total).toBeGreaterThan(1000);
	expect(total).toBeLessThanOrEqual(PLACEMENT_BUDGET_BYTES);
});
