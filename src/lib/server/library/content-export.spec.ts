import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import { importContentLibrary } from '#lib/server/library/content-import';
import { courseManifestYaml, exportAllCourses, exportCourse } from '#lib/server/library/content-export';

// A 3×2 red PNG.
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEklEQVQImWP4z8AAQVDqPwMDAEHSBfsYFwTiAAAAAElFTkSuQmCC',
	'base64'
);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M1 1L9 9"/></svg>';
const PHOTO_MODULE = `---
title: Foto Produk
summary: Memotret produk dengan cahaya jendela.
minutes: 10
---
Letakkan produk dekat jendela.

![Produk di dekat jendela](foto/jendela.png)

:::dasar
![Arah cahaya](gambar/arah/cahaya.svg)
:::
`;

let work: string;
let library: string;

const at = (...segments: string[]) => path.join(work, ...segments);

function write(file: string, content: string | Buffer): void {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, content);
}

/** Every file under `dir`, as relative path → bytes. */
function tree(dir: string): Map<string, Buffer> {
	const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return new Map(
		files
			.map((entry) => {
				const file = path.join(entry.parentPath, entry.name);
				return [path.relative(dir, file), fs.readFileSync(file)] as const;
			})
			.sort(([a], [b]) => a.localeCompare(b))
	);
}

beforeEach(async () => {
	work = fs.mkdtempSync(path.join(os.tmpdir(), 'berdaya-export-'));
	// The shipped library plus a course with images in sub-folders and a title YAML must quote.
	library = at('library');
	fs.cpSync('content', library, { recursive: true });
	write(
		at('library', 'foto-cahaya', 'course.yaml'),
		'title: "Foto Produk: Cahaya"\nsummary: Foto yang menjual.\nmodules:\n  - cahaya-jendela\n'
	);
	write(at('library', 'foto-cahaya', 'cahaya-jendela.md'), PHOTO_MODULE);
	write(at('library', 'foto-cahaya', 'foto', 'jendela.png'), PNG);
	write(at('library', 'foto-cahaya', 'gambar', 'arah', 'cahaya.svg'), SVG);
	await db.course.deleteMany();
	const imported = await importContentLibrary(library);
	expect(imported.errors).toEqual([]);
});

afterEach(() => {
	fs.rmSync(work, { recursive: true, force: true });
});

