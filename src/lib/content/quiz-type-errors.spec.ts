import { describe, expect, it } from 'vitest';
import { located, moduleSource, parseErrors } from './test-helpers';

/** A quiz with one question: heading on file line 7, its answer from line 8. */
const question = (heading: string, answer: string) => moduleSource(`::::quiz\n### ${heading}\n${answer}\n\nPenjelasan: karena.\n::::\n`);

describe('question type errors', () => {
	it('quiz.unknown-type names the word the trainer wrote', () => {
		const errors = parseErrors(question('Soal? {type=pilihan}', '- [x] a\n- [ ] b'));
		expect(located(errors)).toEqual(['quiz.unknown-type@7:1']);
		expect(errors[0].message.id).toContain('"pilihan"');
		expect(errors[0].message.id).toContain('pilih-beberapa');
	});

	it('quiz.unknown-attribute for anything but #id and type=', () => {
		const errors = parseErrors(question('Soal? {#soal level=dasar}', '- [x] a\n- [ ] b'));
		expect(located(errors)).toEqual(['quiz.unknown-attribute@7:1']);
		expect(errors[0].message.id).toContain('level=dasar');
	});

	it('quiz.true-false-options when the options are not Benar and Salah', () => {
		expect(located(parseErrors(question('Jarum tajam. {type=benar-salah}', '- [x] Betul\n- [ ] Salah')))).toEqual(['quiz.true-false-options@8:1']);
		expect(located(parseErrors(question('Jarum tajam. {type=benar-salah}', '- [x] Benar\n- [ ] Salah\n- [ ] Mungkin')))).toEqual([
			'quiz.true-false-options@8:1'
		]);
	});

	it('true-false with both marked is one more [x] than allowed', () => {
		expect(located(parseErrors(question('Jarum tajam. {type=benar-salah}', '- [x] Benar\n- [x] Salah')))).toEqual(['quiz.multiple-correct@9:1']);
	});

	it('quiz.picture-no-image at the option without an image', () => {
		expect(located(parseErrors(question('Mana yang rapi? {type=gambar}', '- [x] ![Rapi](rapi.webp)\n- [ ] Jahitan miring')))).toEqual([
			'quiz.picture-no-image@9:1'
		]);
	});

	it('a picture option without alt text is reported once, at the image', () => {
		expect(located(parseErrors(question('Mana yang rapi?', '- [x] ![Rapi](rapi.webp)\n- [ ] ![](miring.webp)')))).toEqual(['image.missing-alt@9:7']);
	});

	it('quiz.ordering-not-numbered for bullets or boxes', () => {
		expect(located(parseErrors(question('Urutkan. {type=urutan}', '- a\n- b')))).toEqual(['quiz.ordering-not-numbered@8:1']);
		expect(located(parseErrors(question('Urutkan. {type=urutan}', '1. [x] a\n2. [ ] b')))).toEqual(['quiz.ordering-not-numbered@8:1']);
	});

	it('quiz.ordering-too-few and quiz.ordering-too-many', () => {
		expect(located(parseErrors(question('Urutkan.', '1. Satu-satunya langkah')))).toEqual(['quiz.ordering-too-few@8:1']);
		const eleven = Array.from({ length: 11 }, (_, index) => `${index + 1}. Langkah ${index + 1}`).join('\n');
		const errors = parseErrors(question('Urutkan.', eleven));
		expect(located(errors)).toEqual(['quiz.ordering-too-many@18:1']);
		expect(errors[0].message.id).toContain('10 langkah');
	});

	it('quiz.empty-step and id.duplicate-step', () => {
		expect(located(parseErrors(question('Urutkan.', '1. a\n2. {#kosong}\n3. c')))).toEqual(['quiz.empty-step@9:1']);
		expect(located(parseErrors(question('Urutkan.', '1. Potong\n2. potong\n3. Jahit')))).toEqual(['id.duplicate-step@9:1']);
	});

	it('quiz.numeric-no-answer when the type is angka but there is no Jawaban line', () => {
		expect(located(parseErrors(moduleSource('::::quiz\n### Berapa? {type=angka}\n\nPenjelasan: x.\n::::\n')))).toEqual(['quiz.numeric-no-answer@7:1']);
		expect(located(parseErrors(question('Berapa?', 'Toleransi: 5')))).toEqual(['quiz.numeric-no-answer@7:1']);
	});

	it('quiz.numeric-invalid at the line, for the answer and the tolerance', () => {
		const errors = parseErrors(question('Berapa?', 'Jawaban: lima belas ribu\nToleransi: 5%'));
		expect(located(errors)).toEqual(['quiz.numeric-invalid@8:1', 'quiz.numeric-invalid@9:1']);
		expect(errors[0].message.id).toContain('"lima belas ribu"');
		expect(errors[1].message.id).toContain('Toleransi');
	});

	it('quiz.numeric-negative-tolerance, quiz.numeric-unknown-line, quiz.numeric-repeated-line', () => {
		expect(located(parseErrors(question('Berapa?', 'Jawaban: 10\nToleransi: -1')))).toEqual(['quiz.numeric-negative-tolerance@9:1']);
		expect(located(parseErrors(question('Berapa?', 'Jawaban: 10\nkira-kira saja')))).toEqual(['quiz.numeric-unknown-line@9:1']);
		expect(located(parseErrors(question('Berapa?', 'Jawaban: 10\n\nJawaban: 12')))).toEqual(['quiz.numeric-repeated-line@10:1']);
	});

	it('quiz.numeric-with-options and quiz.answer-lines-without-numeric', () => {
		expect(located(parseErrors(question('Berapa? {type=angka}', 'Jawaban: 10\n\n- [x] 10\n- [ ] 12')))).toEqual(['quiz.numeric-with-options@10:1']);
		expect(located(parseErrors(question('Berapa?', 'Jawaban: 10\n\n- [x] 10\n- [ ] 12')))).toEqual(['quiz.answer-lines-without-numeric@8:1']);
	});

	it('a question with no answer at all names every way to write one', () => {
		const errors = parseErrors(moduleSource('::::quiz\n### Berapa?\n\nPenjelasan: x.\n::::\n'));
		expect(located(errors)).toEqual(['quiz.no-options@7:1']);
		expect(errors[0].message.id).toContain('Jawaban:');
	});

	it('quiz.block-inside for a callout or a task inside the quiz', () => {
		expect(located(parseErrors(moduleSource('::::quiz\n:::tips\nIngat.\n:::\n### A?\n- [x] a\n- [ ] b\n::::\n')))).toEqual(['quiz.block-inside@7:1']);
		const errors = parseErrors(moduleSource('::::quiz\n### A?\n- [x] a\n- [ ] b\n\n:::tugas\nJahit.\n:::\n::::\n'));
		expect(located(errors)).toEqual(['quiz.block-inside@11:1']);
		expect(errors[0].message.id).toContain(':::tugas');
	});

	it('option explanations follow the same rule as other text after the options', () => {
		expect(located(parseErrors(question('A?', '- [x] a\n\n  Bukan penjelasan.\n- [ ] b')))).toEqual(['quiz.unexpected-content@10:3']);
	});
});
