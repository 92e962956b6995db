import { describe, expect, it } from 'vitest';
import { gradeAnswer } from './grade';
import { parseModule } from './parse';
import { isValidOrder } from './ordering';
import { shuffledSteps } from './quiz-public';
import { fairnessWarnings, quizFairness, roughStem, sentenceOverlap } from './review';
import { asOrdering, located, moduleSource, parseErrors, parseOk } from './test-helpers';
import type { ChoiceQuestion, QuizQuestion } from './types';

/** A small module that keeps every rule: the passing example the tripping ones are made from. */
const parts = {
	intro: 'Kain perca bisa dijual lagi.\n\n## Menyimpan jarum\n\n',
	awas: ':::awas\nSimpan jarum di bantalan, jangan di mulut.\n:::\n\n',
	dasar: `:::dasar
Ambil sisa kain.
Pilih yang masih bagus.
Cuci lalu jemur.
Jual di pasar.

1. Pilih kain.
2. Cuci kain.
3. Jual kain.
:::

`,
	menengah: `:::menengah
Sisa kain dari penjahitan masih bisa menghasilkan uang tambahan bagi keluarga.
Pilihlah potongan yang masih utuh, kemudian cucilah dan setrikalah dengan rapi.

1. Pilihlah potongan kain yang masih utuh.
2. Cucilah potongan kain tersebut dengan sabun.
3. Tawarkan potongan kain di pasar terdekat.
:::

`,
	lanjut: `:::lanjut
Pengrajin berpengalaman memeriksa sisa kain berdasarkan jenis seratnya sebelum menentukan harga.
Kain katun biasanya lebih dicari daripada kain sintetis untuk kerajinan tangan.

1. Kelompokkan potongan berdasarkan jenis serat dan ukuran.
2. Cuci dengan deterjen lembut agar warnanya tidak pudar.
3. Tetapkan harga per kilogram sesuai jenis seratnya.
:::

`,
	quiz: `::::quiz
### Di mana jarum disimpan? {#simpan-jarum}
- [ ] Di mulut
- [x] Di bantalan
- [ ] Di saku baju

Penjelasan: Jarum di mulut bisa tertelan.
::::
`
};

type Parts = typeof parts;
const build = (changes: Partial<Parts> = {}) => {
	const all = { ...parts, ...changes };
	return moduleSource(all.intro + all.awas + all.dasar + all.menengah + all.lanjut + all.quiz);
};
const warningCodes = (source: string) => {
	const result = parseModule(source);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.warnings.map((warning) => warning.code);
};

