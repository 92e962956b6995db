import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { db } from '../../src/lib/server/db/client';
import { importContentLibrary } from '../../src/lib/server/library/content-import';
import { createCohort, createParticipant, logIn } from './fixtures';

// Pre-test → every module of a small course → post-test and gain → certificate (its text read
// back with pdf.js) → the public verification page → the organizer revokes → the page says so.
// Once with JavaScript and once without: every step is a plain form or link.

const QUIZ_MODULE = `---
title: Menyimpan Jarum
summary: Di mana jarum disimpan supaya aman.
minutes: 20
---
Simpan jarum di bantalan jarum. Jangan di kasur.

::::quiz
### Di mana jarum disimpan? {#simpan}
- [x] Di bantalan jarum {#bantalan}
- [ ] Di kasur {#kasur}

Penjelasan: Di bantalan jarum, jarum tidak hilang dan tidak melukai orang.
::::
`;
const READING_MODULE = `---
title: Merapikan Meja
summary: Meja rapi sebelum dan sesudah menjahit.
minutes: 10
---
Setelah menjahit, rapikan meja. Simpan gunting dan jarum.
`;
const PRETEST = `---
title: Tes Awal Kursus Kecil
summary: Dua soal singkat.
minutes: 3
---
Ini bukan ujian.

::::quiz
### Di mana jarum disimpan? {#pre-jarum}
- [x] Di bantalan jarum {#pre-bantalan}
- [ ] Di kasur {#pre-kasur}

### Kapan meja dirapikan? {#pre-meja}
- [x] Setelah menjahit {#pre-setelah}
- [ ] Besok saja {#pre-besok}
::::
`;

// One worker for this file: the fixture imports a course in a transaction, and two imports at
// once on the run's SQLite file wait on each other's write lock.
test.describe.configure({ mode: 'serial' });

const SHOTS = process.env.CERTS_SHOTS;
async function shot(page: Page, name: string) {
	if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** A course of two short modules, none with practical_required, imported as the library is. */
async function createSmallCourse() {
	const slug = `kursus-kecil-${randomBytes(4).toString('hex')}`;
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berdaya-e2e-course-'));
	const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, slug, name), text);
	fs.mkdirSync(path.join(dir, slug));
	write(
		'course.yaml',
		`title: Kursus Kecil ${slug.slice(-8)}\nsummary: Dua modul pendek.\nmodules:\n  - menyimpan-jarum\n  - merapikan-meja\n`
	);
	write('menyimpan-jarum.md', QUIZ_MODULE);
	write('merapikan-meja.md', READING_MODULE);
	write('pretest.md', PRETEST);
	// The importer's transaction reads, then writes; on the run's shared SQLite file a write by the
	// server in between makes SQLite refuse the upgrade (SQLITE_BUSY_SNAPSHOT). The import is
	// idempotent, so trying again is safe.
	let report: Awaited<ReturnType<typeof importContentLibrary>> | undefined;
	for (let attempt = 1; !report; attempt++) {
		try {
			report = await importContentLibrary(dir);
		} catch (error) {
			if (attempt >= 5) throw error;
		}
	}
	fs.rmSync(dir, { recursive: true, force: true });
	expect(report.errors).toEqual([]);
	return db.course.findUniqueOrThrow({ where: { slug }, select: { id: true, slug: true, title: true } });
}

async function pdfText(bytes: Buffer): Promise<string> {
	// Standard-font metrics are built into pdf.js; the glyph files are needed only to draw, not to read text.
	const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
	const page = await document.getPage(1);
	const content = await page.getTextContent();
	return content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
}

