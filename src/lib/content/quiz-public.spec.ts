import { describe, expect, it } from 'vitest';
import { publicQuestion } from './quiz';
import { shuffledSteps } from './quiz-public';
import { moduleSource, parseOk } from './test-helpers';

const module = parseOk(
	moduleSource(`::::quiz
### Alat mana yang tajam?
- [x] Jarum
  Penjelasan: RAHASIA-OPSI.
- [ ] Meteran
- [x] Gunting

Penjelasan: RAHASIA-SOAL.

### Setrika boleh ditinggal menyala.
- [ ] Benar
- [x] Salah

Penjelasan: RAHASIA-SOAL.

### Mana yang rapi?
- [ ] ![Miring](gambar/miring.webp)
- [x] ![Lurus](gambar/lurus.webp)

Penjelasan: RAHASIA-SOAL.

### Urutkan langkahnya.
1. Satu
2. Dua
3. Tiga
4. Empat

Penjelasan: RAHASIA-SOAL.

### Berapa harganya?
Jawaban: 98765
Toleransi: 4321
Satuan: Rp

Penjelasan: RAHASIA-SOAL.
::::
`)
);

describe('publicQuestion', () => {
	const shown = module.quiz.questions.map(publicQuestion);

	it('never carries right answers, the numeric answer or any explanation', () => {
		const serialized = JSON.stringify(shown);
		for (const secret of ['correct', 'RAHASIA', 'explanation', 'Penjelasan', '98765', '98.765', '4321', 'answer', 'levels', 'line']) {
			expect(serialized).not.toContain(secret);
		}
	});

	it('keeps what the page needs for every type', () => {
		expect(shown.map((question) => question.type)).toEqual(['multiple', 'true-false', 'picture', 'ordering', 'numeric']);
		expect(shown[0]).toEqual({
			id: module.quiz.questions[0].id,
			type: 'multiple',
			prompt: 'Alat mana yang tajam?',
			promptHtml: 'Alat mana yang tajam?',
			bodyHtml: '',
			options: [
				{ id: expect.any(String), text: 'Jarum', html: 'Jarum' },
				{ id: expect.any(String), text: 'Meteran', html: 'Meteran' },
				{ id: expect.any(String), text: 'Gunting', html: 'Gunting' }
			]
		});
		expect(shown[2]).toMatchObject({ options: [{ text: 'Miring' }, { text: 'Lurus', html: expect.stringContaining('<img') }] });
		expect(shown[4]).toMatchObject({ type: 'numeric', unit: 'Rp' });
	});

	it('shows ordering steps shuffled, the same way on every call, never in the right order', () => {
		const steps = shown[3].type === 'ordering' ? shown[3].steps : [];
		expect(steps.map((step) => step.text).sort()).toEqual(['Dua', 'Empat', 'Satu', 'Tiga']);
		expect(steps.map((step) => step.text)).not.toEqual(['Satu', 'Dua', 'Tiga', 'Empat']);
		expect(publicQuestion(module.quiz.questions[3])).toEqual(shown[3]);
	});
});

describe('shuffledSteps', () => {
	const steps = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `s${index}`, text: `${index}`, html: `${index}` }));

	it('is never the right order, for any id and 2 to 10 steps', () => {
		for (let count = 2; count <= 10; count++) {
			for (let question = 0; question < 200; question++) {
				const shuffled = shuffledSteps(`q-${question}`, steps(count)).map((step) => step.id);
				expect(shuffled).not.toEqual(steps(count).map((step) => step.id));
				expect([...shuffled].sort()).toEqual(steps(count).map((step) => step.id).sort());
			}
		}
	});

	it('depends on the question id only', () => {
		expect(shuffledSteps('jahit', steps(6))).toEqual(shuffledSteps('jahit', steps(6)));
		const orders = new Set(Array.from({ length: 30 }, (_, index) => shuffledSteps(`q-${index}`, steps(6)).map((step) => step.id).join()));
		expect(orders.size).toBeGreaterThan(10);
	});

	it('leaves a single step alone and does not change its input', () => {
		expect(shuffledSteps('x', steps(1))).toEqual(steps(1));
		const input = steps(5);
		shuffledSteps('x', input);
		expect(input).toEqual(steps(5));
	});
});
