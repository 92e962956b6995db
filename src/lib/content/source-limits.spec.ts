import { describe, expect, it } from 'vitest';
import { parseModule } from './parse';
import { checkSourceLimits, likeliestSlowLine, MAX_NESTING_DEPTH, MAX_OPEN_BRACKETS } from './source-limits';

const HEAD = '---\ntitle: Kancing\nsummary: Memasang kancing.\nminutes: 5\n---\n';

function problems(source: string) {
	const result = parseModule(source);
	return result.ok ? [] : result.errors.map((error) => [error.code, error.line]);
}

describe('checkSourceLimits', () => {
	it('refuses the shapes of issue 13 with the line where the trouble starts, before parsing', () => {
		expect(problems(HEAD + 'Teks biasa.\n\n' + '['.repeat(40_000))).toEqual([['source.bracket-run', 8]]);
		expect(problems(HEAD + '\n' + '['.repeat(300_000))).toEqual([['source.bracket-run', 7]]);
		expect(problems(HEAD + '>'.repeat(100_000))).toEqual([['source.too-deep', 6]]);
		expect(problems(HEAD + 'a\n' + '> '.repeat(100_000))).toEqual([['source.too-deep', 7]]);
		expect(problems(HEAD + '!['.repeat(20_000))).toEqual([['source.bracket-run', 6]]);
		// A run over several lines of one paragraph starts where its first [ is.
		expect(problems(HEAD + 'x [\n'.repeat(MAX_OPEN_BRACKETS + 1))).toEqual([['source.bracket-run', 6]]);
	});

	it('passes what real modules contain', () => {
		const ordinary = [
			'Teks dengan [tautan](https://contoh.id) dan ![gambar](a.webp).',
			'- [x] benar',
			'- [ ] salah',
			'> kutipan',
			'> > kutipan dalam kutipan',
			'1. satu',
			'   - dua',
			'\\['.repeat(500),
			'```',
			'['.repeat(500),
			' '.repeat(80) + 'kode',
			'```'
		].join('\n');
		expect(checkSourceLimits(ordinary)).toEqual([]);
		expect(checkSourceLimits('['.repeat(MAX_OPEN_BRACKETS) + '\n\n' + '['.repeat(MAX_OPEN_BRACKETS))).toEqual([]);
		expect(checkSourceLimits('>'.repeat(MAX_NESTING_DEPTH) + ' x')).toEqual([]);
		expect(checkSourceLimits('>'.repeat(MAX_NESTING_DEPTH + 1) + ' x')).toHaveLength(1);
	});

	it('guesses the line a slow text gets stuck on', () => {
		expect(likeliestSlowLine('a\nb [c]\n*_*_*_[[\nd')).toBe(3);
	});
});