/** Bytes on the wire (headers and compressed bodies) to load a page, cold cache. */
async function transferredBytes(page: Page, url: string): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.clearBrowserCache');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const transferred = new Map<string, number>();
	cdp.on('Network.loadingFinished', (event) => transferred.set(event.requestId, event.encodedDataLength));
	await page.goto(url, { waitUntil: 'networkidle' });
	await cdp.detach();
	return [...transferred.values()].reduce((sum, bytes) => sum + bytes, 0);
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });

		test('a participant completes a small course, downloads the certificate, and the organizer revokes it', async ({ page, browser }) => {
			// A whole course, three people and a PDF: longer than one page's default budget.
			test.setTimeout(120_000);
			const course = await createSmallCourse();
			const cohort = await createCohort({ courses: 'none' });
			await db.cohortCourse.create({ data: { cohortId: cohort.id, courseId: course.id } });
			const name = `Siti Nur'aini ${randomBytes(2).toString('hex')}`;
			const participant = await createParticipant(cohort.id, { name });
			await logIn(page, participant.phone, participant.pin);

			// The pre-test is offered before the first module, without feedback per question.
			await page.getByRole('link', { name: course.title }).click();
			await shot(page, 'course-pretest-offer');
			await page.getByRole('link', { name: 'Kerjakan tes awal' }).click();
			expect(await page.content()).not.toMatch(/correct|Penjelasan/i);
			await shot(page, 'pretest');
			await page.locator('input[name="q:pre-jarum"][value="pre-bantalan"]').check();
			await page.locator('input[name="q:pre-meja"][value="pre-besok"]').check();
			await page.getByRole('button', { name: 'Kirim jawaban' }).click();
			await expect(page).toHaveURL(new RegExp(`/belajar/${course.slug}$`));
			await expect(page.getByText('Nilai tes awal Anda: 50.')).toBeVisible();
			await expect(page.getByText('Kurang tepat')).toHaveCount(0);

			// A second pre-test: a clear message, 409, nothing stored.
			const again = await page.goto(`/belajar/${course.slug}/tes/awal`);
			expect(again?.status()).toBe(409);
			await expect(page.getByRole('heading', { level: 1 })).toContainText('Anda sudah mengerjakan tes ini');
			expect(await db.courseTestAttempt.count({ where: { userId: participant.id } })).toBe(1);

			// Module 1: read, then its quiz.
			await page.goto(`/belajar/${course.slug}`);
			await page.getByRole('link', { name: 'Menyimpan Jarum' }).click();
			await page.getByRole('button', { name: 'Kerjakan kuis' }).click();
			await page.locator('input[name="q:simpan"][value="bantalan"]').check();
			await page.getByRole('button', { name: 'Kirim jawaban' }).click();
			await expect(page).toHaveURL(/\/belajar\/hasil\//);
			await page.getByRole('link', { name: 'Kembali ke daftar modul' }).first().click();
			await expect(page.getByText('1 dari 2 modul selesai')).toBeVisible();

			// Module 2 has no quiz: reading it completes it, and with it the course.
			await page.getByRole('link', { name: 'Merapikan Meja' }).click();
			await page.getByRole('button', { name: 'Tandai selesai dibaca' }).click();
			await expect(page.getByText('2 dari 2 modul selesai')).toBeVisible();
			await expect(page.getByRole('heading', { name: 'Selamat! Anda sudah menyelesaikan kursus ini.' })).toBeVisible();

			// The post-test: the same items; the gain is shown.
			await page.getByRole('link', { name: 'Kerjakan tes akhir' }).click();
			await page.locator('input[name="q:pre-jarum"][value="pre-bantalan"]').check();
			await page.locator('input[name="q:pre-meja"][value="pre-setelah"]').check();
			await page.getByRole('button', { name: 'Kirim jawaban' }).click();
			await expect(page.getByText('Nilai awal 50, nilai akhir 100.')).toBeVisible();
			await shot(page, 'course-complete');

			// The home page shows the course as complete.
			await page.goto('/belajar');
			await expect(page.getByText('Kursus selesai')).toBeVisible();
			await page.goto(`/belajar/${course.slug}`);

			// The certificate: a real PDF with the name and the code in its text.
			const stored = await db.certificate.findUniqueOrThrow({
				where: { userId_courseId: { userId: participant.id, courseId: course.id } },
				select: { code: true }
			});
			const code = stored.code.match(/.{4}/g)!.join('-');
			await expect(page.getByText('Kode sertifikat:')).toContainText(code);
			const downloading = page.waitForEvent('download');
			await page.getByRole('link', { name: 'Unduh sertifikat (PDF)' }).click();
			const download = await downloading;
			const file = await download.path();
			const bytes = fs.readFileSync(file);
			if (SHOTS) fs.writeFileSync(path.join(SHOTS, 'certificate.pdf'), bytes);
			expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
			expect(bytes.byteLength).toBeLessThanOrEqual(150 * 1024);
			const text = await pdfText(bytes);
			expect(text).toContain(name);
			expect(text).toContain(code);
			expect(text).toContain(course.title);
			expect(text).toContain('Lama belajar: 30 menit');
			expect(text).toContain(cohort.programName);

			// The public page: valid, small, and nothing but name, course, date and program.
			const verifyUrl = `/verifikasi/${code}`;
			const bytesOnWire = await transferredBytes(page, verifyUrl);
			expect(bytesOnWire).toBeGreaterThan(500);
			expect(bytesOnWire).toBeLessThanOrEqual(10 * 1024);
			await expect(page.getByText('Sertifikat ini sah.')).toBeVisible();
			await expect(page.getByText(name)).toBeVisible();
			expect(await page.content()).not.toContain(participant.phone.slice(1));
			expect(await page.content()).not.toContain(participant.id);
			await shot(page, 'verify-valid');

			// Unknown and malformed codes: the same clear message, 404.
			for (const wrong of ['AAAA-BBBB-CCCC-DDDD', 'bukan-kode']) {
				const response = await page.goto(`/verifikasi/${wrong}`);
				expect(response?.status()).toBe(404);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kode sertifikat ini tidak kami kenal/);
			}
			await shot(page, 'verify-unknown');

			// The trainer sees the scores of each participant, on a page that fits a phone.
			const trainerContext = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 740 } });
			const trainerPage = await trainerContext.newPage();
			await logIn(trainerPage, cohort.trainer.email, cohort.trainer.password);
			await trainerPage.goto(`/latih/${cohort.id}`);
			await trainerPage.getByRole('link', { name: 'Nilai tes awal dan akhir' }).click();
			const card = trainerPage.getByRole('listitem').filter({ hasText: name });
			await expect(card).toContainText('50');
			await expect(card).toContainText('100');
			await expect(card).toContainText('+50');
			expect(await trainerPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			await shot(trainerPage, 'trainer-scores');
			await trainerContext.close();

			// The organizer revokes it with a reason; a too-short reason is refused first.
			const organizerContext = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 740 } });
			const organizerPage = await organizerContext.newPage();
			await logIn(organizerPage, cohort.organizer.email, cohort.organizer.password);
			await organizerPage.getByRole('link', { name: 'Sertifikat peserta' }).click();
			const item = organizerPage.getByRole('listitem').filter({ hasText: name });
			await item.getByText('Cabut sertifikat').first().click();
			await item.getByLabel('Alasan mencabut').fill('abc');
			await item.getByLabel('Alasan mencabut').evaluate((element) => element.removeAttribute('required'));
			const refused = organizerPage.waitForResponse((response) => response.request().method() === 'POST');
			await item.getByRole('button', { name: 'Cabut sertifikat' }).click();
			expect((await refused).status()).toBe(400);
			await expect(organizerPage.getByRole('alert')).toContainText('paling sedikit 5 huruf');
			await shot(organizerPage, 'organizer-certificates');
			await organizerPage.getByLabel('Alasan mencabut').fill('Nama peserta salah ketik');
			await organizerPage.getByRole('button', { name: 'Cabut sertifikat' }).click();
			await expect(organizerPage.getByText(`Sertifikat ${code} sudah dicabut.`)).toBeVisible();
			await organizerContext.close();

			await page.goto(verifyUrl);
			await expect(page.getByText('Sertifikat ini sudah dicabut dan tidak berlaku lagi.')).toBeVisible();
			await expect(page.getByText('Nama peserta salah ketik')).toHaveCount(0);
			await shot(page, 'verify-revoked');
		});
	});
}
