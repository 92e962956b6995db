import { describe, expect, it } from 'vitest';
import { parseModule } from './parse';
import { FRONTMATTER, located, moduleSource, parseErrors, parseOk } from './test-helpers';

const TASK = `:::tugas
Jahit sapu tangan dengan **tusuk balik** di keempat sisinya.

![Sapu tangan yang sudah dijahit](gambar/sapu-tangan.webp)

Foto: sapu tangan dari dekat, di tempat yang terang.

Kriteria:
- Jahitan lurus {#lurus}
- [ ] Jarak tusukan sama
- Simpul tidak terlihat dari depan
:::
`;

describe('practical task', () => {
	const module = parseOk(moduleSource(`Teks bacaan.\n\n${TASK}\nTeks penutup.\n`));

	it('reads the task text, the photo and the rubric', () => {
		expect(module.practical).toEqual({
			html: '<p>Jahit sapu tangan dengan <strong>tusuk balik</strong> di keempat sisinya.</p>\n<p><img src="gambar/sapu-tangan.webp" alt="Sapu tangan yang sudah dijahit" loading="lazy"></p>',
			photo: 'sapu tangan dari dekat, di tempat yang terang.',
			rubric: [
				{ id: 'lurus', text: 'Jahitan lurus' },
				{ id: expect.stringMatching(/^r-[0-9a-f]{8}$/), text: 'Jarak tusukan sama' },
				{ id: expect.stringMatching(/^r-[0-9a-f]{8}$/), text: 'Simpul tidak terlihat dari depan' }
			],
			line: 8
		});
	});

	it('is not in the lesson HTML of any level', () => {
		for (const html of Object.values(module.html)) expect(html).toBe('<p>Teks bacaan.</p>\n<p>Teks penutup.</p>');
	});

	it('lists its images with the module images', () => {
		expect(module.images).toEqual(['gambar/sapu-tangan.webp']);
	});

	it('is null when the module has no task', () => {
		expect(parseOk(moduleSource('Teks.\n')).practical).toBeNull();
	});

	it('accepts "Penilaian:" and "Kriteria penilaian:", a callout inside, and a place after the quiz', () => {
		const source = moduleSource(
			`Teks.\n\n::::quiz\n### A?\n- [x] a\n- [ ] b\n::::\n\n::::tugas\nSetrika hasilnya.\n\n:::awas\nSetrika panas.\n:::\n\nFoto: hasil setrika.\n\nKriteria penilaian:\n- Licin\n::::\n`
		);
		const task = parseOk(source).practical;
		expect(task?.rubric.map((criterion) => criterion.text)).toEqual(['Licin']);
		expect(task?.html).toContain('<aside class="callout callout-warning"><p><strong>Hati-hati</strong></p>');
		expect(parseOk(moduleSource(TASK.replace('Kriteria:', 'Penilaian:'))).practical?.rubric).toHaveLength(3);
	});

	it('keeps rubric ids when the task text and other criteria change', () => {
		const before = parseOk(moduleSource(TASK)).practical!.rubric;
		const after = parseOk(moduleSource(TASK.replace('keempat sisinya', 'semua sisinya').replace('Jahitan lurus', 'Jahitan rapi'))).practical!.rubric;
		expect(after.map((criterion) => criterion.id)).toEqual(before.map((criterion) => criterion.id));
		const reworded = parseOk(moduleSource(TASK.replace('Jarak tusukan sama', 'Jarak tusukan selalu sama'))).practical!.rubric;
		expect(reworded[1].id).not.toBe(before[1].id);
		expect(reworded[2].id).toBe(before[2].id);
	});
});

describe('practical task errors', () => {
	it('practical.duplicate at the second block, naming the first', () => {
		const errors = parseErrors(moduleSource(`${TASK}\n${TASK}`));
		expect(located(errors)).toEqual(['practical.duplicate@19:1']);
		expect(errors[0].message.id).toContain('baris 6');
	});

	it('practical.no-photo and practical.empty-rubric at the block', () => {
		expect(located(parseErrors(moduleSource(':::tugas\nJahit.\n\nKriteria:\n- Lurus\n:::\n')))).toEqual(['practical.no-photo@6:1']);
		expect(located(parseErrors(moduleSource(':::tugas\nJahit.\n\nFoto: hasilnya.\n:::\n')))).toEqual(['practical.empty-rubric@6:1']);
		expect(located(parseErrors(moduleSource(':::tugas\nJahit.\n\nFoto: hasilnya.\n\nKriteria:\n:::\n')))).toEqual(['practical.empty-rubric@6:1']);
	});

	it('practical.no-text, practical.empty-photo, practical.photo-twice, practical.rubric-twice', () => {
		expect(located(parseErrors(moduleSource(':::tugas\nFoto: hasilnya.\n\nKriteria:\n- Lurus\n:::\n')))).toEqual(['practical.no-text@6:1']);
		expect(located(parseErrors(moduleSource(':::tugas\nJahit.\n\nFoto:\n\nKriteria:\n- Lurus\n:::\n')))).toEqual(['practical.empty-photo@9:1']);
		expect(located(parseErrors(moduleSource(':::tugas\nJahit.\n\nFoto: a.\n\nFoto: b.\n\nKriteria:\n- Lurus\n:::\n')))).toEqual([
			'practical.photo-twice@11:1'
		]);
		expect(located(parseErrors(moduleSource(':::tugas\nJahit.\n\nFoto: a.\n\nKriteria:\n- Lurus\n\nKriteria:\n- Rapi\n:::\n')))).toEqual([
			'practical.rubric-twice@14:1'
		]);
	});

	it('practical.empty-criterion and id.duplicate-criterion', () => {
		expect(located(parseErrors(moduleSource(':::tugas\nJahit.\n\nFoto: a.\n\nKriteria:\n- Lurus\n- [ ] {#kosong}\n:::\n')))).toEqual([
			'practical.empty-criterion@13:1'
		]);
		expect(located(parseErrors(moduleSource(':::tugas\nJahit.\n\nFoto: a.\n\nKriteria:\n- Lurus\n- lurus\n:::\n')))).toEqual([
			'id.duplicate-criterion@13:1'
		]);
	});

	it('practical.nested inside a level block; practical.level-inside for a level block in the task', () => {
		expect(located(parseErrors(moduleSource(`::::dasar\n${TASK.replace(':::tugas', ':::tugas')}::::\n`)))).toEqual(['practical.nested@7:1']);
		const levelInside = '::::tugas\nJahit.\n\n:::dasar\nPelan-pelan.\n:::\n\nFoto: a.\n\nKriteria:\n- Lurus\n::::\n';
		expect(located(parseErrors(moduleSource(levelInside)))).toEqual(['practical.level-inside@9:1']);
	});

	it('block.attributes on :::tugas', () => {
		expect(located(parseErrors(moduleSource(TASK.replace(':::tugas', ':::tugas{.besar}'))))).toEqual(['block.attributes@6:1']);
	});

	it('practical.required-missing at the practical_required line', () => {
		const source = FRONTMATTER.replace('minutes: 15\n', 'minutes: 15\npractical_required: true\n') + 'Teks.\n';
		const errors = parseErrors(source);
		expect(located(errors)).toEqual(['practical.required-missing@5:1']);
		expect(errors[0].message.id).toContain(':::tugas');
		expect(parseModule(source.replace('Teks.\n', TASK)).ok).toBe(true);
	});
});
