import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { db } from '../../src/lib/server/db/client';
import { createCohort, createParticipant, logIn } from './fixtures';

const MODULE = '/belajar/menjahit-dasar/alat-dan-keselamatan';

/** A phone-sized photo: 3,000 × 2,250 px of smooth colour, about 700 KB as JPEG, with EXIF. */
async function phonePhoto(width = 3000, height = 2250): Promise<Buffer> {
	const [w, h] = [Math.round(width / 60), Math.round(height / 60)];
	return sharp(randomBytes(w * h * 3), { raw: { width: w, height: h, channels: 3 } })
		.resize(width, height, { kernel: 'cubic' })
		.withExif({ IFD0: { Make: 'HP Murah', ImageDescription: 'lokasi rumah' } })
		.jpeg({ quality: 92 })
		.toBuffer();
}

/** Bytes on the wire for one navigation (headers and bodies), cold cache. */
async function measureTransfer(context: BrowserContext, page: Page, url: string) {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.clearBrowserCache');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const transferred = new Map<string, number>();
	cdp.on('Network.loadingFinished', (event) => transferred.set(event.requestId, event.encodedDataLength));
	await page.goto(url, { waitUntil: 'networkidle' });
	await cdp.detach();
	return [...transferred.values()].reduce((sum, bytes) => sum + bytes, 0);
}

