import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import { importContentLibrary, loadContentLibrary, sourceHashOf } from '#lib/server/library/content-import';
import type { Quiz } from '#lib/content/types';

const MODULE_A = `---
title: Modul A
summary: Ringkasan A.
minutes: 10
---
Teks bersama.

:::dasar
Teks dasar.
:::

::::quiz
### Apa warna benang? {#warna}
- [x] Putih
- [ ] Hitam

Penjelasan: Putih.
::::
`;

const MODULE_B = `---
title: Modul B
summary: Ringkasan B.
minutes: 5
---
Isi B.
`;

/** A course pre-test: frontmatter, an intro for everyone, a quiz. */
const PRETEST = `---
title: Tes Awal
summary: Apa yang sudah Anda tahu.
minutes: 5
---
Jawab sebisanya.

::::quiz
### Di mana jarum disimpan? {#jarum-simpan}
- [x] Di bantalan jarum
- [ ] Di kasur

Penjelasan: Di bantalan jarum aman.
::::
`;

let dir: string;

function write(relative: string, text: string): void {
	const file = path.join(dir, relative);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, text);
}

async function counts() {
	return { courses: await db.course.count(), modules: await db.module.count(), versions: await db.moduleVersion.count() };
}

async function published(slug: string) {
	const module = await db.module.findFirstOrThrow({
		where: { slug },
		select: {
			position: true,
			archivedAt: true,
			publishedVersion: { select: { version: true, title: true, htmlDasar: true, htmlLanjut: true, quizJson: true, sourceHash: true } }
		}
	});
	return module;
}

beforeEach(async () => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berdaya-content-'));
	write('kursus-uji/course.yaml', 'title: Kursus Uji\nsummary: Untuk tes.\nmodules:\n  - modul-a\n  - modul-b\n');
	write('kursus-uji/modul-a.md', MODULE_A);
	write('kursus-uji/modul-b.md', MODULE_B);
	// Each test starts from an empty library in this file's own database.
	await db.course.deleteMany();
});

afterEach(() => {
	fs.rmSync(dir, { recursive: true, force: true });
});

