import { describe, expect, it } from 'vitest';
import { parseModule } from './parse';
import { located, parseErrors, parseOk } from './test-helpers';

describe('module frontmatter', () => {
	it('reads the fields and applies defaults', () => {
		const module = parseOk(`---
title: Jahitan Tangan
summary: Tiga jahitan dasar.
minutes: 20
objectives:
  - Memasukkan benang ke jarum
  - Membuat simpul
---
Isi.
`);
		expect(module).toMatchObject({
			title: 'Jahitan Tangan',
			summary: 'Tiga jahitan dasar.',
			minutes: 20,
			objectives: ['Memasukkan benang ke jarum', 'Membuat simpul'],
			mastery: 70,
			practicalRequired: false,
			revealAnswersAfter: 3
		});
	});

	it('reads mastery and practical_required', () => {
		const task = ':::tugas\nJahit sapu tangan.\n\nFoto: sapu tangan dari dekat.\n\nKriteria:\n- Jahitan lurus\n:::\n';
		const module = parseOk(`---\ntitle: A\nsummary: B\nminutes: 5\nmastery: 80\npractical_required: true\n---\n${task}`);
		expect(module.mastery).toBe(80);
		expect(module.practicalRequired).toBe(true);
	});

	it('reports a module without frontmatter at line 1', () => {
		expect(located(parseErrors('# Judul\n\nIsi.\n'))).toEqual(['frontmatter.missing@1:1']);
	});

	it('reports missing required fields at the opening line', () => {
		const errors = parseErrors('---\ntitle: A\n---\n');
		expect(errors.map((error) => error.code)).toEqual(['frontmatter.required', 'frontmatter.required']);
		expect(errors.every((error) => error.line === 1)).toBe(true);
		expect(errors.map((error) => error.message.en).join(' ')).toContain('"summary" is missing');
		expect(errors.map((error) => error.message.id).join(' ')).toContain('"minutes" belum diisi');
	});

	it('points invalid values and unknown keys at their file line', () => {
		const errors = parseErrors(`---
title: A
summary: B
minutes: sepuluh
mastery: 120
judul: salah ketik
objectives:
  - satu
  - 2
---
`);
		expect(located(errors)).toEqual([
			'frontmatter.invalid@4:10',
			'frontmatter.invalid@5:10',
			'frontmatter.unknown-key@6:1',
			'frontmatter.invalid@9:5'
		]);
		expect(errors[2].message.id).toContain('"judul" tidak dikenal');
	});

	it('rejects zero and fractional minutes', () => {
		expect(located(parseErrors('---\ntitle: A\nsummary: B\nminutes: 0\n---\n'))).toEqual(['frontmatter.invalid@4:10']);
		expect(located(parseErrors('---\ntitle: A\nsummary: B\nminutes: 2.5\n---\n'))).toEqual(['frontmatter.invalid@4:10']);
	});

	it('maps YAML syntax errors to the file line', () => {
		const errors = parseErrors('---\ntitle: A\nsummary: "tidak ditutup\nminutes: 5\n---\n');
		expect(errors[0].code).toBe('frontmatter.yaml');
		expect(errors[0].line).toBeGreaterThanOrEqual(3);
	});

	it('rejects frontmatter that is not a list of fields', () => {
		expect(located(parseErrors('---\n- a\n- b\n---\n'))).toEqual(['frontmatter.not-a-map@1:1']);
	});

	it('adds the file name to errors when given', () => {
		const result = parseModule('no frontmatter', { fileName: 'content/x/a.md' });
		expect(result.ok ? undefined : result.errors[0].file).toBe('content/x/a.md');
	});
});
