import { describe, expect, it } from 'vitest';
import { located, moduleSource, parseErrors, parseOk } from './test-helpers';

describe('literacy levels', () => {
	const module = parseOk(
		moduleSource(`Teks bersama di awal.

:::dasar
Teks untuk dasar.
:::

:::menengah
Teks untuk menengah.
:::

:::lanjut
Teks untuk lanjut.
:::

:::level{dasar menengah}
Teks untuk dasar dan menengah.
:::

Teks bersama di akhir.
`)
	);

	it('shows shared text at every level', () => {
		for (const html of Object.values(module.html)) {
			expect(html).toContain('Teks bersama di awal.');
			expect(html).toContain('Teks bersama di akhir.');
		}
	});

	it('shows a level block only at its own level', () => {
		expect(module.html.dasar).toContain('Teks untuk dasar.');
		expect(module.html.menengah).not.toContain('Teks untuk dasar.');
		expect(module.html.lanjut).not.toContain('Teks untuk dasar.');
		expect(module.html.menengah).toContain('Teks untuk menengah.');
		expect(module.html.dasar).not.toContain('Teks untuk menengah.');
		expect(module.html.lanjut).toContain('Teks untuk lanjut.');
		expect(module.html.menengah).not.toContain('Teks untuk lanjut.');
	});

	it('shows a :::level{…} block at each level it names', () => {
		expect(module.html.dasar).toContain('Teks untuk dasar dan menengah.');
		expect(module.html.menengah).toContain('Teks untuk dasar dan menengah.');
		expect(module.html.lanjut).not.toContain('Teks untuk dasar dan menengah.');
	});

	it('keeps document order and leaves no block markup behind', () => {
		expect(module.html.dasar).toBe(
			'<p>Teks bersama di awal.</p>\n<p>Teks untuk dasar.</p>\n<p>Teks untuk dasar dan menengah.</p>\n<p>Teks bersama di akhir.</p>'
		);
		expect(module.levelsWithVariants).toEqual(['dasar', 'menengah', 'lanjut']);
	});

	it('accepts a module without level blocks: the same text for everyone', () => {
		const plain = parseOk(moduleSource('Satu teks untuk semua.\n'));
		expect(plain.html.dasar).toBe('<p>Satu teks untuk semua.</p>');
		expect(plain.html.lanjut).toBe(plain.html.dasar);
		expect(plain.levelsWithVariants).toEqual([]);
	});

	it('applies level blocks nested inside a list', () => {
		const nested = parseOk(moduleSource('- Langkah satu\n\n  :::dasar\n  Pelan-pelan saja.\n  :::\n'));
		expect(nested.html.dasar).toContain('Pelan-pelan saja.');
		expect(nested.html.lanjut).not.toContain('Pelan-pelan saja.');
	});

	it('keeps text like "pukul 10:30" instead of reading it as a directive', () => {
		const module = parseOk(moduleSource('Kelas mulai pukul 10:30, bawa kain:katun.\n'));
		expect(module.html.dasar).toBe('<p>Kelas mulai pukul 10:30, bawa kain:katun.</p>');
	});

	it('reports an unknown block name', () => {
		const errors = parseErrors(moduleSource('Teks.\n\n:::dasr\nSalah ketik.\n:::\n'));
		expect(located(errors)).toEqual(['level.unknown@8:1']);
		expect(errors[0].message.id).toContain(':::dasr');
	});

	it('reports an unknown level in a :::level list, and an empty list', () => {
		expect(located(parseErrors(moduleSource(':::level{dasar mahir}\nx\n:::\n')))).toEqual(['level.unknown-in-list@6:1']);
		expect(located(parseErrors(moduleSource(':::level\nx\n:::\n')))).toEqual(['level.empty-list@6:1']);
	});

	it('reports attributes on a named level block', () => {
		expect(located(parseErrors(moduleSource(':::dasar{menengah}\nx\n:::\n')))).toEqual(['level.attributes@6:1']);
	});

	it('reports a level block inside another level block', () => {
		expect(located(parseErrors(moduleSource('::::dasar\nx\n\n:::lanjut\ny\n:::\n::::\n')))).toEqual(['level.nested@9:1']);
	});

	it('reports a stray ::: line instead of showing it to participants', () => {
		expect(located(parseErrors(moduleSource('Teks.\n:::\n')))).toEqual(['directive.unparsed@7:1']);
		expect(located(parseErrors(moduleSource(':::level{dasar, menengah}\nx\n:::\n')))).toContain('directive.unparsed@6:1');
	});

	it('reports a ::name line', () => {
		expect(located(parseErrors(moduleSource('::gambar\n')))).toEqual(['directive.unknown@6:1']);
	});
});
