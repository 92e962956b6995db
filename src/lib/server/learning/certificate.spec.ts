import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { db } from '#lib/server/db/client';
import { importContentLibrary } from '#lib/server/library/content-import';
import * as course from '#lib/server/learning/course';
import * as courseTest from '#lib/server/learning/course-test';
import * as certificate from '#lib/server/learning/certificate';
import * as quiz from '#lib/server/learning/quiz';
import { encodeCertificateCode, groupedCertificateCode, normalizeCertificateCode } from '#lib/certificate-code';

const QUIZ_MODULE = `---
title: Modul Kuis
summary: Satu soal.
minutes: 25
---
Teks modul.

::::quiz
### Apa warna benang? {#warna}
- [x] Putih {#putih}
- [ ] Hitam {#hitam}

Penjelasan: Putih.
::::
`;
const READING_MODULE = `---
title: Modul Bacaan
summary: Tanpa kuis.
minutes: 20
---
Isi bacaan.
`;
const PRACTICAL_MODULE = `---
title: Modul Praktik
summary: Dengan tugas.
minutes: 15
practical_required: true
---
Isi.

:::tugas
Jahit sapu tangan.

Foto: sapu tangan dari dekat.

Kriteria:
- Jahitan lurus
:::
`;
const PRETEST = `---
title: Tes Awal
summary: Apa yang sudah Anda tahu.
minutes: 5
---
Jawab sebisanya.

::::quiz
### Di mana jarum disimpan? {#jarum}
- [x] Di bantalan jarum {#bantalan}
- [ ] Di kasur {#kasur}

### Gunting kain dipakai untuk? {#gunting}
- [x] Kain saja {#kain}
- [ ] Kertas juga {#kertas}
::::
`;

let dir: string;
const ORIGIN = 'https://berdaya.test';

function write(relative: string, text: string) {
	const file = path.join(dir, relative);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, text);
}

