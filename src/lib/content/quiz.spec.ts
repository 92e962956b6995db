import { describe, expect, it } from 'vitest';
import { parseModule, publicQuestion, quizForLevel } from './parse';
import { asChoice, located, moduleSource, parseErrors, parseOk, publicOptions } from './test-helpers';

const QUIZ = `Teks modul.

::::quiz
### Alat apa yang dipakai untuk memotong kain?
- [ ] Pisau dapur
- [x] Gunting kain {#gunting-kain}
- [ ] Gunting kertas

Penjelasan: Gunting kain tetap tajam kalau **hanya** dipakai untuk kain.

### Di mana jarum disimpan setelah dipakai? {#simpan-jarum}
- [x] Di bantalan jarum
- [ ] Di mulut

**Penjelasan:** Bantalan jarum menjaga jarum tidak hilang.

Jarum di mulut bisa tertelan.

:::dasar
### Jarum itu tajam. Benar?
- [x] Benar
- [ ] Salah

Penjelasan: Ujung jarum tajam.
:::

:::level{menengah lanjut}
### Bu Sari membeli kain. Berapa kembaliannya?
Harga kain Rp30.000. Bu Sari membayar Rp50.000.

- [ ] Rp10.000
- [x] Rp20.000

Explanation: 50.000 − 30.000 = 20.000.
:::
::::
`;

describe('quiz', () => {
	const module = parseOk(moduleSource(QUIZ));
	const [cutting, storing, dasarOnly, story] = module.quiz.questions.map(asChoice);

	it('reads questions in order with options, the correct one and the explanation', () => {
		expect(module.quiz.questions).toHaveLength(4);
		expect(cutting).toMatchObject({
			type: 'single',
			prompt: 'Alat apa yang dipakai untuk memotong kain?',
			levels: ['dasar', 'menengah', 'lanjut'],
			explanation: 'Gunting kain tetap tajam kalau hanya dipakai untuk kain.',
			line: 9
		});
		expect(cutting.options.map((option) => [option.text, option.correct])).toEqual([
			['Pisau dapur', false],
			['Gunting kain', true],
			['Gunting kertas', false]
		]);
		expect(cutting.explanationHtml).toBe('<p>Gunting kain tetap tajam kalau <strong>hanya</strong> dipakai untuk kain.</p>');
	});

	it('takes explicit ids and derives the others', () => {
		expect(storing.id).toBe('simpan-jarum');
		expect(cutting.id).toMatch(/^q-[0-9a-f]{8}$/);
		expect(cutting.options[1].id).toBe('gunting-kain');
		expect(cutting.options[0].id).toMatch(/^o-[0-9a-f]{8}$/);
	});

	it('accepts a bold label and keeps every explanation paragraph', () => {
		expect(storing.explanation).toBe('Bantalan jarum menjaga jarum tidak hilang.\n\nJarum di mulut bisa tertelan.');
	});

	it('keeps text between the question and its options as the question body', () => {
		expect(story.bodyHtml).toBe('<p>Harga kain Rp30.000. Bu Sari membayar Rp50.000.</p>');
		expect(story.explanation).toBe('50.000 − 30.000 = 20.000.');
	});

	it('gives each level the shared questions plus its own', () => {
		expect(dasarOnly.levels).toEqual(['dasar']);
		expect(story.levels).toEqual(['menengah', 'lanjut']);
		expect(quizForLevel(module.quiz, 'dasar').map((q) => q.id)).toEqual([cutting.id, storing.id, dasarOnly.id]);
		expect(quizForLevel(module.quiz, 'menengah').map((q) => q.id)).toEqual([cutting.id, storing.id, story.id]);
		expect(quizForLevel(module.quiz, 'lanjut').map((q) => q.id)).toEqual([cutting.id, storing.id, story.id]);
	});

	it('keeps the quiz out of the lesson HTML', () => {
		for (const html of Object.values(module.html)) {
			expect(html).toBe('<p>Teks modul.</p>');
		}
	});

	it('publicQuestion carries no answer and no explanation', () => {
		const shown = publicQuestion(cutting);
		const serialized = JSON.stringify(shown);
		expect(serialized).not.toContain('correct');
		expect(serialized).not.toContain('Penjelasan');
		expect(serialized).not.toContain('tetap tajam');
		expect(publicOptions(shown).map((option) => option.text)).toEqual(['Pisau dapur', 'Gunting kain', 'Gunting kertas']);
	});

	it('keeps ids stable when another question is edited', () => {
		const edited = parseOk(
			moduleSource(QUIZ.replace('Di mana jarum disimpan setelah dipakai?', 'Di mana jarum sebaiknya disimpan?').replace('Bu Sari membeli kain.', 'Bu Ani membeli kain.'))
		);
		const before = module.quiz.questions.map(asChoice).map((q) => [q.id, q.options.map((o) => o.id)]);
		const after = edited.quiz.questions.map(asChoice).map((q) => [q.id, q.options.map((o) => o.id)]);
		expect(after[0]).toEqual(before[0]);
		expect(after[1]).toEqual(before[1]); // explicit id survives a change of wording
		expect(after[2]).toEqual(before[2]);
		expect(after[3][0]).not.toEqual(before[3][0]); // the edited question without an explicit id is a new question
		expect(after[3][1]).toEqual(before[3][1]);
	});

	it('keeps ids stable when questions are reordered', () => {
		const first = parseOk(moduleSource('::::quiz\n### A?\n- [x] 1\n- [ ] 2\n\nPenjelasan: a.\n\n### B?\n- [x] 3\n- [ ] 4\n\nPenjelasan: b.\n::::\n'));
		const swapped = parseOk(moduleSource('::::quiz\n### B?\n- [x] 3\n- [ ] 4\n\nPenjelasan: b.\n\n### A?\n- [x] 1\n- [ ] 2\n\nPenjelasan: a.\n::::\n'));
		expect(swapped.quiz.questions.map((q) => q.id).reverse()).toEqual(first.quiz.questions.map((q) => q.id));
	});

	it('allows a module without a quiz', () => {
		expect(parseOk(moduleSource('Hanya bacaan.\n')).quiz.questions).toEqual([]);
	});
});

