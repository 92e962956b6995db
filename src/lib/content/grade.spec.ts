import { describe, expect, it } from 'vitest';
import { gradeAnswer, parseIndonesianNumber, readAnswer, type QuizAnswer } from './grade';
import type { ChoiceQuestion, NumericQuestion, OrderingQuestion, QuizQuestion } from './types';

const base = { levels: ['dasar', 'menengah', 'lanjut'] as const, prompt: 'Soal', promptHtml: 'Soal', bodyHtml: '', explanation: '', explanationHtml: '', line: 1 };
const option = (id: string, correct: boolean) => ({ id, text: id, html: id, correct });

const single: ChoiceQuestion = { ...base, levels: [...base.levels], id: 'satu', type: 'single', options: [option('a', false), option('b', true), option('c', false)] };
const multiple: ChoiceQuestion = { ...single, id: 'banyak', type: 'multiple', options: [option('a', true), option('b', false), option('c', true)] };
const trueFalse: ChoiceQuestion = { ...single, id: 'bs', type: 'true-false', options: [option('benar', false), option('salah', true)] };
const picture: ChoiceQuestion = { ...single, id: 'gambar', type: 'picture' };
const ordering: OrderingQuestion = {
	...base,
	levels: [...base.levels],
	id: 'urut',
	type: 'ordering',
	steps: ['s1', 's2', 's3'].map((id) => ({ id, text: id, html: id }))
};
const numeric: NumericQuestion = { ...base, levels: [...base.levels], id: 'harga', type: 'numeric', answer: { value: 15000, tolerance: 500, unit: 'Rp' } };

/** Form values as the browser sends them. */
function form(fields: Record<string, string | string[]>): (name: string) => string[] {
	return (name) => {
		const value = fields[name];
		return value === undefined ? [] : Array.isArray(value) ? value : [value];
	};
}

function read(question: QuizQuestion, fields: Record<string, string | string[]>) {
	return readAnswer(question, form(fields));
}

function graded(question: QuizQuestion, fields: Record<string, string | string[]>): boolean {
	const result = read(question, fields);
	if (!result.ok) throw new Error(`expected an answer, got ${result.reason}`);
	return gradeAnswer(question, result.answer);
}

describe('readAnswer and gradeAnswer: choice types', () => {
	it('single, true-false and picture: the one right option', () => {
		for (const question of [single, picture]) {
			expect(graded(question, { [`q:${question.id}`]: 'b' })).toBe(true);
			expect(graded(question, { [`q:${question.id}`]: 'a' })).toBe(false);
		}
		expect(graded(trueFalse, { 'q:bs': 'salah' })).toBe(true);
		expect(graded(trueFalse, { 'q:bs': 'benar' })).toBe(false);
	});

	it('nothing chosen is unanswered', () => {
		expect(read(single, {})).toEqual({ ok: false, reason: 'unanswered' });
		expect(read(multiple, {})).toEqual({ ok: false, reason: 'unanswered' });
	});

	it('tampered: unknown option, two values for a radio, duplicates, oversized values', () => {
		expect(read(single, { 'q:satu': 'z' })).toEqual({ ok: false, reason: 'tampered' });
		expect(read(single, { 'q:satu': ['a', 'b'] })).toEqual({ ok: false, reason: 'tampered' });
		expect(read(trueFalse, { 'q:bs': ['benar', 'salah'] })).toEqual({ ok: false, reason: 'tampered' });
		expect(read(picture, { 'q:gambar': ['b', 'b'] })).toEqual({ ok: false, reason: 'tampered' });
		expect(read(multiple, { 'q:banyak': ['a', 'a'] })).toEqual({ ok: false, reason: 'tampered' });
		expect(read(single, { 'q:satu': 'b'.repeat(65) })).toEqual({ ok: false, reason: 'tampered' });
		expect(read(single, { 'q:satu': '' })).toEqual({ ok: false, reason: 'tampered' });
	});

	it('multiple is right only for exactly the right set', () => {
		expect(graded(multiple, { 'q:banyak': ['c', 'a'] })).toBe(true);
		expect(graded(multiple, { 'q:banyak': ['a'] })).toBe(false);
		expect(graded(multiple, { 'q:banyak': ['a', 'b', 'c'] })).toBe(false);
		expect(graded(multiple, { 'q:banyak': ['b'] })).toBe(false);
	});

	it('reads the values it was given, as they were given', () => {
		expect(read(multiple, { 'q:banyak': ['c', 'a'] })).toEqual({ ok: true, answer: { kind: 'choice', optionIds: ['c', 'a'] } });
	});

	it('a stored answer of another kind, or with duplicates, is never right', () => {
		expect(gradeAnswer(single, { kind: 'ordering', order: ['b'] })).toBe(false);
		expect(gradeAnswer(single, { kind: 'choice', optionIds: ['b', 'b'] })).toBe(false);
		expect(gradeAnswer(single, { kind: 'choice', optionIds: [] })).toBe(false);
	});
});

