import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPlacementLibrary, placementItemCounts } from '#lib/server/library/content-placement';
import type { LiteracyLevel } from '#lib/content/types';

const CUTS =
	'cut_scores:\n  membaca:\n    dasar: 3\n    menengah: 3\n    lanjut: 3\n  digital:\n    dasar: 2\n    menengah: 2\n    lanjut: 2\n';
const MANIFEST = 'title: Tes Penempatan\nsummary: Untuk tes.\nparts:\n  - membaca\n  - digital\n' + CUTS;

let dir: string;

function write(relative: string, text: string): void {
	const file = path.join(dir, relative);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, text);
}

function question(name: string): string {
	return `### Soal ${name} benar? {#${name}}\n- [x] Benar\n- [ ] Salah\n\nPenjelasan: Ya.\n`;
}

/** A part file with `counts[level]` items in that level's block. */
function part(name: string, counts: Partial<Record<LiteracyLevel, number>>, { intro = 'Ini bukan ujian.\n', extraQuiz = '' } = {}): string {
	const blocks = Object.entries(counts)
		.map(
			([level, count]) =>
				`:::${level}\n${Array.from({ length: count }, (_, index) => question(`${name}-${level}-${index + 1}`)).join('\n')}:::\n`
		)
		.join('\n');
	return `---\ntitle: ${name}\nsummary: Bagian ${name}.\nminutes: 5\n---\n${intro}\n::::quiz\n${extraQuiz}${blocks}::::\n`;
}

const EVEN = { dasar: 2, menengah: 2, lanjut: 2 };
const READING = { dasar: 4, menengah: 4, lanjut: 4 };

beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berdaya-placement-'));
	write('placement.yaml', MANIFEST);
	write('membaca.md', part('membaca', READING));
	write('digital.md', part('digital', EVEN));
});

afterEach(() => {
	fs.rmSync(dir, { recursive: true, force: true });
});

async function problems() {
	const load = await loadPlacementLibrary(dir);
	return load.errors.map((error) => [path.basename(error.file), error.line, error.code]);
}