describe('quiz errors', () => {
	const question = (options: string, extra = '') =>
		moduleSource(`:::quiz\n### Soal?\n${options}\n\nPenjelasan: karena.\n${extra}:::\n`);

	it('quiz.no-correct-answer at the option list', () => {
		const errors = parseErrors(question('- [ ] a\n- [ ] b'));
		expect(located(errors)).toEqual(['quiz.no-correct-answer@8:1']);
		expect(errors[0].message.id).toBe('Soal ini belum punya jawaban benar. Tandai jawaban yang benar dengan [x].');
	});

	it('quiz.multiple-correct at the second [x] when the heading says one answer', () => {
		const errors = parseErrors(question('- [x] a\n- [ ] b\n- [x] c').replace('Soal?', 'Soal? {type=pilihan-ganda}'));
		expect(located(errors)).toEqual(['quiz.multiple-correct@10:1']);
		expect(errors[0].message.id).toContain('pilihan-ganda');
		expect(errors[0].message.en).toContain('single-choice');
	});

	it('quiz.no-options at the question', () => {
		expect(located(parseErrors(moduleSource(':::quiz\n### Soal?\n\nPenjelasan: x.\n:::\n')))).toEqual(['quiz.no-options@7:1']);
	});

	it('quiz.too-few-options', () => {
		expect(located(parseErrors(question('- [x] a')))).toEqual(['quiz.too-few-options@8:1']);
	});

	it('quiz.option-not-checkbox and quiz.empty-option', () => {
		expect(located(parseErrors(question('- [x] a\n- b')))).toEqual(['quiz.option-not-checkbox@9:1']);
		expect(located(parseErrors(question('- [x] a\n- [ ] {#kosong}')))).toEqual(['quiz.empty-option@9:1']);
	});

	it('quiz.extra-options and quiz.unexpected-content', () => {
		expect(located(parseErrors(moduleSource(':::quiz\n### Soal?\n- [x] a\n- [ ] b\n\nTeks lain.\n:::\n')))).toEqual([
			'quiz.unexpected-content@11:1'
		]);
		expect(located(parseErrors(moduleSource(':::quiz\n### Soal?\n- [x] a\n- [ ] b\n\n1. [ ] c\n:::\n')))).toEqual([
			'quiz.extra-options@11:1'
		]);
	});

	it('quiz.empty-question, quiz.content-before-question, quiz.empty', () => {
		expect(located(parseErrors(moduleSource(':::quiz\n### {#kosong}\n- [x] a\n- [ ] b\n:::\n')))).toEqual(['quiz.empty-question@7:1']);
		expect(located(parseErrors(question('- [x] a\n- [ ] b').replace(':::quiz\n', ':::quiz\nPengantar.\n\n')))).toEqual([
			'quiz.content-before-question@7:1'
		]);
		expect(located(parseErrors(moduleSource(':::quiz\n:::\n')))).toEqual(['quiz.empty@6:1']);
	});

	it('quiz.not-last, quiz.duplicate, quiz.inside-level, quiz.nested', () => {
		const quiz = ':::quiz\n### Soal?\n- [x] a\n- [ ] b\n:::\n';
		expect(located(parseErrors(moduleSource(`${quiz}\nTeks setelah kuis.\n`)))).toEqual(['quiz.not-last@12:1']);
		expect(located(parseErrors(moduleSource(`${quiz}\n${quiz.replace('Soal?', 'Soal lain?')}`)))).toEqual(['quiz.duplicate@12:1']);
		expect(located(parseErrors(moduleSource(`::::dasar\n${quiz}::::\n`)))).toEqual(['quiz.inside-level@7:1']);
		expect(located(parseErrors(moduleSource(`> ${quiz.trimEnd().replaceAll('\n', '\n> ')}\n`)))).toEqual(['quiz.nested@6:3']);
	});

	it('level.unknown and level.nested inside the quiz', () => {
		expect(located(parseErrors(moduleSource('::::quiz\n:::mudah\n### A?\n- [x] a\n- [ ] b\n:::\n::::\n')))).toEqual(['level.unknown@7:1']);
		expect(
			located(parseErrors(moduleSource(':::::quiz\n::::dasar\n:::lanjut\n### A?\n- [x] a\n- [ ] b\n:::\n::::\n:::::\n')))
		).toEqual(['level.nested@8:1']);
	});

	it('id.invalid, id.duplicate-question, id.duplicate-option', () => {
		expect(located(parseErrors(question('- [x] a\n- [ ] b').replace('Soal?', 'Soal? {#Soal Satu}')))).toEqual(['id.invalid@7:1']);
		const twice = moduleSource('::::quiz\n### Sama?\n- [x] a\n- [ ] b\n\n:::dasar\n### sama?\n- [x] a\n- [ ] b\n:::\n::::\n');
		const duplicate = parseErrors(twice);
		expect(located(duplicate)).toEqual(['id.duplicate-question@12:1']);
		expect(duplicate[0].message.id).toContain('baris 7');
		expect(located(parseErrors(question('- [x] Gunting\n- [ ] gunting')))).toEqual(['id.duplicate-option@9:1']);
	});

	it('warns about a question without explanation and a level without questions', () => {
		const result = parseModule(moduleSource('::::quiz\n:::dasar\n### A?\n- [x] a\n- [ ] b\n:::\n::::\n'));
		expect(result.ok).toBe(true);
		expect(located(result.warnings)).toEqual([
			'quiz.level-without-questions@6:1',
			'quiz.level-without-questions@6:1',
			'quiz.no-explanation@8:1'
		]);
	});
});
