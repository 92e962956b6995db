import { describe, expect, it } from 'vitest';
import { parseModule } from './parse';
import { asChoice, asNumeric, asOrdering, moduleSource, parseOk } from './test-helpers';

/** One question of every type; body line 1 is file line 6. */
const QUIZ = `Teks modul.

::::quiz
### Alat mana yang tajam? {#alat-tajam}
- [x] Jarum
  Penjelasan: Ujung jarum runcing.
- [ ] Meteran kain
- [x] Gunting kain

  **Penjelasan:** Mata gunting tajam.

Penjelasan: Jarum dan gunting perlu disimpan dengan aman.

### Setrika boleh ditinggal menyala sebentar.
- [ ] Benar
- [x] Salah

Penjelasan: Setrika yang ditinggal menyala bisa membakar kain.

### Mana jahitan yang rapi?
- [ ] ![Jahitan berkerut dan miring](gambar/kerut.webp)
- [x] ![Jahitan lurus dan rata](gambar/rapi.webp) {#rapi}

Penjelasan: Jahitan rapi lurus dan tidak berkerut.

### Urutkan langkah memasukkan benang.
1. Potong ujung benang
2. Masukkan benang ke lubang jarum {#masukkan}
3. Tarik benang sejengkal

Penjelasan: Ujung yang rapi lebih mudah masuk.

### Berapa harga jual satu masker?
Modal satu masker Rp10.000. Untungnya setengah dari modal.

Jawaban: 15.000
Toleransi: 500
Satuan: Rp

Penjelasan: 10.000 + 5.000 = 15.000.
::::
`;

describe('question types', () => {
	const module = parseOk(moduleSource(QUIZ));
	const [multiple, trueFalse, picture, ordering, numeric] = module.quiz.questions;

	it('reads every type from the shape of its answer', () => {
		expect(module.quiz.questions.map((question) => question.type)).toEqual(['multiple', 'true-false', 'picture', 'ordering', 'numeric']);
	});

	it('multiple: every [x] is right, each option may explain itself', () => {
		const options = asChoice(multiple).options;
		expect(options.map((option) => [option.text, option.correct])).toEqual([
			['Jarum', true],
			['Meteran kain', false],
			['Gunting kain', true]
		]);
		expect(options[0].explanationHtml).toBe('<p>Ujung jarum runcing.</p>');
		expect(options[0].html).toBe('Jarum');
		expect(options[1].explanationHtml).toBeUndefined();
		expect(options[2].explanationHtml).toBe('<p>Mata gunting tajam.</p>');
		expect(multiple.explanation).toBe('Jarum dan gunting perlu disimpan dengan aman.');
	});

	it('true-false: the statement is the prompt, Benar/Salah keep fixed ids', () => {
		expect(trueFalse.prompt).toBe('Setrika boleh ditinggal menyala sebentar.');
		expect(asChoice(trueFalse).options.map((option) => [option.id, option.correct])).toEqual([
			['benar', false],
			['salah', true]
		]);
	});

	it('true-false: True/False in English mean the same', () => {
		const english = parseOk(moduleSource('::::quiz\n### Needles are sharp.\n- [x] True\n- [ ] False\n\nPenjelasan: ya.\n::::\n'));
		const question = asChoice(english.quiz.questions[0]);
		expect(question.type).toBe('true-false');
		expect(question.options.map((option) => option.id)).toEqual(['benar', 'salah']);
	});

	it('picture: each option is an image, its text is the alt text, loaded lazily', () => {
		const options = asChoice(picture).options;
		expect(options.map((option) => [option.id, option.text, option.correct])).toEqual([
			[expect.stringMatching(/^o-[0-9a-f]{8}$/), 'Jahitan berkerut dan miring', false],
			['rapi', 'Jahitan lurus dan rata', true]
		]);
		expect(options[1].html).toBe('<img src="gambar/rapi.webp" alt="Jahitan lurus dan rata" loading="lazy">');
		expect(module.images).toEqual(['gambar/kerut.webp', 'gambar/rapi.webp']);
	});

	it('ordering: the steps in the order written, with ids', () => {
		const steps = asOrdering(ordering).steps;
		expect(steps.map((step) => step.text)).toEqual(['Potong ujung benang', 'Masukkan benang ke lubang jarum', 'Tarik benang sejengkal']);
		expect(steps[1].id).toBe('masukkan');
		expect(steps[0].id).toMatch(/^s-[0-9a-f]{8}$/);
	});

	it('numeric: answer, tolerance and unit, with the story as body', () => {
		expect(asNumeric(numeric).answer).toEqual({ value: 15000, tolerance: 500, unit: 'Rp' });
		expect(numeric.bodyHtml).toBe('<p>Modal satu masker Rp10.000. Untungnya setengah dari modal.</p>');
		expect(numeric.explanation).toBe('10.000 + 5.000 = 15.000.');
	});

	it('numeric: English labels, decimal comma, no tolerance means exact', () => {
		const source = '::::quiz\n### Berapa meter kain?\nAnswer: 2,5\nUnit: m\n\nPenjelasan: x.\n::::\n';
		expect(asNumeric(parseOk(moduleSource(source)).quiz.questions[0]).answer).toEqual({ value: 2.5, tolerance: 0, unit: 'm' });
	});

	it('a type named in the heading wins, in English or Indonesian', () => {
		const named = (type: string, answer: string) =>
			parseOk(moduleSource(`::::quiz\n### Soal? {type=${type}}\n${answer}\n\nPenjelasan: x.\n::::\n`)).quiz.questions[0].type;
		const twoOptions = '- [x] a\n- [ ] b';
		expect(named('pilihan-ganda', twoOptions)).toBe('single');
		expect(named('single', twoOptions)).toBe('single');
		expect(named('pilih-beberapa', twoOptions)).toBe('multiple');
		expect(named('MULTIPLE', twoOptions)).toBe('multiple');
		expect(named('benar-salah', '- [x] Benar\n- [ ] Salah')).toBe('true-false');
		expect(named('gambar', '- [x] ![A](a.png)\n- [ ] ![B](b.png)')).toBe('picture');
		expect(named('urutan', '1. a\n2. b')).toBe('ordering');
		expect(named('angka', 'Jawaban: 3')).toBe('numeric');
		expect(parseOk(moduleSource('::::quiz\n### Soal? {#soal-x jenis=pilih-beberapa}\n- [x] a\n- [ ] b\n::::\n')).quiz.questions[0]).toMatchObject({
			id: 'soal-x',
			type: 'multiple',
			prompt: 'Soal?'
		});
	});

	it('a single [x] among images is a picture question; two are multiple', () => {
		expect(parseOk(moduleSource('::::quiz\n### A?\n- [x] ![A](a.png)\n- [x] ![B](b.png)\n- [ ] ![C](c.png)\n::::\n')).quiz.questions[0].type).toBe('multiple');
	});

	it('keeps the whole quiz out of the lesson HTML', () => {
		expect(module.html.dasar).toBe('<p>Teks modul.</p>');
	});
});