describe('loadPlacementLibrary', () => {
	it('loads the parts in manifest order and counts items per part and level', async () => {
		const load = await loadPlacementLibrary(dir);
		expect(load.errors).toEqual([]);
		expect(load.placement.manifest).toEqual({
			title: 'Tes Penempatan',
			summary: 'Untuk tes.',
			parts: ['membaca', 'digital'],
			cutScores: { membaca: { dasar: 3, menengah: 3, lanjut: 3 }, digital: { dasar: 2, menengah: 2, lanjut: 2 } }
		});
		expect(load.placement.parts.map((loaded) => loaded.slug)).toEqual(['membaca', 'digital']);
		expect(placementItemCounts(load.placement)).toEqual({ membaca: READING, digital: EVEN });
	});

	it('refuses a question outside a level block or in a block for two levels, at its line', async () => {
		const source = part('membaca', READING, {
			extraQuiz: `${question('bersama')}\n:::level{dasar menengah}\n${question('dua-tingkat')}:::\n\n`
		});
		write('membaca.md', source);
		const lines = source.split('\n');
		expect(await problems()).toEqual([
			['membaca.md', lines.indexOf('### Soal bersama benar? {#bersama}') + 1, 'placement.item-level'],
			['membaca.md', lines.indexOf('### Soal dua-tingkat benar? {#dua-tingkat}') + 1, 'placement.item-level']
		]);
	});

	it('needs 10 to 24 items in all, reported on the parts line of placement.yaml', async () => {
		write('digital.md', part('digital', { dasar: 2, menengah: 2, lanjut: 9 }));
		expect(await problems()).toEqual([['placement.yaml', 3, 'placement.item-count']]);
		write('digital.md', part('digital', { dasar: 2, menengah: 2, lanjut: 8 }));
		expect(await problems()).toEqual([]);
	});

	it('needs at least four reading items and two other items per level', async () => {
		write('membaca.md', part('membaca', { dasar: 4, menengah: 3, lanjut: 4 }));
		write('digital.md', part('digital', { dasar: 3, menengah: 1, lanjut: 2 }));
		const load = await loadPlacementLibrary(dir);
		expect(load.errors.map((error) => [path.basename(error.file), error.code, error.message.en])).toEqual([
			['membaca.md', 'placement.level-too-few', expect.stringContaining('membaca has 3 item(s) for menengah')],
			['digital.md', 'placement.level-too-few', expect.stringContaining('digital has 1 item(s) for menengah')],
			['placement.yaml', 'placement.cut-range', expect.stringContaining('menengah cut-score of digital is 2')]
		]);
	});

	it('needs a reachable cut-score for every part and level, at its line in placement.yaml', async () => {
		write(
			'placement.yaml',
			MANIFEST.replace('    menengah: 3', '    menengah: 5').replace('  digital:\n    dasar: 2', '  digital:\n    dasar: 0')
		);
		expect(await problems()).toEqual([
			['placement.yaml', 7, 'placement.cut-range'],
			['placement.yaml', 11, 'placement.cut-range']
		]);
		write(
			'placement.yaml',
			MANIFEST.replace(/ {2}digital:\n( {4}\w+: 2\n){3}/, '  berhitung:\n    dasar: 1\n    menengah: 1\n    lanjut: 1\n')
		);
		expect(await problems()).toEqual([
			['placement.yaml', 11, 'placement.cut-unknown-part'],
			['placement.yaml', 6, 'placement.cut-missing']
		]);
		write('placement.yaml', MANIFEST.replace('    lanjut: 3\n', '    lanjut: tiga\n'));
		expect((await problems()).map(([file, , code]) => [file, code])).toEqual([['placement.yaml', 'placement.invalid']]);
	});

	it('takes only one-tap items: single choice, true/false and pictures', async () => {
		const multiple = `:::dasar\n### Pilih dua {#dua}\n- [x] Satu\n- [x] Dua\n- [ ] Tiga\n\nPenjelasan: Ya.\n:::\n\n`;
		const source = part('digital', { dasar: 2, menengah: 2, lanjut: 2 }, { extraQuiz: multiple });
		write('digital.md', source);
		expect(await problems()).toEqual([['digital.md', source.split('\n').indexOf('### Pilih dua {#dua}') + 1, 'placement.item-type']]);
	});

	it('reports a listed part without a file, an unlisted file and a repeated part', async () => {
		write('placement.yaml', 'title: Tes\nsummary: Untuk tes.\nparts:\n  - membaca\n  - digital\n  - berhitung\n' + CUTS);
		write('catatan.md', part('catatan', EVEN));
		expect(await problems()).toEqual([
			['catatan.md', 1, 'placement.part-unlisted'],
			['placement.yaml', 6, 'placement.part-missing']
		]);
		write('placement.yaml', MANIFEST.replace('  - digital\n', '  - digital\n  - membaca\n'));
		expect(await problems()).toEqual([['placement.yaml', 6, 'placement.part-repeated']]);
	});

	it('reports a missing, unreadable or incomplete placement.yaml', async () => {
		fs.rmSync(path.join(dir, 'placement.yaml'));
		expect(await problems()).toEqual([['placement.yaml', 1, 'placement.missing']]);
		write('placement.yaml', 'title: Tes\nsummary: [belum ditutup\n');
		expect((await problems()).map(([file, , code]) => [file, code])).toEqual([['placement.yaml', 'placement.yaml']]);
		write('placement.yaml', 'title: Tes\nparts: membaca\n');
		const load = await loadPlacementLibrary(dir);
		expect(load.errors.map((error) => [error.code, error.message.en])).toEqual([
			['placement.invalid', expect.stringContaining('(summary, parts, cut_scores)')]
		]);
		expect(load.placement.parts).toEqual([]);
	});

	it('holds a part to the assessment shape: a quiz, no practical task, no level text outside the quiz', async () => {
		const withTask = part('membaca', READING, { intro: 'Ini bukan ujian.\n\n:::tugas\nJahit.\n\nFoto: kain.\n\nKriteria:\n- Rapi\n:::\n' });
		write('membaca.md', withTask);
		const withLevelText = part('digital', EVEN, { intro: 'Pengantar.\n\n:::dasar\nTeks dasar.\n:::\n' });
		write('digital.md', withLevelText);
		expect(await problems()).toEqual([
			['membaca.md', withTask.split('\n').indexOf(':::tugas') + 1, 'assessment.practical'],
			['digital.md', withLevelText.split('\n').indexOf(':::dasar') + 1, 'assessment.level-text']
		]);
		write('membaca.md', '---\ntitle: Membaca\nsummary: Tanpa soal.\nminutes: 5\n---\nHanya teks.\n');
		write('digital.md', part('digital', EVEN));
		expect(await problems()).toEqual([['membaca.md', 1, 'assessment.no-quiz']]);
	});

	it('checks picture options against the images in the folder', async () => {
		const picture =
			'### Mana kaus? {#kaus type=gambar}\n- [x] ![Kaus](gambar/kaus.svg)\n- [ ] ![Tas](gambar/tas.svg)\n\nPenjelasan: Kaus.\n';
		write('gambar/kaus.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>');
		write(
			'membaca.md',
			part(
				'membaca',
				{ menengah: 4, lanjut: 4 },
				{ extraQuiz: `:::dasar\n${question('a')}\n${question('b')}\n${question('c')}\n${picture}:::\n\n` }
			)
		);
		const load = await loadPlacementLibrary(dir);
		expect(load.errors.map((error) => [path.basename(error.file), error.code, error.message.en])).toEqual([
			['membaca.md', 'media.missing', expect.stringContaining('"gambar/tas.svg"')]
		]);
		expect(load.placement.media.map((file) => file.path)).toEqual(['gambar/kaus.svg']);
	});

	it('warns when a dasar passage averages more than 12 words per sentence, and not at menengah', async () => {
		const sentence =
			'Bacalah pengumuman panjang ini dengan teliti karena di dalamnya ada banyak sekali keterangan penting untuk semua warga desa.';
		const long = `${sentence} ${sentence}`;
		const item = (level: string) =>
			`:::${level}\n### Apa isi pengumuman? {#isi-${level}}\n\n> ${long}\n\n- [x] Keterangan\n- [ ] Lagu\n\nPenjelasan: Keterangan.\n:::\n\n`;
		write('membaca.md', part('membaca', { dasar: 3, menengah: 3, lanjut: 4 }, { extraQuiz: item('dasar') + item('menengah') }));
		const load = await loadPlacementLibrary(dir);
		expect(load.errors).toEqual([]);
		expect(load.warnings.map((warning) => [path.basename(warning.file), warning.code])).toEqual([
			['membaca.md', 'placement.dasar-passage-long']
		]);
	});
});
