import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import { importContentLibrary, loadContentLibrary } from '#lib/server/library/content-import';

// A 3×2 red PNG, as sharp writes it.
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEklEQVQImWP4z8AAQVDqPwMDAEHSBfsYFwTiAAAAAElFTkSuQmCC',
	'base64'
);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><circle cx="10" cy="10" r="8" fill="#333"/></svg>\n';

const moduleWithImages = (body: string) => `---
title: Modul Gambar
summary: Modul dengan gambar.
minutes: 5
---
Lihat gambar di bawah.

${body}
`;

let dir: string;

function write(relative: string, content: string | Buffer): void {
	const file = path.join(dir, relative);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, content);
}

beforeEach(async () => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berdaya-media-'));
	write('kursus-uji/course.yaml', 'title: Kursus Uji\nsummary: Untuk tes.\nmodules:\n  - modul-gambar\n');
	write('kursus-uji/modul-gambar.md', moduleWithImages('![Jarum jahit](gambar/jarum.svg)\n\n![Kain merah](foto/kain.png)'));
	write('kursus-uji/gambar/jarum.svg', SVG);
	write('kursus-uji/foto/kain.png', PNG);
	await db.course.deleteMany();
});

afterEach(() => {
	fs.rmSync(dir, { recursive: true, force: true });
});

const relative = (file: string) => path.relative(dir, file);

describe('importing course images', () => {
	it('stores every image byte for byte, with its type, hash and size, under its course-relative path', async () => {
		const report = await importContentLibrary(dir);
		expect(report.errors).toEqual([]);
		expect(report.courses[0].media).toEqual({ created: 2, updated: 0, unchanged: 0 });
		const assets = await db.mediaAsset.findMany({
			orderBy: { path: 'asc' },
			select: {
				path: true,
				contentType: true,
				bytes: true,
				sha256: true,
				byteSize: true,
				width: true,
				height: true,
				course: { select: { slug: true } }
			}
		});
		expect(assets.map(({ bytes, ...rest }) => ({ ...rest, bytes: Buffer.from(bytes).toString('base64') }))).toEqual([
			{
				path: 'foto/kain.png',
				contentType: 'image/png',
				bytes: PNG.toString('base64'),
				sha256: createHash('sha256').update(PNG).digest('hex'),
				byteSize: PNG.byteLength,
				width: 3,
				height: 2,
				course: { slug: 'kursus-uji' }
			},
			{
				path: 'gambar/jarum.svg',
				contentType: 'image/svg+xml',
				bytes: Buffer.from(SVG).toString('base64'),
				sha256: createHash('sha256').update(SVG).digest('hex'),
				byteSize: Buffer.byteLength(SVG),
				width: 40,
				height: 20,
				course: { slug: 'kursus-uji' }
			}
		]);
	});

	it('writes nothing for unchanged images and updates a changed one in place', async () => {
		await importContentLibrary(dir);
		const again = await importContentLibrary(dir);
		expect(again.courses[0].media).toEqual({ created: 0, updated: 0, unchanged: 2 });

		const changed = SVG.replace('#333', '#c00');
		write('kursus-uji/gambar/jarum.svg', changed);
		const third = await importContentLibrary(dir);
		expect(third.courses[0].media).toEqual({ created: 0, updated: 1, unchanged: 1 });
		const svg = await db.mediaAsset.findFirstOrThrow({ where: { path: 'gambar/jarum.svg' }, select: { bytes: true } });
		expect(Buffer.from(svg.bytes).toString('utf8')).toBe(changed);
		expect(await db.mediaAsset.count()).toBe(2);
	});

	it('hands the parser the course media address so lesson images point at /media/<course>/', async () => {
		await importContentLibrary(dir);
		const module = await db.module.findFirstOrThrow({ select: { publishedVersion: { select: { htmlDasar: true } } } });
		expect(module.publishedVersion?.htmlDasar).toContain('src="/media/kursus-uji/gambar/jarum.svg"');
	});

	it('refuses a module that uses an image the folder does not have, at the image line', async () => {
		write('kursus-uji/modul-gambar.md', moduleWithImages('Ini jarumnya:\n\n![Jarum jahit](gambar/jarum-besar.svg)'));
		const report = await importContentLibrary(dir);
		expect(report.errors.map((error) => [relative(error.file), error.line, error.column, error.code])).toEqual([
			[path.join('kursus-uji', 'modul-gambar.md'), 10, 16, 'media.missing']
		]);
		expect(report.errors[0].message.id).toContain('"gambar/jarum-besar.svg" tidak ada di folder kursus');
		expect(report.courses[0].modules).toEqual([{ slug: 'modul-gambar', status: 'failed', publishedVersion: null }]);
		expect(await db.module.count()).toBe(0);
	});

	it('refuses an SVG with a script, at its line, and the module that uses it', async () => {
		write('kursus-uji/gambar/jarum.svg', '<svg xmlns="http://www.w3.org/2000/svg">\n  <script>alert(1)</script>\n</svg>\n');
		const library = await loadContentLibrary(dir);
		expect(library.errors.map((error) => [relative(error.file), error.line, error.column, error.code])).toEqual([
			[path.join('kursus-uji', 'gambar', 'jarum.svg'), 2, 3, 'media.svg-unsafe'],
			[path.join('kursus-uji', 'modul-gambar.md'), 8, 16, 'media.refused']
		]);
		expect(library.courses[0].media.map((file) => file.path)).toEqual(['foto/kain.png']);
	});

	it('refuses a file whose content is not the type its name says', async () => {
		write('kursus-uji/foto/kain.png', Buffer.from('bukan gambar'));
		write('kursus-uji/foto/sampul.jpg', PNG);
		const library = await loadContentLibrary(dir);
		expect(library.errors.filter((error) => error.code === 'media.content-mismatch').map((error) => relative(error.file))).toEqual([
			path.join('kursus-uji', 'foto', 'kain.png'),
			path.join('kursus-uji', 'foto', 'sampul.jpg')
		]);
		expect(library.errors.find((error) => error.file.endsWith('sampul.jpg'))?.message.id).toContain('bukan gambar JPEG');
	});

	it('refuses images over 10 MB and module files over 1 MB, saying the limit', async () => {
		const big = path.join(dir, 'kursus-uji', 'foto', 'besar.png');
		fs.writeFileSync(big, PNG);
		fs.truncateSync(big, 10 * 1024 * 1024 + 1);
		write('kursus-uji/modul-gambar.md', moduleWithImages('![Jarum jahit](gambar/jarum.svg)\n\n' + 'Jahit pelan-pelan. '.repeat(60_000)));
		const report = await importContentLibrary(dir);
		const byCode = new Map(report.errors.map((error) => [error.code, error]));
		expect([...byCode.keys()].sort()).toEqual(['content.too-large', 'media.too-large']);
		expect(byCode.get('media.too-large')?.message.id).toContain('Batasnya 10 MB');
		expect(byCode.get('media.too-large')?.message.en).toContain('The limit is 10 MB');
		expect(byCode.get('content.too-large')?.message.id).toContain('Batasnya 1 MB');
		expect(report.courses[0].modules).toEqual([{ slug: 'modul-gambar', status: 'failed', publishedVersion: null }]);
		expect(await db.mediaAsset.count({ where: { path: 'foto/besar.png' } })).toBe(0);
	});
});
