import { describe, expect, it } from 'vitest';
import { derivedOptionId, derivedQuestionId, shortHash, splitExplicitId } from './stable-id';

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
});
