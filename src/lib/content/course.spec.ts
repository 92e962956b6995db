import { describe, expect, it } from 'vitest';
import { parseCourseManifest } from './course';

describe('course.yaml', () => {
	it('reads title, summary and the module order', () => {
		expect(parseCourseManifest('title: Menjahit Dasar\nsummary: Alat dan jahitan.\nmodules:\n  - alat\n  - jahitan-tangan\n')).toEqual({
			ok: true,
			manifest: { title: 'Menjahit Dasar', summary: 'Alat dan jahitan.', modules: ['alat', 'jahitan-tangan'] }
		});
	});

	it('locates missing fields, bad names, unknown keys and repeated modules', () => {
		const missing = parseCourseManifest('title: A\nmodules:\n  - a\n');
		expect(missing.ok ? [] : missing.errors.map((e) => `${e.code}@${e.line}`)).toEqual(['course.required@1']);

		const invalid = parseCourseManifest('title: A\nsummary: B\nmodules:\n  - a\n  - Modul Dua\nurutan: 1\n');
		expect(invalid.ok ? [] : invalid.errors.map((e) => `${e.code}@${e.line}:${e.column}`)).toEqual([
			'course.invalid@5:5',
			'course.unknown-key@6:1'
		]);

		const repeated = parseCourseManifest('title: A\nsummary: B\nmodules:\n  - a\n  - b\n  - a\n');
		expect(repeated.ok ? [] : repeated.errors.map((e) => `${e.code}@${e.line}:${e.column}`)).toEqual(['course.module-repeated@6:5']);
	});
});
