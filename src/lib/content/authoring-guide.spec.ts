import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseModule } from './parse';
import { FRONTMATTER } from './test-helpers';

/** docs/authoring.md is what trainers copy from: every example in it must parse as written. */
const guide = fs.readFileSync(new URL('../../../docs/authoring.md', import.meta.url), 'utf8');
const examples = [...guide.matchAll(/^```markdown\n([\s\S]*?)^```$/gm)].map((match) => match[1]);

/** A whole module as it is; a question inside a quiz; anything else as module text. */
function asModule(example: string): string {
	if (example.startsWith('---')) return example;
	if (example.startsWith('### ')) return `${FRONTMATTER}::::quiz\n${example}::::\n`;
	return FRONTMATTER + example;
}

describe('the authoring guide', () => {
	it('has examples in both languages', () => {
		expect(examples.length).toBeGreaterThanOrEqual(30);
		expect(guide).toMatch(/^# English$/m);
	});

	it('parses every example without errors or format warnings', () => {
		for (const example of examples) {
			const result = parseModule(asModule(example));
			expect(result.ok ? [] : result.errors.map((error) => `${error.code}@${error.line}`), example).toEqual([]);
			// Reading-level and level-difference advice is about the wording of a real lesson, not about the syntax shown here.
			const formatWarnings = result.warnings.filter((warning) => !/^(readability|review)\./.test(warning.code));
			expect(formatWarnings.map((warning) => warning.code), example).toEqual([]);
		}
	});

	it('keeps braces and "<" inside code, where mdsvex leaves them alone', () => {
		let insideFence = false;
		const prose: string[] = [];
		for (const line of guide.split('\n')) {
			if (line.startsWith('```')) insideFence = !insideFence;
			else if (!insideFence) prose.push(line);
		}
		expect(prose.filter((line) => /[{}<]/.test(line))).toEqual([]);
	});
});