beforeAll(async () => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berdaya-certs-'));
	write('kursus-pendek/course.yaml', 'title: Kursus Pendek\nsummary: Untuk tes.\nmodules:\n  - modul-kuis\n  - modul-bacaan\n');
	write('kursus-pendek/modul-kuis.md', QUIZ_MODULE);
	write('kursus-pendek/modul-bacaan.md', READING_MODULE);
	write('kursus-pendek/pretest.md', PRETEST);
	write('kursus-praktik/course.yaml', 'title: Kursus Praktik\nsummary: Untuk tes.\nmodules:\n  - modul-praktik\n');
	write('kursus-praktik/modul-praktik.md', PRACTICAL_MODULE);
	const report = await importContentLibrary(dir);
	expect(report.errors).toEqual([]);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function enrolled(name = `Peserta ${randomBytes(3).toString('hex')}`) {
	const tag = randomBytes(4).toString('hex');
	const organizer = await db.user.create({ data: { role: 'organizer', name: `Yayasan ${tag}`, secretHash: 'x' } });
	const participant = await db.user.create({ data: { role: 'participant', name, literacyLevel: 'menengah', secretHash: 'x' } });
	const courses = await db.course.findMany({ select: { id: true } });
	const program = await db.program.create({ data: { name: `Program ${tag}`, organizers: { create: { userId: organizer.id } } } });
	await db.cohort.create({
		data: {
			name: `Kelompok ${tag}`,
			joinCode: `C${tag}`.toUpperCase(),
			programId: program.id,
			courses: { create: courses.map((c) => ({ courseId: c.id })) },
			enrollments: { create: { userId: participant.id } }
		}
	});
	return { participant, organizer: { id: organizer.id, role: 'organizer' }, program };
}

async function courseId(slug: string) {
	return (await db.course.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

async function passQuiz(userId: string) {
	const version = await db.module.findFirstOrThrow({ where: { slug: 'modul-kuis' }, select: { publishedVersionId: true } });
	const result = await quiz.submitQuizAttempt({
		userId,
		level: 'menengah',
		courseSlug: 'kursus-pendek',
		moduleSlug: 'modul-kuis',
		versionId: version.publishedVersionId!,
		fields: new Map([['q:warna', ['putih']]])
	});
	expect(result).toMatchObject({ ok: true, passed: true });
}

async function completeShortCourse(userId: string) {
	await course.recordReadingForParticipant(userId, 'menengah', 'kursus-pendek', 'modul-kuis');
	await passQuiz(userId);
	await course.recordReadingForParticipant(userId, 'menengah', 'kursus-pendek', 'modul-bacaan');
}

const answers = (entries: [string, string][]) => new Map(entries.map(([name, value]) => [name, [value]]));

describe('pre-test import', () => {
	it('stores pretest.md as version 1 and writes nothing on an unchanged import', async () => {
		const again = await importContentLibrary(dir);
		expect(again.courses.find((c) => c.slug === 'kursus-pendek')?.pretest).toEqual({ status: 'unchanged', version: 1 });
		expect(await db.courseTestVersion.count()).toBe(1);
	});
});

describe('pre-test and post-test', () => {
	it('is taken once; a second submission stores nothing', async () => {
		const { participant } = await enrolled();
		const page = await courseTest.readCourseTestForParticipant(participant.id, 'menengah', 'kursus-pendek', 'pretest');
		if (!page.ok) throw new Error('expected the pre-test');
		// The page never carries which answer is right.
		expect(JSON.stringify(page.questions)).not.toMatch(/correct|Penjelasan/);
		const input = {
			userId: participant.id,
			level: 'menengah' as const,
			courseSlug: 'kursus-pendek',
			kind: 'pretest' as const,
			versionId: page.versionId
		};
		const first = await courseTest.submitCourseTest({
			...input,
			fields: answers([
				['q:jarum', 'bantalan'],
				['q:gunting', 'kertas']
			])
		});
		expect(first).toEqual({ ok: true, percent: 50 });
		const second = await courseTest.submitCourseTest({
			...input,
			fields: answers([
				['q:jarum', 'bantalan'],
				['q:gunting', 'kain']
			])
		});
		expect(second).toEqual({ ok: false, reason: 'already-taken' });
		expect(await db.courseTestAttempt.findMany({ where: { userId: participant.id }, select: { percent: true } })).toEqual([
			{ percent: 50 }
		]);
	});

	it('refuses an option not in the item and an unanswered item, storing nothing', async () => {
		const { participant } = await enrolled();
		const page = await courseTest.readCourseTestForParticipant(participant.id, 'menengah', 'kursus-pendek', 'pretest');
		if (!page.ok) throw new Error('expected the pre-test');
		const input = { userId: participant.id, level: 'menengah' as const, courseSlug: 'kursus-pendek', kind: 'pretest' as const };
		const forged = answers([
			['q:jarum', 'di-laci'],
			['q:gunting', 'kain']
		]);
		expect(await courseTest.submitCourseTest({ ...input, versionId: page.versionId, fields: forged })).toEqual({
			ok: false,
			reason: 'tampered'
		});
		expect(await courseTest.submitCourseTest({ ...input, versionId: page.versionId, fields: answers([['q:jarum', 'kasur']]) })).toEqual({
			ok: false,
			reason: 'unanswered',
			questionIds: ['gunting']
		});
		expect(await db.courseTestAttempt.count({ where: { userId: participant.id } })).toBe(0);
	});

	it('closes once a module is started, and a skip is final', async () => {
		const started = await enrolled();
		await course.recordReadingForParticipant(started.participant.id, 'menengah', 'kursus-pendek', 'modul-bacaan');
		expect(await courseTest.readCourseTestForParticipant(started.participant.id, 'menengah', 'kursus-pendek', 'pretest')).toEqual({
			ok: false,
			reason: 'closed'
		});
		const skipper = await enrolled();
		expect(await courseTest.skipPretest(skipper.participant.id, 'kursus-pendek')).toEqual({ ok: true });
		expect(await courseTest.skipPretest(skipper.participant.id, 'kursus-pendek')).toEqual({ ok: false, reason: 'already-taken' });
		const tests = await courseTest.readCourseTests(skipper.participant.id, await courseId('kursus-pendek'));
		expect(tests).toMatchObject({ pretestOpen: false, pretestDone: true, pre: null });
	});

	it('opens the post-test after the last module, on the same items, and gives the gain', async () => {
		const { participant } = await enrolled();
		const pre = await courseTest.readCourseTestForParticipant(participant.id, 'menengah', 'kursus-pendek', 'pretest');
		if (!pre.ok) throw new Error('expected the pre-test');
		const base = { userId: participant.id, level: 'menengah' as const, courseSlug: 'kursus-pendek' };
		await courseTest.submitCourseTest({
			...base,
			kind: 'pretest',
			versionId: pre.versionId,
			fields: answers([
				['q:jarum', 'kasur'],
				['q:gunting', 'kain']
			])
		});
		expect(await courseTest.readCourseTestForParticipant(participant.id, 'menengah', 'kursus-pendek', 'posttest')).toEqual({
			ok: false,
			reason: 'not-complete'
		});
		await completeShortCourse(participant.id);
		const post = await courseTest.readCourseTestForParticipant(participant.id, 'menengah', 'kursus-pendek', 'posttest');
		if (!post.ok) throw new Error('expected the post-test');
		expect(post.versionId).toBe(pre.versionId);
		expect(post.questions.map((question) => question.id)).toEqual(pre.questions.map((question) => question.id));
		await courseTest.submitCourseTest({
			...base,
			kind: 'posttest',
			versionId: post.versionId,
			fields: answers([
				['q:jarum', 'bantalan'],
				['q:gunting', 'kain']
			])
		});
		expect(await courseTest.readCourseTests(participant.id, await courseId('kursus-pendek'))).toMatchObject({
			pre: 50,
			post: 100,
			gain: 50
		});
	});

	it('computes the gain only when both scores exist', () => {
		expect(courseTest.gainOf(40, 80)).toEqual({ pre: 40, post: 80, gain: 40 });
		expect(courseTest.gainOf(90, 70)).toEqual({ pre: 90, post: 70, gain: -20 });
		expect(courseTest.gainOf(null, 80)).toEqual({ pre: null, post: 80, gain: null });
		expect(courseTest.gainOf(40, undefined)).toEqual({ pre: 40, post: null, gain: null });
	});
});

describe('completion', () => {
	it('needs the reading as well as the passed quiz', async () => {
		const { participant } = await enrolled();
		const id = await courseId('kursus-pendek');
		expect(await course.hasModuleNotRead(participant.id, id)).toBe(true);
		await passQuiz(participant.id);
		const seen = await course.readCourseForParticipant(participant.id, 'kursus-pendek', 'menengah');
		expect(seen?.modules.map((module) => module.state)).toEqual(['started', 'new']);
		await course.recordReadingForParticipant(participant.id, 'menengah', 'kursus-pendek', 'modul-kuis');
		// The quick check the certificate makes first: one module still unread means not complete.
		expect(await course.hasModuleNotRead(participant.id, id)).toBe(true);
		await course.recordReadingForParticipant(participant.id, 'menengah', 'kursus-pendek', 'modul-bacaan');
		expect(await course.hasModuleNotRead(participant.id, id)).toBe(false);
		const done = await course.readCourseForParticipant(participant.id, 'kursus-pendek', 'menengah');
		expect(done?.modules.map((module) => module.state)).toEqual(['completed', 'completed']);
		expect(done?.complete).toBe(true);
		expect((await course.listCoursesForParticipant(participant.id, 'menengah')).find((c) => c.slug === 'kursus-pendek')).toMatchObject({
			done: 2,
			total: 2,
			complete: true
		});
	});

	it('leaves a practical_required module waiting for the trainer', async () => {
		const { participant } = await enrolled();
		await course.recordReadingForParticipant(participant.id, 'menengah', 'kursus-praktik', 'modul-praktik');
		const seen = await course.readCourseForParticipant(participant.id, 'kursus-praktik', 'menengah');
		expect(seen?.modules.map((module) => module.state)).toEqual(['awaiting-trainer']);
		expect(seen?.complete).toBe(false);
		const issue = await certificate.issueCertificateIfComplete({
			userId: participant.id,
			courseId: await courseId('kursus-praktik'),
			level: 'menengah',
			origin: ORIGIN
		});
		expect(issue).toEqual({ issued: false, reason: 'not-complete' });
	});
});

describe('certificates', () => {
	it('issues one certificate, once, with a random code, and a PDF that says who and what', async () => {
		const { participant, program } = await enrolled("Siti Nur'aini Şahin");
		const id = await courseId('kursus-pendek');
		const input = { userId: participant.id, courseId: id, level: 'menengah' as const, origin: ORIGIN };
		expect(await certificate.issueCertificateIfComplete(input)).toEqual({ issued: false, reason: 'not-complete' });
		await completeShortCourse(participant.id);
		const [first, second] = await Promise.all([
			certificate.issueCertificateIfComplete(input),
			certificate.issueCertificateIfComplete(input)
		]);
		const third = await certificate.issueCertificateIfComplete(input);
		if (!first.issued || !second.issued || !third.issued) throw new Error('expected a certificate');
		expect(new Set([first.code, second.code, third.code]).size).toBe(1);
		expect(await db.certificate.count({ where: { userId: participant.id } })).toBe(1);
		expect(first.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
		expect(first.code).not.toContain(participant.id.slice(0, 6).toUpperCase());

		const stored = await db.certificate.findUniqueOrThrow({ where: { code: first.code } });
		expect(stored).toMatchObject({
			minutes: 45,
			programId: program.id,
			courseTitle: 'Kursus Pendek',
			participantName: "Siti Nur'aini Şahin"
		});
		expect(stored.pdf.byteLength).toBeLessThanOrEqual(150 * 1024);
		const pdf = await PDFDocument.load(stored.pdf);
		const [page] = pdf.getPages();
		expect([Math.round(page.getWidth()), Math.round(page.getHeight())]).toEqual([595, 842]);
		expect(pdf.getTitle()).toBe('Sertifikat Kursus Pendek');

		const download = await certificate.readCertificatePdf(participant.id, 'kursus-pendek');
		expect(download?.bytes.byteLength).toBe(stored.pdf.byteLength);
		const other = await enrolled();
		expect(await certificate.readCertificatePdf(other.participant.id, 'kursus-pendek')).toBeNull();
	});

	it('verifies a code in any case and grouping, says nothing of an unknown one, and revokes only within the organizer’s programs', async () => {
		const { participant, organizer } = await enrolled('Budi Santoso');
		await completeShortCourse(participant.id);
		const issued = await certificate.issueCertificateIfComplete({
			userId: participant.id,
			courseId: await courseId('kursus-pendek'),
			level: 'menengah',
			origin: ORIGIN
		});
		if (!issued.issued) throw new Error('expected a certificate');
		const grouped = groupedCertificateCode(issued.code);
		const shown = await certificate.verifyCertificate(grouped.toLowerCase());
		expect(shown).toEqual({
			code: grouped,
			valid: true,
			participantName: 'Budi Santoso',
			courseTitle: 'Kursus Pendek',
			completedAt: expect.any(Date),
			programName: expect.stringMatching(/^Program /)
		});
		expect(await certificate.verifyCertificate('AAAA-BBBB-CCCC-DDDD')).toBeNull();
		expect(await certificate.verifyCertificate('not-a-code')).toBeNull();

		const stranger = await enrolled();
		expect(await certificate.revokeCertificate(stranger.organizer, { code: grouped, reason: 'Salah orang' })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect((await certificate.verifyCertificate(grouped))?.valid).toBe(true);
		expect(await certificate.listCertificatesForOrganizer(stranger.organizer)).toEqual([]);

		expect(await certificate.revokeCertificate(organizer, { code: grouped, reason: 'Diberikan karena kesalahan data' })).toEqual({
			ok: true
		});
		expect((await certificate.verifyCertificate(grouped))?.valid).toBe(false);
		expect(await certificate.revokeCertificate(organizer, { code: grouped, reason: 'Lagi' })).toEqual({
			ok: false,
			reason: 'already-revoked'
		});
		const listed = await certificate.listCertificatesForOrganizer(organizer, 'Budi');
		expect(listed.map((row) => [row.code, row.revokedReason])).toEqual([[grouped, 'Diberikan karena kesalahan data']]);
		// A revoked certificate can no longer be downloaded, and is not issued again.
		expect(await certificate.readCertificatePdf(participant.id, 'kursus-pendek')).toBeNull();
		const again = await certificate.issueCertificateIfComplete({
			userId: participant.id,
			courseId: await courseId('kursus-pendek'),
			level: 'menengah',
			origin: ORIGIN
		});
		expect(again).toEqual({ issued: true, code: issued.code, created: false });
	});
});

describe('certificate codes', () => {
	it('encode 80 bits as 16 Crockford symbols and forgive I, L, O and dashes when typed', () => {
		const code = encodeCertificateCode(new Uint8Array([255, 0, 1, 2, 3, 4, 5, 6, 7, 8]));
		expect(code).toHaveLength(16);
		expect(encodeCertificateCode(new Uint8Array(10))).toBe('0000000000000000');
		expect(encodeCertificateCode(new Uint8Array(10).fill(255))).toBe('ZZZZZZZZZZZZZZZZ');
		expect(normalizeCertificateCode('oilz-0000-0000-0000')).toBe('011Z000000000000');
		expect(normalizeCertificateCode('UUUU-0000-0000-0000')).toBeUndefined();
		expect(normalizeCertificateCode('ABC')).toBeUndefined();
	});
});