describe('content export', () => {
	it('round-trips byte for byte: export → import → export', async () => {
		await exportAllCourses(at('a'));
		const a = tree(at('a'));
		// Pre-tests and the placement test live only in content/ (the database has no place for
		// them yet), so an export does not write them.
		const source = new Map(
			[...tree(library)].filter(([file]) => !file.startsWith(`placement${path.sep}`) && path.basename(file) !== 'pretest.md')
		);
		// Module text and images come back exactly as they went in; so does the shipped course.yaml.
		expect([...a.keys()]).toEqual([...source.keys()]);
		for (const [file, bytes] of a) {
			if (file === path.join('foto-cahaya', 'course.yaml')) continue;
			expect(bytes.equals(source.get(file) ?? Buffer.alloc(0)), file).toBe(true);
		}
		expect(a.get(path.join('foto-cahaya', 'course.yaml'))?.toString()).toBe(
			'title: "Foto Produk: Cahaya"\nsummary: Foto yang menjual.\nmodules:\n  - cahaya-jendela\n'
		);

		const again = await importContentLibrary(at('a'));
		expect(again.errors).toEqual([]);
		expect(again.courses.every((course) => course.status === 'unchanged' && course.media.created === 0 && course.media.updated === 0)).toBe(
			true
		);
		expect(again.courses.find((course) => course.slug === 'foto-cahaya')?.media).toEqual({ created: 0, updated: 0, unchanged: 2 });
		expect(again.courses.flatMap((course) => course.modules.map((module) => module.status)).every((status) => status === 'unchanged')).toBe(
			true
		);

		await exportAllCourses(at('b'));
		const b = tree(at('b'));
		expect([...b.keys()]).toEqual([...a.keys()]);
		for (const [file, bytes] of a) expect(b.get(file)?.equals(bytes), file).toBe(true);
	});

	it('round-trips a changed module as its new published version', async () => {
		await exportAllCourses(at('a'));
		const moduleFile = at('a', 'menjahit-dasar', 'jahitan-tangan.md');
		const edited = fs.readFileSync(moduleFile, 'utf8').replace('Menjahit tangan masih dipakai', 'Menjahit dengan tangan masih dipakai');
		expect(edited).not.toBe(fs.readFileSync(moduleFile, 'utf8'));
		fs.writeFileSync(moduleFile, edited);

		const report = await importContentLibrary(at('a'));
		const sewing = report.courses.find((course) => course.slug === 'menjahit-dasar');
		expect(sewing?.modules.find((module) => module.slug === 'jahitan-tangan')).toMatchObject({
			status: 'new-version',
			publishedVersion: 2
		});

		await exportCourse('menjahit-dasar', at('c'));
		expect(fs.readFileSync(at('c', 'menjahit-dasar', 'jahitan-tangan.md'), 'utf8')).toBe(edited);
		const a = tree(at('a', 'menjahit-dasar'));
		const c = tree(at('c', 'menjahit-dasar'));
		expect([...c.keys()]).toEqual([...a.keys()]);
		for (const [file, bytes] of a) expect(c.get(file)?.equals(bytes), file).toBe(true);
	});

	it('writes course.yaml in module position order, leaves archived modules out and removes their old file', async () => {
		// Reordered, then archived, in the web app, say.
		const order = ['jahitan-tangan', 'alat-dan-keselamatan', 'ukuran-badan', 'mesin-jahit', 'tas-jinjing'];
		for (const [index, slug] of order.entries()) {
			await db.module.updateMany({ where: { slug, course: { slug: 'menjahit-dasar' } }, data: { position: index + 1 } });
		}
		// The course's later modules keep their places after these five.
		const later = await db.module.findMany({
			where: { course: { slug: 'menjahit-dasar' }, slug: { notIn: order } },
			orderBy: { position: 'asc' },
			select: { slug: true }
		});
		order.push(...later.map((module) => module.slug));
		await db.course.update({ where: { slug: 'menjahit-dasar' }, data: { summary: 'Ringkas.' } });
		await exportCourse('menjahit-dasar', at('a'));
		expect(fs.readFileSync(at('a', 'menjahit-dasar', 'course.yaml'), 'utf8')).toBe(
			`title: Menjahit Dasar\nsummary: Ringkas.\nmodules:\n${order.map((slug) => `  - ${slug}\n`).join('')}`
		);

		await db.module.updateMany({ where: { slug: 'alat-dan-keselamatan' }, data: { archivedAt: new Date() } });
		const report = await exportCourse('menjahit-dasar', at('a'));
		const kept = order.filter((slug) => slug !== 'alat-dan-keselamatan');
		expect(report).toMatchObject({ modules: kept.map((slug) => ({ slug, from: 'published' })), removed: ['alat-dan-keselamatan.md'] });
		expect(fs.readFileSync(at('a', 'menjahit-dasar', 'course.yaml'), 'utf8')).toBe(
			`title: Menjahit Dasar\nsummary: Ringkas.\nmodules:\n${kept.map((slug) => `  - ${slug}\n`).join('')}`
		);
		expect(fs.existsSync(at('a', 'menjahit-dasar', 'alat-dan-keselamatan.md'))).toBe(false);
		expect((await importContentLibrary(at('a'))).errors).toEqual([]);
	});

	it('keeps the course pre-test when exporting into a content folder', async () => {
		write(at('a', 'menjahit-dasar', 'pretest.md'), 'pre-test');
		write(at('a', 'menjahit-dasar', 'lama.md'), 'old module');
		const report = await exportCourse('menjahit-dasar', at('a'));
		expect(report?.removed).toEqual(['lama.md']);
		expect(fs.readFileSync(at('a', 'menjahit-dasar', 'pretest.md'), 'utf8')).toBe('pre-test');
	});

	it('writes a draft instead of the published text only when drafts are asked for', async () => {
		const module = await db.module.findFirstOrThrow({ where: { slug: 'cahaya-jendela' }, select: { id: true } });
		const draft = PHOTO_MODULE.replace('dekat jendela.', 'dekat jendela, pagi hari.');
		await db.moduleDraft.create({ data: { moduleId: module.id, source: draft } });

		const published = await exportCourse('foto-cahaya', at('published'));
		expect(published?.modules).toEqual([{ slug: 'cahaya-jendela', from: 'published' }]);
		expect(fs.readFileSync(at('published', 'foto-cahaya', 'cahaya-jendela.md'), 'utf8')).toBe(PHOTO_MODULE);

		const drafts = await exportCourse('foto-cahaya', at('drafts'), { drafts: true });
		expect(drafts?.modules).toEqual([{ slug: 'cahaya-jendela', from: 'draft' }]);
		expect(fs.readFileSync(at('drafts', 'foto-cahaya', 'cahaya-jendela.md'), 'utf8')).toBe(draft);
	});

	it('returns nothing for an unknown course and refuses a stored media path outside the course folder', async () => {
		expect(await exportCourse('tidak-ada', at('x'))).toBeUndefined();
		const course = await db.course.findUniqueOrThrow({ where: { slug: 'foto-cahaya' }, select: { id: true } });
		await db.mediaAsset.create({
			data: {
				courseId: course.id,
				path: '../luar.png',
				contentType: 'image/png',
				bytes: new Uint8Array(PNG),
				byteSize: PNG.byteLength,
				sha256: 'x'
			}
		});
		await expect(exportCourse('foto-cahaya', at('x'))).rejects.toThrow('unsafe path');
		expect(fs.existsSync(at('x', 'luar.png'))).toBe(false);
	});

	it('quotes what YAML would misread and keeps plain text plain', () => {
		expect(courseManifestYaml({ title: 'Menjahit Dasar', summary: 'Alat, jahitan: dan # tanda', modules: ['a', 'b'] })).toBe(
			'title: Menjahit Dasar\nsummary: "Alat, jahitan: dan # tanda"\nmodules:\n  - a\n  - b\n'
		);
	});
});