test('a participant sends a practical photo and a question; the trainer accepts with the rubric and answers; the participant sees both', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { name: 'Sari Rajin' });
	await logIn(page, participant.phone, participant.pin);

	// The task is at the end of the module: the whole module on one page.
	await page.goto(`${MODULE}?langkah=semua`);
	await page.getByRole('link', { name: 'Kirim foto tugas' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kirim foto tugas');
	const original = await phonePhoto();
	await page.getByLabel('Foto 1').setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: original });
	await page.getByLabel('Catatan untuk pelatih').fill('Gunting kain saya beri pita merah.');
	const upload = page.waitForRequest((request) => request.method() === 'POST' && request.url().includes('/tugas'));
	await page.getByRole('button', { name: 'Kirim ke pelatih' }).click();
	// Shrunk on the phone before sending: the request is far smaller than the photo.
	await expect(page).toHaveURL(new RegExp(`${MODULE}\\?langkah=semua&terkirim=tugas`), { timeout: 20_000 });
	const sentBytes = (await (await upload).sizes()).requestBodySize;
	expect(sentBytes).toBeLessThanOrEqual(300 * 1024 + 2048);
	expect(original.byteLength).toBeGreaterThan(sentBytes * 3);
	await expect(page).toHaveURL(new RegExp(`${MODULE}\\?langkah=semua&terkirim=tugas`), { timeout: 20_000 });
	await expect(page.getByText('Foto tugas sudah terkirim')).toBeVisible();
	await expect(page.getByText('Menunggu diperiksa pelatih')).toBeVisible({ timeout: 20_000 });
	const stored = await db.practicalPhoto.findFirstOrThrow({ where: { submission: { userId: participant.id } } });
	expect(Math.max(stored.width, stored.height)).toBeLessThanOrEqual(1600);

	await page.getByRole('link', { name: 'Tanya pelatih' }).click();
	await page.getByLabel('Pertanyaan Anda').fill('Setrika saya tidak bisa berdiri. Boleh ditidurkan di alasnya?');
	await page.getByRole('button', { name: 'Kirim pertanyaan' }).click();
	await expect(page.getByText('Pertanyaan terkirim')).toBeVisible();

	const trainerContext = await browser.newContext();
	const trainer = await trainerContext.newPage();
	await logIn(trainer, cohort.trainer.email, cohort.trainer.password);
	// The list of cohorts already says what is waiting.
	await expect(trainer.getByRole('link', { name: 'Pertanyaan: 1 belum dijawab' })).toBeVisible();
	await trainer.getByRole('link', { name: 'Tugas praktik: 1 menunggu' }).click();
	await expect(trainer).toHaveURL(new RegExp(`/latih/${cohort.id}/tugas$`));
	await trainer.goto(`/latih/${cohort.id}`);
	await expect(trainer.locator('ul.roster > li').filter({ hasText: 'Sari Rajin' })).toContainText('1 tugas menunggu');
	await trainer.getByRole('link', { name: 'Tugas praktik: 1 menunggu' }).click();
	await trainer.getByRole('link', { name: /Sari Rajin/ }).click();
	await expect(trainer.getByText('Gunting kain saya beri pita merah.')).toBeVisible();
	await expect(trainer.getByRole('img', { name: 'Foto tugas ke-1' })).toBeVisible();
	await trainer.getByLabel('Semua jarum ada di bantalan, tidak ada yang tercecer').check();
	await trainer.getByLabel('Gunting kain terpisah dan diberi tanda').check();
	await trainer.getByLabel('Tanggapan untuk peserta').fill('Rapi sekali, Bu Sari. Tandanya jelas.');
	await trainer.getByRole('button', { name: 'Diterima' }).click();
	await expect(trainer.getByText('Tanggapan tersimpan')).toBeVisible();

	await trainer.goto(`/latih/${cohort.id}`);
	await trainer.getByRole('link', { name: 'Pertanyaan: 1 belum dijawab' }).click();
	await trainer.getByRole('link', { name: /Setrika saya tidak bisa berdiri/ }).click();
	await trainer.getByLabel('Jawaban Anda').fill('Boleh, asal di alas tahan panas dan kabelnya tidak melintang.');
	await trainer.getByLabel(/Tampilkan pertanyaan dan jawaban ini untuk semua/).check();
	await trainer.getByRole('button', { name: 'Kirim jawaban' }).click();
	await expect(trainer.getByText('Jawaban terkirim.')).toBeVisible();
	await trainerContext.close();

	await page.goto(`${MODULE}?langkah=semua`);
	await expect(page.getByText('Diterima', { exact: true })).toBeVisible();
	await expect(page.getByText('Rapi sekali, Bu Sari. Tandanya jelas.')).toBeVisible();
	await expect(page.getByText('✓ Semua jarum ada di bantalan, tidak ada yang tercecer')).toBeVisible();
	await expect(page.getByText('✗ Setrika berdiri, kabel tidak melintang')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Kirim foto perbaikan' })).toHaveCount(0);
	await expect(page.getByText('Boleh, asal di alas tahan panas').first()).toBeVisible();
	await page.goto('/belajar');
	await expect(page.getByText('Boleh, asal di alas tahan panas')).toBeVisible();

	// A classmate sees the shared question under the module, without the asker's name.
	const classmate = await createParticipant(cohort.id, { name: 'Teman Sekelas' });
	const classmateContext = await browser.newContext();
	const classmatePage = await classmateContext.newPage();
	await logIn(classmatePage, classmate.phone, classmate.pin);
	await classmatePage.goto(`${MODULE}?langkah=semua`);
	const shared = classmatePage.getByRole('region', { name: 'Pertanyaan yang berguna untuk semua' });
	await expect(shared).toContainText('Setrika saya tidak bisa berdiri');
	await expect(shared).not.toContainText('Sari');
	await classmateContext.close();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a PDF or HTML file named .jpg, a photo over 10 MB and an empty question get clear messages; nothing is stored', async ({
		page
	}) => {
		test.setTimeout(90_000);
		const cohort = await createCohort();
		const participant = await createParticipant(cohort.id);
		await logIn(page, participant.phone, participant.pin);
		const send = async (name: string, buffer: Buffer) => {
			await page.goto(`${MODULE}/tugas`);
			await page.getByLabel('Foto 1').setInputFiles({ name, mimeType: 'image/jpeg', buffer });
			const response = page.waitForResponse((r) => r.request().method() === 'POST');
			await page.getByRole('button', { name: 'Kirim ke pelatih' }).click();
			return (await response).status();
		};
		expect(await send('tugas.jpg', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'))).toBe(415);
		await expect(page.getByRole('alert')).toHaveText('Foto 1: file ini bukan foto. Kirim foto berjenis JPG, PNG atau WebP.');
		expect(await send('foto.jpg', Buffer.from('<!doctype html><script>alert(1)</script>'))).toBe(415);
		await expect(page.getByRole('alert')).toContainText('file ini bukan foto');
		expect(await send('besar.jpg', Buffer.concat([await phonePhoto(800, 600), Buffer.alloc(11 * 1024 * 1024)]))).toBe(413);
		await expect(page.getByRole('alert')).toContainText('lebih dari 10 MB');
		// The plain form works: the server shrinks a full-size photo itself.
		expect(await send('IMG_1.jpg', await phonePhoto())).toBe(303);
		await expect(page.getByText('Menunggu diperiksa pelatih')).toBeVisible({ timeout: 20_000 });
		expect(await db.practicalSubmission.count({ where: { userId: participant.id } })).toBe(1);

		await page.goto(`${MODULE}/tanya`);
		await page.getByLabel('Pertanyaan Anda').fill('   ');
		const response = page.waitForResponse((r) => r.request().method() === 'POST');
		await page.getByRole('button', { name: 'Kirim pertanyaan' }).click();
		expect((await response).status()).toBe(400);
		await expect(page.getByRole('alert')).toHaveText('Pertanyaannya masih kosong. Tulis dulu apa yang ingin Anda tanyakan.');
		expect(await db.trainerQuestion.count({ where: { userId: participant.id } })).toBe(0);
	});
});