describe('the content review of one module', () => {
	it('passes a module with three real levels, every safety step and a fair quiz', () => {
		expect(warningCodes(build())).toEqual([]);
	});

	it('warns when dasar sentences are long', () => {
		const long = 'Ambil sisa kain yang masih bagus dari lemari lalu pilih potongan yang utuh untuk dijual.';
		const dasar = `:::dasar\n${`${long}\n`.repeat(10)}\n1. Pilih kain.\n2. Cuci kain.\n3. Jual kain.\n:::\n\n`;
		expect(warningCodes(build({ dasar }))).toContain('readability.dasar-too-long');
	});

	it('warns when dasar is only chopped, not written in easier words', () => {
		const dasar = `:::dasar
Sisa kain menghasilkan uang tambahan.
Pilihlah potongan yang masih utuh.
Kemudian cucilah dan setrikalah.

1. Pilihlah potongan kain.
2. Cucilah potongan kain.
3. Tawarkan potongan kain.
:::

`;
		expect(warningCodes(build({ dasar }))).toContain('readability.dasar-words-not-simpler');
	});

	it('warns when lanjut repeats menengah instead of going further', () => {
		const lanjut = parts.menengah.replace(':::menengah', ':::lanjut');
		expect(warningCodes(build({ lanjut }))).toEqual(['review.levels-too-similar']);
		expect(sentenceOverlap('Satu dua. Tiga empat.', 'Satu dua. Lima enam.')).toBeCloseTo(1 / 3);
	});

	it('warns, at the callout, when a safety step is kept from one level', () => {
		const source = build({ awas: '', lanjut: parts.lanjut.replace('\n:::\n\n', '\n\n:::awas\nCabut steker setrika sesudah dipakai.\n:::\n:::\n\n').replace(':::lanjut', '::::lanjut').replace(/\n:::\n:::\n\n$/, '\n:::\n::::\n\n') });
		const result = parseModule(source);
		expect(result.ok).toBe(true);
		const safety = result.warnings.filter((warning) => warning.code === 'review.safety-missing');
		expect(safety.map((warning) => warning.message.id)).toEqual([
			expect.stringContaining('tingkat dasar'),
			expect.stringContaining('tingkat menengah')
		]);
		expect(safety[0].line).toBe(source.split('\n').findIndex((line) => line === ':::awas') + 1);
	});

	it('warns when dasar drops a step of the task that menengah has', () => {
		const dasar = parts.dasar.replace('2. Cuci kain.\n3. Jual kain.', '2. Jual kain.');
		const source = build({ dasar });
		const result = parseModule(source);
		if (!result.ok) throw new Error('expected a module');
		const steps = result.warnings.filter((warning) => warning.code === 'review.steps-missing');
		expect(steps).toHaveLength(1);
		expect(steps[0].message.id).toContain('Tingkat dasar punya 2 langkah bernomor, tingkat menengah 3');
		// Lanjut may add steps; dasar may split them: neither is a warning.
		const moreSteps = build({ dasar: parts.dasar.replace('3. Jual kain.', '3. Setrika kain.\n4. Jual kain.') });
		expect(warningCodes(moreSteps)).not.toContain('review.steps-missing');
	});

	it('warns when a question asked of every level is answered from what only lanjut was taught', () => {
		const quiz = `::::quiz
### Apa yang diperiksa sebelum menentukan harga sisa kain? {#periksa-dulu}
- [ ] Warna bungkusnya
- [x] Jenis serat kain
- [ ] Nama tokonya

Penjelasan: Harga bergantung pada jenis seratnya.
::::
`;
		const result = parseModule(build({ quiz }));
		if (!result.ok) throw new Error('expected a module');
		const taught = result.warnings.filter((warning) => warning.code === 'review.taught-only-higher');
		expect(taught).toHaveLength(1);
		expect(taught[0].message.id).toContain('tingkat dasar');
		expect(taught[0].message.id).toMatch(/jenis, serat/);
		// Asked only of lanjut, it is fair.
		expect(warningCodes(build({ quiz: quiz.replace('### Apa', ':::lanjut\n### Apa').replace('\n::::\n', '\n:::\n::::\n') }))).not.toContain(
			'review.taught-only-higher'
		);
	});

	it('warns when a multiple-answer item has all options but one right', () => {
		const quiz = `::::quiz
### Mana yang aman? {#aman type=pilih-beberapa}
- [x] Jarum di bantalan
- [x] Gunting ditutup
- [x] Setrika dicabut
- [ ] Jarum di mulut

Penjelasan: Jarum di mulut bisa tertelan.
::::
`;
		expect(warningCodes(build({ quiz }))).toContain('review.all-but-one-right');
		const fair = quiz.replace('- [x] Setrika dicabut', '- [ ] Setrika dibiarkan menyala');
		expect(warningCodes(build({ quiz: fair }))).not.toContain('review.all-but-one-right');
	});

	it('finds Indonesian roots under common affixes', () => {
		expect(roughStem('menjahitkan')).toBe('jahit');
		expect(roughStem('bantalan')).toBe('bantal');
		expect(roughStem('kain')).toBe('kain');
	});
});

function single(id: string, options: string[], keyIndex: number): ChoiceQuestion {
	return {
		id,
		type: 'single',
		levels: ['dasar', 'menengah', 'lanjut'],
		prompt: id,
		promptHtml: id,
		bodyHtml: '',
		explanation: '',
		explanationHtml: '',
		line: 1,
		options: options.map((text, index) => ({ id: `${id}-${index}`, text, html: text, correct: index === keyIndex }))
	};
}

function trueFalse(id: string, benar: boolean): ChoiceQuestion {
	return { ...single(id, ['Benar', 'Salah'], benar ? 0 : 1), type: 'true-false' };
}

