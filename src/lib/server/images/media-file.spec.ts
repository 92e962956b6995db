import { describe, expect, it } from 'vitest';
import { checkMediaFile, checkSvg } from '#lib/server/images/media-file';

const svg = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg"${attributes}>\n${inner}\n</svg>`;

describe('checkSvg', () => {
	it('accepts a plain drawing with comments, a style block, CDATA and an XML declaration', () => {
		const drawing =
			'<?xml version="1.0" encoding="UTF-8"?>\n<!-- dari Inkscape -->\n' +
			svg(
				'<style><![CDATA[ .garis { stroke: #333; } ]]></style>\n<g class="garis"><path d="M0 0L10 10"/><text x="1" y="9">Jarum &amp; benang</text></g>',
				' viewBox="0 0 10 10"'
			);
		expect(checkSvg(drawing)).toBeUndefined();
	});

	it.each([
		['a script element', svg('<script>alert(1)</script>'), 2, 1],
		['a namespaced script element', svg('<svg:script>alert(1)</svg:script>'), 2, 1],
		['an event handler attribute', svg('<rect width="5" height="5" onclick="alert(1)"/>'), 2, 28],
		['an event handler on the root', svg('', ' onload="alert(1)"'), 1, 41],
		['foreignObject', svg('<foreignObject><div>hai</div></foreignObject>'), 2, 1],
		['a javascript: link', svg('<a href="javascript:alert(1)"><text>klik</text></a>'), 2, 4],
		['an entity-encoded javascript: link', svg('<a xlink:href="&#106;ava&#x73;cript:alert(1)"><text>klik</text></a>'), 2, 4],
		['a javascript: link split by a tab', svg("<a href='java\tscript:alert(1)'><text>klik</text></a>"), 2, 4],
		['an animation that sets a handler', svg('<set attributeName="onmouseover" to="alert(1)"/>'), 2, 6],
		['an animation to a javascript: URL', svg('<animate attributeName="href" values="javascript:alert(1)"/>'), 2, 31],
		['a DOCTYPE with entities', '<!DOCTYPE svg [<!ENTITY x "y">]>\n' + svg(''), 1, 1]
	])('refuses %s, at its place', (_name, text, line, column) => {
		expect(checkSvg(text)).toMatchObject({ code: 'media.svg-unsafe', line, column });
	});

	it.each([
		['HTML instead of SVG', '<html><body>hai</body></html>'],
		['an unclosed tag', svg('<g><rect/>')],
		['text that is not XML', 'bukan gambar'],
		['two roots', svg('') + svg('')]
	])('refuses %s as not a readable SVG', (_name, text) => {
		expect(checkSvg(text)).toMatchObject({ code: 'media.svg-invalid' });
	});
});

describe('checkMediaFile', () => {
	const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]);
	const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);

	it('confirms raster types by their first bytes', async () => {
		expect(await checkMediaFile('gambar/a.webp', webp)).toMatchObject({ ok: true, contentType: 'image/webp' });
		expect(await checkMediaFile('gambar/a.JPEG', jpeg)).toMatchObject({ ok: true, contentType: 'image/jpeg' });
		expect(await checkMediaFile('gambar/a.png', jpeg)).toMatchObject({ ok: false, problem: { code: 'media.content-mismatch' } });
		expect(await checkMediaFile('gambar/a.webp', Buffer.from('RIFF0000WAVE'))).toMatchObject({ ok: false });
	});

	it('refuses an image over 10 MB with the limit in both languages', async () => {
		const result = await checkMediaFile('foto/besar.jpg', new Uint8Array(10 * 1024 * 1024 + 1));
		expect(result).toMatchObject({ ok: false, problem: { code: 'media.too-large' } });
		if (!result.ok) {
			expect(result.problem.message.id).toContain('10 MB');
			expect(result.problem.message.en).toContain('10 MB');
		}
	});
});