describe('readAnswer and gradeAnswer: ordering', () => {
	const positions = (s1: string, s2: string, s3: string) => ({ 'q:urut:s1': s1, 'q:urut:s2': s2, 'q:urut:s3': s3 });

	it('reads positions into an order of step ids and grades it', () => {
		expect(read(ordering, positions('2', '3', '1'))).toEqual({ ok: true, answer: { kind: 'ordering', order: ['s3', 's1', 's2'] } });
		expect(graded(ordering, positions('1', '2', '3'))).toBe(true);
		expect(graded(ordering, positions('2', '1', '3'))).toBe(false);
	});

	it('a step left without a number is unanswered', () => {
		expect(read(ordering, { 'q:urut:s1': '1', 'q:urut:s2': '2' })).toEqual({ ok: false, reason: 'unanswered' });
		expect(read(ordering, positions('1', '', '3'))).toEqual({ ok: false, reason: 'unanswered' });
	});

	it('the same position for two steps is a slip to point out, not a forged form', () => {
		expect(read(ordering, positions('1', '1', '3'))).toEqual({ ok: false, reason: 'duplicate-position' });
		expect(read(ordering, positions('2', '', '2'))).toEqual({ ok: false, reason: 'duplicate-position' });
	});

	it('tampered: out-of-range positions, non-numbers, two values for a step', () => {
		expect(read(ordering, positions('1', '2', '4'))).toEqual({ ok: false, reason: 'tampered' });
		expect(read(ordering, positions('0', '2', '3'))).toEqual({ ok: false, reason: 'tampered' });
		expect(read(ordering, positions('1', '2', 'x'))).toEqual({ ok: false, reason: 'tampered' });
		expect(read(ordering, positions('1', '2', '3'.repeat(80)))).toEqual({ ok: false, reason: 'tampered' });
		expect(read(ordering, { ...positions('1', '2', '3'), 'q:urut:s1': ['1', '2'] })).toEqual({ ok: false, reason: 'tampered' });
	});

	it('a tampered step counts even when another step is empty', () => {
		expect(read(ordering, positions('', '9', '1'))).toEqual({ ok: false, reason: 'tampered' });
	});

	it('a stored order naming other steps or too few is wrong', () => {
		expect(gradeAnswer(ordering, { kind: 'ordering', order: ['s1', 's2'] })).toBe(false);
		expect(gradeAnswer(ordering, { kind: 'ordering', order: ['s1', 's2', 's9'] })).toBe(false);
	});
});