describe('importContentLibrary', () => {
	it('imports courses, modules and a first published version with HTML per level and the quiz', async () => {
		const report = await importContentLibrary(dir);
		expect(report.errors).toEqual([]);
		expect(report.courses).toEqual([
			{
				slug: 'kursus-uji',
				status: 'created',
				modules: [
					{ slug: 'modul-a', status: 'created', publishedVersion: 1 },
					{ slug: 'modul-b', status: 'created', publishedVersion: 1 }
				],
				media: { created: 0, updated: 0, unchanged: 0 }
			}
		]);
		const course = await db.course.findUniqueOrThrow({ where: { slug: 'kursus-uji' }, select: { title: true, summary: true } });
		expect(course).toEqual({ title: 'Kursus Uji', summary: 'Untuk tes.' });

		const a = await published('modul-a');
		expect(a.position).toBe(1);
		expect((await published('modul-b')).position).toBe(2);
		expect(a.publishedVersion?.title).toBe('Modul A');
		expect(a.publishedVersion?.htmlDasar).toBe('<p>Teks bersama.</p>\n<p>Teks dasar.</p>');
		expect(a.publishedVersion?.htmlLanjut).toBe('<p>Teks bersama.</p>');
		expect(a.publishedVersion?.sourceHash).toBe(sourceHashOf(MODULE_A));
		const quiz = JSON.parse(a.publishedVersion?.quizJson ?? '{}') as Quiz;
		const rightOption = (question: Quiz['questions'][number]) =>
			'options' in question ? question.options.find((option) => option.correct)?.text : undefined;
		expect(quiz.questions.map((question) => [question.id, rightOption(question)])).toEqual([['warna', 'Putih']]);
	});

	it('writes nothing when imported twice without changes', async () => {
		await importContentLibrary(dir);
		const before = await counts();
		const updatedAt = (await db.course.findUniqueOrThrow({ where: { slug: 'kursus-uji' } })).updatedAt;

		const again = await importContentLibrary(dir);
		expect(again.courses[0].status).toBe('unchanged');
		expect(again.courses[0].modules.map((module) => [module.status, module.publishedVersion])).toEqual([
			['unchanged', 1],
			['unchanged', 1]
		]);
		expect(await counts()).toEqual(before);
		expect(before).toEqual({ courses: 1, modules: 2, versions: 2 });
		expect((await db.course.findUniqueOrThrow({ where: { slug: 'kursus-uji' } })).updatedAt).toEqual(updatedAt);
	});

	it('publishes an edited module as the next version and leaves the others alone', async () => {
		await importContentLibrary(dir);
		write('kursus-uji/modul-a.md', MODULE_A.replace('Teks bersama.', 'Teks bersama yang sudah diperbaiki.'));

		const report = await importContentLibrary(dir);
		expect(report.courses[0].modules.map((module) => [module.slug, module.status, module.publishedVersion])).toEqual([
			['modul-a', 'new-version', 2],
			['modul-b', 'unchanged', 1]
		]);
		expect((await published('modul-a')).publishedVersion?.htmlLanjut).toBe('<p>Teks bersama yang sudah diperbaiki.</p>');
		expect(await db.moduleVersion.count({ where: { module: { slug: 'modul-a' } } })).toBe(2);
		expect(await counts()).toEqual({ courses: 1, modules: 2, versions: 3 });
	});

	it('leaves a course alone once a trainer has changed it in the app', async () => {
		await importContentLibrary(dir);
		const trainer = await db.user.create({ data: { role: 'trainer', name: 'Bu Sari', email: 'sari@contoh.test', secretHash: 'x' } });
		const course = await db.course.findUniqueOrThrow({ where: { slug: 'kursus-uji' }, select: { id: true } });
		await db.auditEvent.create({ data: { actorId: trainer.id, action: 'module.reorder', courseId: course.id } });
		write('kursus-uji/modul-a.md', MODULE_A.replace('Teks bersama.', 'Teks dari folder content.'));
		write('kursus-uji/course.yaml', 'title: Kursus Uji\nsummary: Untuk tes.\nmodules:\n  - modul-a\n');

		const report = await importContentLibrary(dir);
		expect(report.courses[0].status).toBe('browser-edited');
		expect((await published('modul-a')).publishedVersion?.version).toBe(1);
		expect((await published('modul-b')).archivedAt).toBeNull();
		expect(await counts()).toEqual({ courses: 1, modules: 2, versions: 2 });
	});

	it('refuses a broken module, reports where, and keeps the published version live', async () => {
		await importContentLibrary(dir);
		write('kursus-uji/modul-a.md', MODULE_A.replace('- [x] Putih', '- [ ] Putih'));

		const report = await importContentLibrary(dir);
		expect(report.errors).toEqual([
			expect.objectContaining({
				file: path.join(dir, 'kursus-uji', 'modul-a.md'),
				line: 14,
				column: 1,
				code: 'quiz.no-correct-answer'
			})
		]);
		expect(report.errors[0].message.id).toContain('belum punya jawaban benar');
		expect(report.courses[0].modules[0]).toEqual({ slug: 'modul-a', status: 'failed', publishedVersion: 1 });

		const a = await published('modul-a');
		expect(a.publishedVersion?.version).toBe(1);
		expect(a.publishedVersion?.sourceHash).toBe(sourceHashOf(MODULE_A));
		expect(await counts()).toEqual({ courses: 1, modules: 2, versions: 2 });
	});

	it('does not create a module whose first version is broken', async () => {
		write('kursus-uji/course.yaml', 'title: Kursus Uji\nsummary: Untuk tes.\nmodules:\n  - modul-a\n  - modul-b\n  - modul-c\n');
		write('kursus-uji/modul-c.md', '# Tanpa frontmatter\n');

		const report = await importContentLibrary(dir);
		expect(report.errors.map((error) => error.code)).toEqual(['frontmatter.missing']);
		expect(report.courses[0].modules.at(-1)).toEqual({ slug: 'modul-c', status: 'failed', publishedVersion: null });
		expect(await db.module.count({ where: { slug: 'modul-c' } })).toBe(0);
		expect(await db.module.count()).toBe(2);
	});

	it('follows course.yaml: reorders modules and archives a module taken out of the list', async () => {
		await importContentLibrary(dir);
		write('kursus-uji/course.yaml', 'title: Kursus Uji\nsummary: Untuk tes.\nmodules:\n  - modul-b\n');
		fs.rmSync(path.join(dir, 'kursus-uji', 'modul-a.md'));

		const report = await importContentLibrary(dir);
		expect(report.errors).toEqual([]);
		expect(report.courses[0].modules).toEqual([
			{ slug: 'modul-b', status: 'unchanged', publishedVersion: 1 },
			{ slug: 'modul-a', status: 'archived', publishedVersion: 1 }
		]);
		expect((await published('modul-b')).position).toBe(1);
		expect((await published('modul-a')).archivedAt).toBeInstanceOf(Date);
		expect(await counts()).toEqual({ courses: 1, modules: 2, versions: 2 });
	});

	it('imports nothing of a course whose course.yaml is broken', async () => {
		write('kursus-uji/course.yaml', 'title: Kursus Uji\nmodules:\n  - modul-a\n');
		const report = await importContentLibrary(dir);
		expect(report.errors.map((error) => [error.code, error.line])).toEqual([['course.required', 1]]);
		expect(report.courses).toEqual([
			{ slug: 'kursus-uji', status: 'failed', modules: [], media: { created: 0, updated: 0, unchanged: 0 } }
		]);
		expect(await counts()).toEqual({ courses: 0, modules: 0, versions: 0 });
	});

	it('imports the shipped library without errors, twice', async () => {
		const first = await importContentLibrary('content');
		expect(first.errors).toEqual([]);
		const before = await counts();
		expect(before.versions).toBeGreaterThanOrEqual(2);
		const second = await importContentLibrary('content');
		expect(second.courses.flatMap((course) => course.modules.map((module) => module.status))).toEqual(
			Array(before.modules).fill('unchanged')
		);
		expect(await counts()).toEqual(before);
	});
});

