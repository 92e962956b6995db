import { describe, expect, it } from 'vitest';
import { parseModule } from '#lib/content/parse';
import { parseModuleOffThread, ranOutOfTime } from '#lib/server/library/parse-worker';

const HEAD = '---\ntitle: Kancing\nsummary: Memasang kancing.\nminutes: 5\n---\n';
const MODULE = HEAD + 'Teks untuk semua, dengan [tautan](https://contoh.id).\n';

describe('parseModuleOffThread', () => {
	it('gives the same result as the parser on the request thread', async () => {
		expect(await parseModuleOffThread(MODULE, { mediaBaseUrl: '/media/k/' })).toEqual(parseModule(MODULE, { mediaBaseUrl: '/media/k/' }));
		expect(await parseModuleOffThread('no frontmatter', { fileName: 'a.md' })).toEqual(parseModule('no frontmatter', { fileName: 'a.md' }));
	});

	it('refuses the shapes of issue 13 with their line, and keeps working', async () => {
		const results = await Promise.all([
			parseModuleOffThread(HEAD + '['.repeat(40_000)),
			parseModuleOffThread(HEAD + '['.repeat(300_000)),
			parseModuleOffThread(HEAD + '>'.repeat(100_000))
		]);
		expect(results.map((result) => (result.ok ? 'ok' : result.errors.map((error) => `${error.code}@${error.line}`).join()))).toEqual([
			'source.bracket-run@6',
			'source.bracket-run@6',
			'source.too-deep@6'
		]);
		expect((await parseModuleOffThread(MODULE)).ok).toBe(true);
	});

	it('stops a parse over its budget, names the likeliest line, and the next parse still runs', async () => {
		// 20,000 links: allowed, but seconds of work; a budget of 50 ms runs out first.
		const slow = HEAD + 'Awal.\n\n' + '[a](b) *c* '.repeat(20_000) + '\n';
		const result = await parseModuleOffThread(slow, {}, { budgetMs: 50 });
		expect(ranOutOfTime(result)).toBe(true);
		expect(!result.ok && result.errors[0].line).toBe(8);
		expect(!result.ok && result.errors[0].message.id).toContain('Draf Anda tetap tersimpan');
		expect(await parseModuleOffThread(MODULE)).toEqual(parseModule(MODULE));
	});
});
