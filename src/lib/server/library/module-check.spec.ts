import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentLibrary } from '#lib/server/library/content-import';
import { checkModuleSource, MAX_MODULE_BYTES } from '#lib/server/library/module-check';
import { mediaBaseUrlFor } from '#lib/server/library/content-media';
import * as modules from '#lib/server/authoring/module-editing';
import * as publishing from '#lib/server/authoring/module-publishing';
import { BROKEN_MODULE, createCourseWithCohort, createPerson, VALID_MODULE } from '#lib/server/authoring/authoring-fixtures';
import { formatProblem } from '#lib/content/messages';

/** Module texts with problems of every stage: parse, quiz, images. */
const SOURCES: Record<string, string> = {
	'no right answer': BROKEN_MODULE,
	'no frontmatter': 'Teks tanpa bagian pembuka.\n',
	'image not in the course': VALID_MODULE.replace('Teks untuk semua.', 'Teks untuk semua.\n\n![Jarum besar](gambar/jarum-besar.webp)'),
	'broken block and missing image': VALID_MODULE.replace('Teks untuk semua.', '![Kain](gambar/kain.webp)\n\n:::dasarr\nx\n:::')
};

function codes(result: { ok: boolean; errors?: { code: string; line: number }[] }): string[] {
	return result.ok ? [] : result.errors!.map((error) => `${error.line}:${error.code}`);
}

/** The codes the library importer gives a module file with this text. */
async function importerCodes(source: string): Promise<string[]> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'module-check-'));
	fs.mkdirSync(path.join(dir, 'kursus-uji'));
	fs.writeFileSync(path.join(dir, 'kursus-uji', 'course.yaml'), 'title: Kursus Uji\nsummary: Untuk tes.\nmodules:\n  - modul-uji\n');
	fs.writeFileSync(path.join(dir, 'kursus-uji', 'modul-uji.md'), source);
	const library = await loadContentLibrary(dir);
	fs.rmSync(dir, { recursive: true });
	return codes(library.courses[0].modules[0].parsed);
}

/** The codes the editor's publish gives the same text. */
async function editorCodes(source: string): Promise<string[]> {
	const owner = await createPerson('trainer');
	const course = await createCourseWithCohort(owner);
	await modules.createModule(owner, course.slug, { title: 'Modul Uji', slug: 'modul-uji' });
	const result = await publishing.publishDraft(owner, course.slug, 'modul-uji', source);
	if (result.ok) return [];
	if (result.reason !== 'invalid') throw new Error(result.reason);
	return codes({ ok: false, errors: result.errors });
}

describe('checkModuleSource', () => {
	it.each(Object.entries(SOURCES))('%s: the same error codes from the importer, the editor and the check itself', async (_, source) => {
		const direct = codes(
			await checkModuleSource(source, { mediaBaseUrl: mediaBaseUrlFor('kursus-uji'), images: { available: new Set() } })
		);
		expect(direct.length).toBeGreaterThan(0);
		expect(await importerCodes(source)).toEqual(direct);
		expect(await editorCodes(source)).toEqual(direct);
	});

	it('refuses a text over the size limit before parsing it, with the same code as the importer', async () => {
		const huge = VALID_MODULE + 'a'.repeat(MAX_MODULE_BYTES);
		const direct = await checkModuleSource(huge, { mediaBaseUrl: '/media/x/', images: { available: new Set() } });
		expect(codes(direct)).toEqual(['1:content.too-large']);
		expect(await importerCodes(huge)).toEqual(['1:content.too-large']);
	});

	it('reads the course images only when the module shows one', async () => {
		let reads = 0;
		const images = async () => {
			reads += 1;
			return { available: new Set(['gambar/jarum-besar.webp']) };
		};
		expect((await checkModuleSource(VALID_MODULE, { mediaBaseUrl: '/media/x/', images })).ok).toBe(true);
		expect(reads).toBe(0);
		expect((await checkModuleSource(SOURCES['image not in the course'], { mediaBaseUrl: '/media/x/', images })).ok).toBe(true);
		expect(reads).toBe(1);
	});

	it('holds a pre-test to the assessment rules that a module does not have', async () => {
		const options = { mediaBaseUrl: '/media/x/', images: { available: new Set<string>() } };
		expect((await checkModuleSource(VALID_MODULE, options)).ok).toBe(true);
		expect(codes(await checkModuleSource(VALID_MODULE, { ...options, kind: 'pretest' }))).toEqual(['8:assessment.level-text']);
	});

	it('formats a problem the same way for the command line and the web', async () => {
		const result = await checkModuleSource(BROKEN_MODULE, {
			file: 'kursus/modul.md',
			mediaBaseUrl: '/media/x/',
			images: { available: new Set() }
		});
		if (result.ok) throw new Error('expected errors');
		const line = formatProblem(result.errors[0], 'en');
		expect(line).toMatch(/^kursus\/modul\.md:18:\d+: .+ \[quiz\./);
		expect(formatProblem(result.errors[0], 'id', { file: false, code: false })).toBe(
			`18:${result.errors[0].column}: ${result.errors[0].message.id}`
		);
	});
});