describe('readAnswer and gradeAnswer: numeric', () => {
	it('right within the tolerance, wrong outside it', () => {
		expect(graded(numeric, { 'q:harga': '15.000' })).toBe(true);
		expect(graded(numeric, { 'q:harga': '15500' })).toBe(true);
		expect(graded(numeric, { 'q:harga': '14.500' })).toBe(true);
		expect(graded(numeric, { 'q:harga': '15.501' })).toBe(false);
		expect(graded(numeric, { 'q:harga': '14499' })).toBe(false);
	});

	it('keeps what was typed beside the number it read', () => {
		expect(read(numeric, { 'q:harga': ' Rp 15.000,- ' })).toEqual({ ok: true, answer: { kind: 'numeric', raw: 'Rp 15.000,-', value: 15000 } });
	});

	it('accepts the unit typed again after the number', () => {
		const metres: NumericQuestion = { ...numeric, answer: { value: 2.5, tolerance: 0, unit: 'meter' } };
		expect(graded(metres, { 'q:harga': '2,5 meter' })).toBe(true);
	});

	it('a decimal answer within a decimal tolerance is right despite binary rounding', () => {
		const cloth: NumericQuestion = { ...numeric, answer: { value: 2.5, tolerance: 0.1, unit: 'm' } };
		expect(graded(cloth, { 'q:harga': '2,6' })).toBe(true);
		expect(graded(cloth, { 'q:harga': '2,4' })).toBe(true);
		expect(graded(cloth, { 'q:harga': '2,61' })).toBe(false);
	});

	it('exact when the tolerance is 0', () => {
		const exact: NumericQuestion = { ...numeric, answer: { value: 12, tolerance: 0, unit: '' } };
		expect(graded(exact, { 'q:harga': '12' })).toBe(true);
		expect(graded(exact, { 'q:harga': '12,01' })).toBe(false);
	});

	it('empty is unanswered; words are not a number; oversized or repeated is tampered', () => {
		expect(read(numeric, {})).toEqual({ ok: false, reason: 'unanswered' });
		expect(read(numeric, { 'q:harga': '   ' })).toEqual({ ok: false, reason: 'unanswered' });
		expect(read(numeric, { 'q:harga': 'lima belas ribu' })).toEqual({ ok: false, reason: 'not-a-number' });
		expect(read(numeric, { 'q:harga': '15,000' })).toEqual({ ok: false, reason: 'not-a-number' });
		expect(read(numeric, { 'q:harga': '1'.repeat(51) })).toEqual({ ok: false, reason: 'tampered' });
		expect(read(numeric, { 'q:harga': ['15000', '15000'] })).toEqual({ ok: false, reason: 'tampered' });
	});

	it('a stored answer that is not a finite number is wrong', () => {
		const answer: QuizAnswer = { kind: 'numeric', raw: 'x', value: Number.NaN };
		expect(gradeAnswer(numeric, answer)).toBe(false);
		expect(gradeAnswer(numeric, { kind: 'choice', optionIds: ['15000'] })).toBe(false);
	});
});

describe('parseIndonesianNumber', () => {
	const cases: [string, number | null][] = [
		['15000', 15000],
		['15.000', 15000],
		['1.250.000', 1250000],
		['Rp 15.000', 15000],
		['Rp15.000', 15000],
		['Rp. 15.000,-', 15000],
		['15.000,50', 15000.5],
		['2,5', 2.5],
		['0,75', 0.75],
		['2.5', 2.5],
		['1.5', 1.5],
		['0.500', 0.5],
		['15 000', 15000],
		['15rb', 15000],
		['15 ribu', 15000],
		['2,5 juta', 2500000],
		['1,1jt', 1100000],
		['15k', 15000],
		['15000 rupiah', 15000],
		['-5', -5],
		['Rp -5.000', -5000],
		['0', 0],
		['007', 7],
		['１５０００', 15000],
		['15,000', null],
		['2,500', null],
		['15.00.0', null],
		['1.2.3', null],
		['15,000.50', null],
		['--5', null],
		['', null],
		['Rp', null],
		['lima', null],
		['1e5', null],
		['Infinity', null],
		['12 34 a', null],
		['1234567890123456', null]
	];
	for (const [raw, expected] of cases) {
		it(`"${raw}" → ${expected}`, () => {
			expect(parseIndonesianNumber(raw)).toBe(expected);
		});
	}
});
