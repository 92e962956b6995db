import { describe, expect, it } from 'vitest';
import { safeNextPath } from '#lib/server/accounts/guard';

describe('safeNextPath', () => {
	it('keeps same-site paths with their query', () => {
		expect(safeNextPath('/belajar/menjahit-dasar?x=1#y')).toBe('/belajar/menjahit-dasar?x=1#y');
		expect(safeNextPath('/tulis/kue basah')).toBe('/tulis/kue%20basah');
		expect(safeNextPath('/belajar/kué')).toBe('/belajar/ku%C3%A9');
	});

	it('refuses other origins, control characters and backslashes', () => {
		for (const next of [
			null,
			'',
			'belajar',
			'//evil.example/x',
			'/\\evil.example',
			'/\\/evil.example',
			'https://evil.example',
			'/belajar\t',
			'/\tevil',
			'/masuk\r\nSet-Cookie: x=1',
			'/a\u0000b',
			'/a\u007fb',
			'/' + 'a'.repeat(3000)
		]) {
			expect(safeNextPath(next), JSON.stringify(next)).toBeNull();
		}
	});

	it('always gives a value a Location header can carry', () => {
		for (const next of ['/belajar/kué', '/a b', '/%E0%A4%A', '/ü?ä=ö#ß']) {
			const safe = safeNextPath(next);
			expect(() => new Headers({ location: safe ?? '/' })).not.toThrow();
			expect(safe).toMatch(/^\/[\x21-\x7e]*$/);
		}
	});
});