test('a 30 MB photo is refused with 413 and stores nothing', async ({ page }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id);
	await logIn(page, participant.phone, participant.pin);
	const response = await page.request.post(`${MODULE}/tugas?/send`, {
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		multipart: { foto: { name: 'besar.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(30 * 1024 * 1024, 0xff) } }
	});
	expect(response.status()).toBe(413);
	expect(await response.text()).toContain('lebih dari 10 MB');
	expect(await db.practicalSubmission.count({ where: { userId: participant.id } })).toBe(0);
});

test('a trainer of another cohort reaches none of the submissions, photos, questions or participants', async ({ page, browser }) => {
	const mine = await createCohort();
	const other = await createCohort();
	const participant = await createParticipant(mine.id);
	await logIn(page, participant.phone, participant.pin);
	await page.goto(`${MODULE}/tugas`);
	await page.getByLabel('Foto 1').setInputFiles({ name: 'a.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto(800, 600) });
	await page.getByRole('button', { name: 'Kirim ke pelatih' }).click();
	await expect(page.getByText('Menunggu diperiksa pelatih')).toBeVisible({ timeout: 20_000 });
	await page.goto(`${MODULE}/tanya`);
	await page.getByLabel('Pertanyaan Anda').fill('Halo, Bu?');
	await page.getByRole('button', { name: 'Kirim pertanyaan' }).click();
	await expect(page.getByText('Pertanyaan terkirim')).toBeVisible();
	const submission = await db.practicalSubmission.findFirstOrThrow({
		where: { userId: participant.id },
		select: { id: true, photos: { select: { id: true } } }
	});
	const question = await db.trainerQuestion.findFirstOrThrow({ where: { userId: participant.id }, select: { id: true } });

	const outsider = await (await browser.newContext()).newPage();
	await logIn(outsider, other.trainer.email, other.trainer.password);
	for (const path of [
		`/latih/${mine.id}`,
		`/latih/${mine.id}/tugas`,
		`/latih/${mine.id}/tugas/${submission.id}`,
		`/latih/${other.id}/tugas/${submission.id}`,
		`/latih/${mine.id}/tanya/${question.id}`,
		`/latih/${other.id}/tanya/${question.id}`,
		`/latih/${mine.id}/peserta/${participant.id}`,
		`/latih/${other.id}/peserta/${participant.id}`,
		`/foto/tugas/${submission.photos[0].id}`
	]) {
		expect((await outsider.request.get(path)).status(), path).toBe(404);
	}
	const review = await outsider.request.post(`/latih/${other.id}/tugas/${submission.id}?/review`, {
		headers: { origin: new URL(outsider.url()).origin },
		form: { verdict: 'accepted', feedback: 'ok' }
	});
	expect(review.status()).toBe(404);
	expect(await db.practicalSubmission.findUniqueOrThrow({ where: { id: submission.id }, select: { status: true } })).toEqual({
		status: 'submitted'
	});
	// The organizer of the participant's program may see the photo; it is private.
	const organizer = await (await browser.newContext()).newPage();
	await logIn(organizer, mine.organizer.email, mine.organizer.password);
	const photo = await organizer.request.get(`/foto/tugas/${submission.photos[0].id}`);
	expect(photo.status()).toBe(200);
	expect(photo.headers()['cache-control']).toMatch(/^private/);
	expect(photo.headers()['content-type']).toBe('image/webp');
});

test('sizes: the cohort page with 60 participants ≤ 40 KB, the review page with 3 photos ≤ 400 KB', async ({ page, context }) => {
	test.setTimeout(120_000);
	const cohort = await createCohort();
	const participants = await Promise.all(
		Array.from({ length: 60 }, (_, n) => createParticipant(cohort.id, { name: `Peserta Nomor ${n + 1}` }))
	);
	await logIn(page, participants[0].phone, participants[0].pin);
	await page.goto(`${MODULE}/tugas`);
	for (const n of [1, 2, 3])
		await page.getByLabel(new RegExp(`^Foto ${n}`)).setInputFiles({ name: `${n}.jpg`, mimeType: 'image/jpeg', buffer: await phonePhoto() });
	await page.getByRole('button', { name: 'Kirim ke pelatih' }).click();
	await expect(page.getByText('Menunggu diperiksa pelatih')).toBeVisible({ timeout: 20_000 });
	const submission = await db.practicalSubmission.findFirstOrThrow({ where: { userId: participants[0].id }, select: { id: true } });
	await context.clearCookies();

	await logIn(page, cohort.trainer.email, cohort.trainer.password);
	const cohortBytes = await measureTransfer(context, page, `/latih/${cohort.id}`);
	await expect(page.locator('ul.roster').getByRole('link', { name: /Peserta Nomor/ })).toHaveCount(60);
	const reviewBytes = await measureTransfer(context, page, `/latih/${cohort.id}/tugas/${submission.id}`);
	await expect(page.getByRole('img', { name: /Foto tugas ke-/ })).toHaveCount(3);
	console.log(`cohort page (60 participants): ${cohortBytes} bytes; review page (3 photos): ${reviewBytes} bytes`);
	// Measured, not a redirect: 60 near-identical rows compress to little with brotli.
	expect(cohortBytes).toBeGreaterThan(1_500);
	expect(cohortBytes).toBeLessThanOrEqual(40 * 1024);
	expect(reviewBytes).toBeGreaterThan(20_000);
	expect(reviewBytes).toBeLessThanOrEqual(400 * 1024);
});