describe('quiz fairness across a course', () => {
	const balanced: QuizQuestion[] = [
		single('a', ['Pendek', 'Pilihan panjang', 'Sedang'], 0),
		single('b', ['Pilihan panjang', 'Pendek', 'Sedang'], 1),
		single('c', ['Sedang', 'Pendek', 'Pilihan panjang'], 2),
		single('d', ['Pendek', 'Sedang', 'Pilihan panjang'], 0),
		single('e', ['Pendek', 'Pilihan panjang', 'Sedang'], 1),
		single('f', ['Sedang', 'Pilihan panjang', 'Pendek'], 2),
		trueFalse('t1', true),
		trueFalse('t2', false),
		trueFalse('t3', true),
		trueFalse('t4', false)
	];

	it('passes a course whose keys are spread, not longest, and balanced', () => {
		const figures = quizFairness(balanced);
		expect(figures).toMatchObject({ single: 6, keyLongest: 2, trueFalse: 4, trueFalseBenar: 2 });
		expect(figures.positions[3]).toEqual([2, 2, 2]);
		expect(fairnessWarnings(figures)).toEqual([]);
	});

	it('warns when the right option is usually the longest', () => {
		const longest = balanced.map((question) =>
			question.type === 'single'
				? { ...question, options: question.options.map((option) => (option.correct ? { ...option, text: 'Jawaban yang paling panjang' } : option)) }
				: question
		);
		expect(fairnessWarnings(quizFairness(longest)).map((warning) => warning.code)).toEqual(['review.key-longest']);
	});

	it('warns when the key sits in one position', () => {
		const first = balanced.map((question, index) => (question.type === 'single' ? single(`p${index}`, ['Satu', 'Dua', 'Tiga'], 0) : question));
		const codes = fairnessWarnings(quizFairness(first)).map((warning) => warning.message.en);
		expect(codes).toEqual([
			expect.stringContaining('position 1 in 6 (100%)'),
			expect.stringContaining('position 2 in 0 (0%)'),
			expect.stringContaining('position 3 in 0 (0%)')
		]);
	});

	it('warns when true/false keys lean one way', () => {
		const salah = balanced.map((question) => (question.type === 'true-false' ? trueFalse(question.id, false) : question));
		expect(fairnessWarnings(quizFairness(salah)).map((warning) => warning.code)).toEqual(['review.true-false-balance']);
	});

	it('says nothing about a handful of items, where a share is chance', () => {
		expect(fairnessWarnings(quizFairness([single('x', ['Satu', 'Dua', 'Jawaban panjang'], 2), trueFalse('y', false)]))).toEqual([]);
	});
});

describe('ordering steps in a free group', () => {
	const question = (steps: string) =>
		moduleSource(`::::quiz
### Urutkan langkah menjahit kancing. {#kancing}
${steps}
Penjelasan: Benang dan jarum disiapkan dulu, urutannya bebas.
::::
`);

	it('accepts every order of the steps that may swap, and only those', () => {
		const steps = '1. Siapkan jarum {#jarum bebas=a}\n2. Siapkan benang {#benang bebas=a}\n3. Jahit kancing {#jahit}\n4. Simpul benang {#simpul}\n';
		const ordering = asOrdering(parseOk(question(steps)).quiz.questions[0]);
		expect(ordering.steps.map((step) => step.group)).toEqual(['a', 'a', undefined, undefined]);
		const grade = (order: string[]) => gradeAnswer(ordering, { kind: 'ordering', order });
		expect(grade(['jarum', 'benang', 'jahit', 'simpul'])).toBe(true);
		expect(grade(['benang', 'jarum', 'jahit', 'simpul'])).toBe(true);
		expect(grade(['jarum', 'jahit', 'benang', 'simpul'])).toBe(false);
		expect(grade(['jarum', 'benang', 'simpul', 'jahit'])).toBe(false);
		expect(isValidOrder(ordering.steps, ['jarum', 'jarum', 'jahit', 'simpul'])).toBe(false);
		// The page never starts on an order the key accepts.
		expect(isValidOrder(ordering.steps, shuffledSteps(ordering.id, ordering.steps).map((step) => step.id))).toBe(false);
	});

	it('refuses a group that is split, a group of one, a group of everything, and unknown attributes', () => {
		expect(located(parseErrors(question('1. Satu {#satu bebas=a}\n2. Dua {#dua}\n3. Tiga {#tiga bebas=a}\n')))).toEqual([
			'quiz.ordering-group-split@10:1'
		]);
		expect(located(parseErrors(question('1. Satu {#satu bebas=a}\n2. Dua {#dua}\n3. Tiga {#tiga}\n')))).toEqual(['quiz.ordering-group-single@8:1']);
		expect(located(parseErrors(question('1. Satu {#satu bebas=a}\n2. Dua {#dua bebas=a}\n')))).toEqual(['quiz.ordering-group-all@8:1']);
		expect(located(parseErrors(question('1. Satu {#satu warna=merah}\n2. Dua {#dua}\n')))).toEqual(['quiz.step-attribute-unknown@8:1']);
	});
});
