import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitLessonSteps } from './lesson-steps';
import { moduleSource, parseOk } from './test-helpers';

describe('lesson steps', () => {
	it('cuts a lesson before each ## heading and keeps the introduction in the first step', () => {
		const module = parseOk(
			moduleSource('Pengantar singkat.\n\n## Alat\n\nSiapkan alat.\n\n## Jarum & *pentul*\n\n- Simpan jarum.\n\n## Setrika\n\nCabut steker.\n')
		);
		const steps = splitLessonSteps(module.html.dasar);
		expect(steps.map((step) => step.title)).toEqual(['Alat', 'Jarum & pentul', 'Setrika']);
		expect(steps[0].html).toBe('<p>Pengantar singkat.</p>\n<h2>Alat</h2>\n<p>Siapkan alat.</p>');
		expect(steps[1].html).toBe('<h2>Jarum &#x26; <em>pentul</em></h2>\n<ul>\n<li>Simpan jarum.</li>\n</ul>');
		expect(steps[2].html).toBe('<h2>Setrika</h2>\n<p>Cabut steker.</p>');
		// Nothing is lost or repeated.
		expect(steps.map((step) => step.html).join('\n')).toBe(module.html.dasar);
	});

	it('leaves a heading inside a callout, and a > inside an alt text, where they are', () => {
		const html = '<h2>Satu</h2>\n<p><img src="a.svg" alt="kiri > kanan" loading="lazy"></p>\n<aside class="callout"><h2>Di dalam</h2><p>x</p></aside>\n<h2>Dua</h2><p>y<br>z</p>';
		const steps = splitLessonSteps(html);
		expect(steps.map((step) => step.title)).toEqual(['Satu', 'Dua']);
		expect(steps[0].html).toContain('<h2>Di dalam</h2>');
		expect(steps[1].html).toBe('<h2>Dua</h2><p>y<br>z</p>');
	});

	it('gives one untitled step for a lesson without headings, and for an empty one', () => {
		expect(splitLessonSteps('<p>Hanya satu bagian.</p>')).toEqual([{ title: '', html: '<p>Hanya satu bagian.</p>' }]);
		expect(splitLessonSteps('')).toEqual([{ title: '', html: '' }]);
	});

	it('splits the shipped sewing lesson at its five headings at every level', () => {
		const module = parseOk(readFileSync('content/menjahit-dasar/alat-dan-keselamatan.md', 'utf8'));
		for (const level of ['dasar', 'menengah', 'lanjut'] as const) {
			const steps = splitLessonSteps(module.html[level]);
			expect(steps.map((step) => step.title)).toEqual([
				'Alat yang perlu disiapkan',
				'Jarum dan jarum pentul',
				'Gunting hanya untuk kain',
				'Setrika dengan aman',
				'Cara duduk saat menjahit'
			]);
		}
	});
});
