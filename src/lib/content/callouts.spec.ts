import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { renderBlocks } from './markdown';
import { located, moduleSource, parseErrors, parseOk } from './test-helpers';

describe('callouts', () => {
	it('renders :::tips and :::awas as labelled asides', () => {
		const module = parseOk(moduleSource(':::tips\nPakai bidal untuk kain tebal.\n:::\n\n:::awas\nSimpan jarum di bantalan.\n:::\n'));
		expect(module.html.dasar).toBe(
			'<aside class="callout callout-tip"><p><strong>Tips</strong></p><p>Pakai bidal untuk kain tebal.</p></aside>\n' +
				'<aside class="callout callout-warning"><p><strong>Hati-hati</strong></p><p>Simpan jarum di bantalan.</p></aside>'
		);
	});

	it('accepts :::peringatan for a warning and adds a [label] to the visible label', () => {
		const module = parseOk(moduleSource(':::peringatan[Setrika *panas*]\nCabut steker setelah dipakai.\n:::\n'));
		expect(module.html.dasar).toBe(
			'<aside class="callout callout-warning"><p><strong>Hati-hati: Setrika <em>panas</em></strong></p><p>Cabut steker setelah dipakai.</p></aside>'
		);
	});

	it('works inside level blocks and holds level blocks of its own', () => {
		const module = parseOk(
			moduleSource('::::dasar\n:::awas\nJarum tajam.\n:::\n::::\n\n::::tips\nSelalu:\n\n:::lanjut\nPakai kain pelapis.\n:::\n::::\n')
		);
		expect(module.html.dasar).toContain('<aside class="callout callout-warning"><p><strong>Hati-hati</strong></p><p>Jarum tajam.</p></aside>');
		expect(module.html.menengah).not.toContain('Jarum tajam.');
		expect(module.html.lanjut).toContain('<p>Pakai kain pelapis.</p></aside>');
		expect(module.html.dasar).not.toContain('Pakai kain pelapis.');
		expect(module.levelsWithVariants).toEqual(['dasar', 'lanjut']);
	});

	it('reports a callout inside a callout, an empty callout and attributes', () => {
		expect(located(parseErrors(moduleSource('::::tips\nA.\n\n:::awas\nB.\n:::\n::::\n')))).toEqual(['callout.nested@9:1']);
		expect(located(parseErrors(moduleSource(':::tips\n:::\n')))).toEqual(['callout.empty@6:1']);
		expect(located(parseErrors(moduleSource(':::tips{.merah #judul}\nA.\n:::\n')))).toEqual(['block.attributes@6:1']);
	});

	it('lets only the callout classes through the sanitizer', () => {
		const tree: Root = {
			type: 'root',
			children: [
				{
					type: 'paragraph',
					children: [{ type: 'text', value: 'x' }],
					data: { hName: 'aside', hProperties: { className: ['callout', 'callout-warning', 'lesson', 'sr-only'], id: 'x', style: 'color:red' } }
				}
			]
		};
		expect(renderBlocks(tree.children)).toBe('<aside class="callout callout-warning">x</aside>');
		tree.children[0].data = { hName: 'p', hProperties: { className: ['callout'] } };
		expect(renderBlocks(tree.children)).toBe('<p>x</p>');
	});

	it('drops a trainer-written <aside>, class and all', () => {
		const module = parseOk(moduleSource('<aside class="callout callout-warning">palsu</aside>\n\nTeks.\n'));
		expect(module.html.dasar).toBe('<p>Teks.</p>');
	});
});
