import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { db } from '../../src/lib/server/db/client';
import { createCohort, createCourseEditor, createParticipant, logIn, publishPlaceholderModule } from './fixtures';

/** A phone-sized JPEG, as a trainer's camera would send it. */
async function phonePhoto(): Promise<Buffer> {
	return sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#b5523b' } })
		.composite([{ input: { create: { width: 400, height: 300, channels: 3, background: '#f2e1c0' } }, left: 600, top: 450 }])
		.jpeg({ quality: 90 })
		.toBuffer();
}

test('a course editor uploads a phone photo and gets the Markdown to paste', async ({ page }) => {
	const { course, trainer } = await createCourseEditor();
	await logIn(page, trainer.email, trainer.password);
	await page.goto(`/tulis/${course.slug}/gambar`);
	await expect(page.getByText('Belum ada gambar')).toBeVisible();

	await page
		.getByLabel('Atau pilih gambar yang sudah ada')
		.setInputFiles({ name: 'Jahitan Jelujur.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto() });
	await page.getByRole('button', { name: 'Unggah gambar' }).click();

	await expect(page).toHaveURL(/\/gambar\?baru=gambar%2Fjahitan-jelujur\.webp$/);
	await expect(page.getByRole('status')).toHaveText('Gambar tersimpan.');
	const uploaded = page.locator('section.uploaded');
	await expect(uploaded.locator('pre')).toHaveText('![Tulis apa isi gambar ini](gambar/jahitan-jelujur.webp)');
	await expect(uploaded.getByText(/^\d+ KB · 1280 × 960 piksel$/)).toBeVisible();
	await expect(uploaded.getByText(/Ganti kalimat “Tulis apa isi gambar ini”/)).toBeVisible();
	// The picture really loaded: the browser decoded the served WebP.
	const shown = uploaded.locator('img.preview');
	await expect(shown).toHaveAttribute('src', `/media/${course.slug}/gambar/jahitan-jelujur.webp`);
	expect(await shown.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(1280);
	await expect(page.getByRole('listitem').filter({ hasText: 'gambar/jahitan-jelujur.webp' })).toBeVisible();

	const stored = await db.mediaAsset.findFirstOrThrow({ where: { courseId: course.id }, select: { path: true, byteSize: true } });
	expect(stored.path).toBe('gambar/jahitan-jelujur.webp');
	expect(stored.byteSize).toBeLessThanOrEqual(120 * 1024);
});

test('a file that is not a photo is refused with a plain message and nothing is stored', async ({ page }) => {
	const { course, trainer } = await createCourseEditor();
	await logIn(page, trainer.email, trainer.password);
	await page.goto(`/tulis/${course.slug}/gambar`);
	await page
		.getByLabel('Atau pilih gambar yang sudah ada')
		.setInputFiles({ name: 'foto.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('catatan belanja: benang, jarum') });
	const [response] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		page.getByRole('button', { name: 'Unggah gambar' }).click()
	]);
	expect(response.status()).toBe(415);
	await expect(page.getByRole('alert')).toHaveText(/bukan gambar yang bisa dipakai.*JPG, PNG atau WebP/);
	expect(await db.mediaAsset.count({ where: { courseId: course.id } })).toBe(0);
});

test('the served image is a cacheable WebP with an ETag, and revalidation costs no bytes', async ({ page, request }) => {
	const { course, trainer } = await createCourseEditor();
	await logIn(page, trainer.email, trainer.password);
	await page.goto(`/tulis/${course.slug}/gambar`);
	await page
		.getByLabel('Atau pilih gambar yang sudah ada')
		.setInputFiles({ name: 'benang.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto() });
	await page.getByRole('button', { name: 'Unggah gambar' }).click();
	await expect(page.getByRole('status')).toBeVisible();

	// A course never published shows its images only to those who may edit or view it.
	const url = `/media/${course.slug}/gambar/benang.webp`;
	expect((await request.get(url)).status()).toBe(404);
	const forEditor = await page.request.get(url);
	expect(forEditor.status()).toBe(200);
	expect(forEditor.headers()['cache-control']).toBe('private, no-cache');

	// Published: no session needed, like the phones and proxies that cache them.
	await publishPlaceholderModule(course.id);
	const first = await request.get(url);
	expect(first.status()).toBe(200);
	expect(first.headers()['content-type']).toBe('image/webp');
	expect(first.headers()['x-content-type-options']).toBe('nosniff');
	const body = await first.body();
	expect(first.headers()['etag']).toBe(`"${createHash('sha256').update(body).digest('hex')}"`);
	expect((await sharp(body).metadata()).format).toBe('webp');

	const again = await request.get(url, { headers: { 'if-none-match': first.headers()['etag'] } });
	expect(again.status()).toBe(304);
	expect((await again.body()).byteLength).toBe(0);
	const changed = await request.get(url, { headers: { 'if-none-match': '"something-else"' } });
	expect(changed.status()).toBe(200);
});

test('images are cached by phones for a day', async ({ request }) => {
	const { course } = await createCourseEditor();
	const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>');
	await db.mediaAsset.create({
		data: {
			courseId: course.id,
			path: 'gambar/kotak.svg',
			contentType: 'image/svg+xml',
			bytes: new Uint8Array(svg),
			byteSize: svg.byteLength,
			sha256: createHash('sha256').update(svg).digest('hex')
		}
	});
	await publishPlaceholderModule(course.id);
	const response = await request.get(`/media/${course.slug}/gambar/kotak.svg`);
	expect(response.status()).toBe(200);
	expect(response.headers()['cache-control']).toBe('public, max-age=86400');
});

test('an SVG opened on its own is sandboxed, and unknown or traversal paths are 404', async ({ request }) => {
	const { course } = await createCourseEditor();
	const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>');
	await db.mediaAsset.create({
		data: {
			courseId: course.id,
			path: 'gambar/kotak.svg',
			contentType: 'image/svg+xml',
			bytes: new Uint8Array(svg),
			byteSize: svg.byteLength,
			sha256: createHash('sha256').update(svg).digest('hex')
		}
	});
	await publishPlaceholderModule(course.id);
	const response = await request.get(`/media/${course.slug}/gambar/kotak.svg`);
	expect(response.headers()['content-type']).toBe('image/svg+xml');
	expect(response.headers()['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");

	for (const path of ['gambar/tidak-ada.webp', 'gambar/..%2F..%2Fcourse.yaml', 'gambar/%5C..%5Ckotak.svg', 'gambar//kotak.svg']) {
		const missing = await request.get(`/media/${course.slug}/${path}`);
		expect(missing.status(), path).toBe(404);
	}
});

test('only the course editors reach the upload page: a participant gets 403, another trainer 404', async ({ page, browser }) => {
	const { course } = await createCourseEditor();
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id);
	await logIn(page, participant.phone, participant.pin);
	expect((await page.goto(`/tulis/${course.slug}/gambar`))!.status()).toBe(403);

	const trainerContext = await browser.newContext();
	const trainerPage = await trainerContext.newPage();
	await logIn(trainerPage, cohort.trainer.email, cohort.trainer.password);
	expect((await trainerPage.goto(`/tulis/${course.slug}/gambar`))!.status()).toBe(404);
	await trainerContext.close();
});