describe('ids of every type survive edits elsewhere', () => {
	const ids = (source: string) =>
		parseOk(moduleSource(source)).quiz.questions.map((question) => {
			if (question.type === 'ordering') return [question.id, question.steps.map((step) => step.id)];
			if (question.type === 'numeric') return [question.id, []];
			return [question.id, question.options.map((option) => option.id)];
		});

	it('editing one question leaves the ids of the others and of their options and steps alone', () => {
		const before = ids(QUIZ);
		const edited = ids(
			QUIZ.replace('Teks modul.', 'Teks modul yang baru.')
				.replace('Alat mana yang tajam?', 'Alat mana yang paling tajam?')
				.replace('Berapa harga jual satu masker?', 'Berapa harga jual masker?')
				.replace('Jawaban: 15.000', 'Jawaban: 16.000')
		);
		expect(edited[0]).toEqual(before[0]); // explicit id
		expect(edited.slice(1, 4)).toEqual(before.slice(1, 4));
		expect(edited[4][0]).not.toEqual(before[4][0]); // a reworded question without {#id} is a new question
	});

	it('editing one step or option changes only that id', () => {
		const before = ids(QUIZ);
		const after = ids(QUIZ.replace('Tarik benang sejengkal', 'Tarik benang kira-kira sejengkal').replace('Meteran kain', 'Meteran'));
		expect(after[3][1][0]).toBe(before[3][1][0]);
		expect(after[3][1][1]).toBe(before[3][1][1]);
		expect(after[3][1][2]).not.toBe(before[3][1][2]);
		expect(after[0][1][0]).toBe(before[0][1][0]);
		expect(after[0][1][1]).not.toBe(before[0][1][1]);
	});

	it('reordering steps in the file keeps each step its id', () => {
		const before = asOrdering(parseOk(moduleSource(QUIZ)).quiz.questions[3]);
		const swapped = asOrdering(
			parseOk(moduleSource(QUIZ.replace('1. Potong ujung benang\n2. Masukkan', '1. Masukkan').replace('{#masukkan}\n3.', '{#masukkan}\n2. Potong ujung benang\n3.'))).quiz
				.questions[3]
		);
		expect(swapped.steps.map((step) => step.text)).toEqual(['Masukkan benang ke lubang jarum', 'Potong ujung benang', 'Tarik benang sejengkal']);
		expect(Object.fromEntries(swapped.steps.map((step) => [step.text, step.id]))).toEqual(
			Object.fromEntries(before.steps.map((step) => [step.text, step.id]))
		);
	});

	it('parses the same way twice (no hidden state between calls)', () => {
		expect(parseModule(moduleSource(QUIZ))).toEqual(parseModule(moduleSource(QUIZ)));
	});
});
