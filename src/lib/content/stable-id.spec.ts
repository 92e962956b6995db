import { describe, expect, it } from 'vitest';
import { derivedCriterionId, derivedOptionId, derivedQuestionId, derivedStepId, shortHash, splitAttributes, splitExplicitId } from './stable-id';

describe('stable ids', () => {
	it('hashes to 8 hex digits, deterministically', () => {
		expect(shortHash('jarum')).toMatch(/^[0-9a-f]{8}$/);
		expect(shortHash('jarum')).toBe(shortHash('jarum'));
		expect(shortHash('jarum')).not.toBe(shortHash('jarum pentul'));
	});

	it('matches the published FNV-1a test vectors', () => {
		expect(shortHash('')).toBe('811c9dc5');
		expect(shortHash('a')).toBe('e40c292c');
		expect(shortHash('foobar')).toBe('bf9cf968');
	});

	it('ignores case and spacing, not wording', () => {
		expect(derivedQuestionId('Alat apa  untuk memotong kain?')).toBe(derivedQuestionId(' alat apa untuk memotong KAIN? '));
		expect(derivedQuestionId('Alat apa untuk memotong kain?')).not.toBe(derivedQuestionId('Alat apa untuk memotong kertas?'));
		expect(derivedOptionId('Gunting kain')).toMatch(/^o-[0-9a-f]{8}$/);
	});

	it('splits an explicit {#id} off the end of a text', () => {
		expect(splitExplicitId('Apa ini? {#apa-ini}')).toEqual({ text: 'Apa ini?', id: 'apa-ini' });
		expect(splitExplicitId('Apa ini?')).toEqual({ text: 'Apa ini?', id: undefined });
	});

	it('gives steps and criteria ids of their own kind', () => {
		expect(derivedStepId('Potong benang')).toMatch(/^s-[0-9a-f]{8}$/);
		expect(derivedCriterionId('Jahitan lurus')).toMatch(/^r-[0-9a-f]{8}$/);
		expect(derivedStepId('Potong  BENANG')).toBe(derivedStepId('potong benang'));
		expect(derivedStepId('Potong benang').slice(2)).toBe(derivedOptionId('Potong benang').slice(2));
	});

	it('reads #id and type= (or jenis=) from a heading', () => {
		expect(splitAttributes('Harga jual? {#harga type=angka}')).toEqual({ text: 'Harga jual?', id: 'harga', type: 'angka', unknown: [] });
		expect(splitAttributes('Harga jual? {jenis=angka}')).toEqual({ text: 'Harga jual?', id: undefined, type: 'angka', unknown: [] });
		expect(splitAttributes('Harga jual?')).toEqual({ text: 'Harga jual?', id: undefined, type: undefined, unknown: [] });
	});

	it('reads modul= (the module a pre-test question measures) and refuses a malformed one', () => {
		expect(splitAttributes('Jarum? {#tes-jarum modul=alat-dan-keselamatan type=single}')).toEqual({
			text: 'Jarum?',
			id: 'tes-jarum',
			type: 'single',
			module: 'alat-dan-keselamatan',
			unknown: []
		});
		expect(splitAttributes('Jarum? {modul=Alat_Jahit}')).toEqual({ text: 'Jarum?', id: undefined, type: undefined, unknown: ['modul=Alat_Jahit'] });
	});

	it('keeps a spaced id together and reports other words', () => {
		expect(splitAttributes('Soal {#Soal Satu type=single}')).toMatchObject({ id: 'Soal Satu', type: 'single', unknown: [] });
		expect(splitAttributes('Soal {type=single level=dasar}')).toMatchObject({ type: 'single', unknown: ['level=dasar'] });
	});

	it('leaves empty braces and braces mid-sentence as text', () => {
		expect(splitAttributes('Pakai {} di sini')).toMatchObject({ text: 'Pakai {} di sini', id: undefined });
		expect(splitAttributes('Soal {}')).toMatchObject({ text: 'Soal {}', id: undefined, type: undefined });
	});
});
