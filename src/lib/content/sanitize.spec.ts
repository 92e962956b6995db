import { describe, expect, it } from 'vitest';
import { parseModule } from './parse';
import { imageSourceKind } from './parse';
import { located, moduleSource, parseErrors, parseOk } from './test-helpers';

/** Everything a reader's browser could run or load from a hostile module. */
const DANGEROUS = [/<script/i, /<iframe/i, /<svg/i, /<style/i, /<object/i, /<embed/i, /<form/i, /<math/i, /\son\w+=/i, /style=/i, /<meta/i, /<link/i, /<base/i, /\sid="(?!user-content-)/, /\sname=/];

function expectSafe(html: string): void {
	for (const pattern of DANGEROUS) expect(html).not.toMatch(pattern);
	// Every URL that survives is web, mail, phone, or a path without a scheme.
	for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
		expect(url).toMatch(/^(https?:|mailto:|tel:|[^:]*$)/i);
	}
}

const VECTORS: Record<string, string> = {
	'script tag': '<script>alert(1)</script>',
	'img onerror': '<img src=x onerror="alert(1)">',
	'inline img onerror': 'Teks <img src=x onerror=alert(1)> teks',
	'javascript link': '[klik](javascript:alert(1))',
	'encoded javascript link': '[klik](jav&#x61;script:alert(1))',
	'iframe': '<iframe src="https://evil.example"></iframe>',
	'data link': '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">klik</a>',
	'markdown data link': '[klik](data:text/html;base64,PHNjcmlwdD4=)',
	'svg onload': '<svg onload="alert(1)"></svg>',
	'style tag': '<style>body{display:none}</style>',
	'style attribute': '<p style="position:fixed;top:0">tutup layar</p>',
	'a onclick': '<a href="https://ok.example" onclick="alert(1)">klik</a>',
	'object/embed': '<object data="x.swf"></object><embed src="x.swf">',
	'form': '<form action="https://evil.example"><input name="pin"></form>',
	'meta refresh': '<meta http-equiv="refresh" content="0;url=https://evil.example">',
	'id clobbering': '<a id="csrf" name="csrf">x</a>',
	'vbscript autolink': '<vbscript:msgbox(1)>',
	'html in a level block': ':::dasar\n<script>alert(1)</script>\n:::',
	'html in the quiz': ':::quiz\n### Soal <img src=x onerror=alert(1)>?\n- [x] <b onmouseover=alert(1)>a</b>\n- [ ] b\n\nPenjelasan: <script>alert(1)</script>ok\n:::'
};

describe('sanitization', () => {
	for (const [name, markdown] of Object.entries(VECTORS)) {
		it(`neutralizes ${name}`, () => {
			const result = parseModule(moduleSource(`Awal.\n\n${markdown}\n`));
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			const { html, quiz } = result.module;
			for (const levelHtml of Object.values(html)) expectSafe(levelHtml);
			for (const question of quiz.questions) {
				expectSafe([question.promptHtml, question.bodyHtml, question.explanationHtml, ...(question.type === 'ordering' || question.type === 'numeric' ? [] : question.options.map((o) => o.html))].join(''));
			}
			expect(html.dasar).toContain('Awal.');
		});
	}

	it('drops raw HTML with a warning, and HTML comments silently', () => {
		const result = parseModule(moduleSource('<div>kotak</div>\n\n<!-- catatan pelatih -->\n\nTeks.\n'));
		expect(result.ok && located(result.warnings)).toEqual(['html.dropped@6:1']);
		expect(result.ok && result.module.html.dasar).toBe('<p>Teks.</p>');
	});

	it('keeps ordinary Markdown: emphasis, lists, tables, https and mailto links', () => {
		const module = parseOk(
			moduleSource('**Tebal** dan _miring_.\n\n1. satu\n2. dua\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[Situs](https://contoh.id) [Surel](mailto:a@contoh.id) [Telepon](tel:+6281234)\n')
		);
		expect(module.html.dasar).toContain('<strong>Tebal</strong>');
		expect(module.html.dasar).toContain('<ol>');
		expect(module.html.dasar).toContain('<table>');
		expect(module.html.dasar).toContain('href="https://contoh.id"');
		expect(module.html.dasar).toContain('href="mailto:a@contoh.id"');
		expect(module.html.dasar).toContain('href="tel:+6281234"');
	});

	it('removes the href of a javascript: link but keeps its text', () => {
		expect(parseOk(moduleSource('[klik](javascript:alert(1))\n')).html.dasar).toBe('<p><a>klik</a></p>');
	});

	it('keeps relative and https images with their alt text', () => {
		const module = parseOk(moduleSource('![Jarum jahit](gambar/jarum.jpg)\n\n![Gunting](https://cdn.contoh.id/gunting.jpg)\n'));
		expect(module.html.dasar).toContain('<img src="gambar/jarum.jpg" alt="Jarum jahit" loading="lazy">');
		expect(module.html.dasar).toContain('<img src="https://cdn.contoh.id/gunting.jpg" alt="Gunting" loading="lazy">');
		expect(module.images).toEqual(['gambar/jarum.jpg']);
	});

	it('requires alt text on images', () => {
		const errors = parseErrors(moduleSource('Lihat:\n\n![](gambar/jarum.jpg)\n'));
		expect(located(errors)).toEqual(['image.missing-alt@8:1']);
		expect(errors[0].message.id).toContain('keterangan');
	});

	it('refuses image sources that are not relative or https', () => {
		for (const src of ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'http://contoh.id/a.jpg', '//evil.example/a.jpg', '/etc/passwd', '../lain/a.jpg']) {
			expect(located(parseErrors(moduleSource(`![Gambar](${src})\n`)))).toEqual(['image.unsafe-src@6:1']);
		}
		expect(located(parseErrors(moduleSource('![Gambar][g]\n\n[g]: http://contoh.id/a.jpg\n')))).toEqual(['image.unsafe-src@6:1']);
	});

	it('classifies image sources', () => {
		expect(imageSourceKind('gambar/jarum.jpg')).toBe('relative');
		expect(imageSourceKind('https://cdn.contoh.id/a.jpg')).toBe('https');
		expect(imageSourceKind('JaVaScRiPt:alert(1)')).toBe('unsafe');
	});
});