describe('loadContentLibrary', () => {
	it('reports missing, unlisted and badly named module files against the right file', async () => {
		write('kursus-uji/course.yaml', 'title: Kursus Uji\nsummary: Untuk tes.\nmodules:\n  - modul-a\n  - modul-hilang\n');
		write('kursus-uji/Modul Baru.md', MODULE_B);
		const library = await loadContentLibrary(dir);
		expect(library.errors.map((error) => [path.relative(dir, error.file), error.line, error.code])).toEqual([
			[path.join('kursus-uji', 'Modul Baru.md'), 1, 'course.invalid-slug'],
			[path.join('kursus-uji', 'modul-b.md'), 1, 'course.module-unlisted'],
			[path.join('kursus-uji', 'course.yaml'), 5, 'course.module-missing']
		]);
	});

	it('loads pretest.md as the course pre-test, not as an unlisted module, and imports no module for it', async () => {
		write('kursus-uji/pretest.md', PRETEST);
		const library = await loadContentLibrary(dir);
		expect(library.errors).toEqual([]);
		const [course] = library.courses;
		expect(course.modules.map((module) => module.slug)).toEqual(['modul-a', 'modul-b']);
		expect(course.pretest?.file).toBe(path.join(dir, 'kursus-uji', 'pretest.md'));
		expect(course.pretest?.parsed.ok && course.pretest.parsed.module.quiz.questions.map((question) => question.id)).toEqual([
			'jarum-simpan'
		]);

		const report = await importContentLibrary(dir);
		expect(report.errors).toEqual([]);
		expect(await db.module.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } })).toEqual([
			{ slug: 'modul-a' },
			{ slug: 'modul-b' }
		]);
	});

	it('warns when a pre-test question names a module the course does not have, and still imports it', async () => {
		const named = PRETEST.replace('{#jarum-simpan}', '{#jarum-simpan modul=modul-a}').replace(
			'::::\n',
			'### Berapa jarum di bantalan? {#jarum-hitung modul=modul-c}\n- [x] Semua\n- [ ] Satu\n\nPenjelasan: Semua jarum disimpan di sana.\n::::\n'
		);
		write('kursus-uji/pretest.md', named);
		const library = await loadContentLibrary(dir);
		expect(library.errors).toEqual([]);
		const line = named.split('\n').findIndex((text) => text.includes('modul=modul-c')) + 1;
		const unknown = library.warnings.filter((warning) => warning.file.endsWith('pretest.md'));
		expect(unknown.map((warning) => [path.relative(dir, warning.file), warning.line, warning.code])).toEqual([
			[path.join('kursus-uji', 'pretest.md'), line, 'course.pretest-unknown-module']
		]);
		expect(unknown[0].message.id).toContain('modul-a, modul-b');
		expect((await importContentLibrary(dir)).errors).toEqual([]);
	});

	it('refuses a pre-test that is more than an intro and a quiz, and one listed as a module', async () => {
		const withTask = PRETEST.replace('::::quiz', ':::tugas\nJahit.\n\nFoto: kain.\n\nKriteria:\n- Rapi\n:::\n\n::::quiz');
		write('kursus-uji/pretest.md', withTask);
		write('kursus-uji/course.yaml', 'title: Kursus Uji\nsummary: Untuk tes.\nmodules:\n  - modul-a\n  - modul-b\n  - pretest\n');
		const library = await loadContentLibrary(dir);
		expect(library.errors.map((error) => [path.relative(dir, error.file), error.line, error.code])).toEqual([
			[path.join('kursus-uji', 'pretest.md'), withTask.split('\n').indexOf(':::tugas') + 1, 'assessment.practical'],
			[path.join('kursus-uji', 'course.yaml'), 6, 'course.pretest-listed']
		]);
		expect(library.courses[0].pretest?.parsed.ok).toBe(false);
		expect(library.courses[0].modules.map((module) => module.slug)).toEqual(['modul-a', 'modul-b']);
	});

	it('loads content/placement as the placement test, not as a course without course.yaml', async () => {
		write(
			'placement/placement.yaml',
			'title: Tes Penempatan\nsummary: Untuk tes.\nparts:\n  - membaca\ncut_scores:\n  membaca: { dasar: 3, menengah: 3, lanjut: 3 }\n'
		);
		const library = await loadContentLibrary(dir);
		expect(library.courses.map((course) => course.slug)).toEqual(['kursus-uji']);
		expect(library.placement?.manifest?.parts).toEqual(['membaca']);
		expect(library.errors.map((error) => [path.relative(dir, error.file), error.code])).toEqual([
			[path.join('placement', 'placement.yaml'), 'placement.part-missing']
		]);
		const versions = await db.placementVersion.count();
		const report = await importContentLibrary(dir);
		expect(report.courses.map((course) => course.slug)).toEqual(['kursus-uji']);
		// A broken placement folder is not imported; whatever version was live stays live.
		expect(report.placement?.status).toBe('failed');
		expect(await db.placementVersion.count()).toBe(versions);
	});

	it('reports a course folder without course.yaml', async () => {
		write('kursus-kosong/modul.md', MODULE_B);
		const library = await loadContentLibrary(dir);
		expect(library.errors.map((error) => [path.relative(dir, error.file), error.code])).toEqual([
			[path.join('kursus-kosong', 'course.yaml'), 'course.missing']
		]);
	});
});
