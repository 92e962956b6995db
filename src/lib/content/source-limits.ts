/**
 * Shapes of text that make Markdown parsing slow or deep out of proportion to their size (issue
 * 13: 40,000 unclosed "[" took seconds, 100,000 nested ">" overflowed the stack). They are
 * refused before parsing, in one linear pass, with the line where the trouble starts, so the
 * web editor and the CLI both answer at once. What passes here is still parsed under a time
 * budget on the server (src/lib/server/library/parse-worker.ts).
 */
import { contentError } from './messages';
import type { ContentError } from './types';

/** Quotes and lists inside each other: real modules use two or three levels. */
export const MAX_NESTING_DEPTH = 16;
/** "[" still open within one paragraph (text up to a blank line); a link closes its own. */
export const MAX_OPEN_BRACKETS = 100;

/**
 * The nesting of a line: every ">" and list marker ("-", "*", "+", "1.") at its start, and
 * every two spaces of indentation before them.
 */
function nestingDepth(line: string): number {
	let depth = 0;
	let spaces = 0;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (c === ' ') spaces++;
		else if (c === '\t') spaces += 4;
		else if (c === '>') depth++;
		else if ((c === '-' || c === '*' || c === '+') && (line[i + 1] === ' ' || line[i + 1] === undefined)) depth++;
		else if (c >= '0' && c <= '9') {
			let j = i;
			while (j < line.length && line[j] >= '0' && line[j] <= '9') j++;
			if ((line[j] === '.' || line[j] === ')') && (line[j + 1] === ' ' || line[j + 1] === undefined)) {
				depth++;
				i = j;
			} else break;
		} else break;
	}
	return depth + Math.floor(spaces / 2);
}

/** Errors for text that would parse too slowly or too deep; empty for every ordinary module. */
export function checkSourceLimits(source: string): ContentError[] {
	const errors: ContentError[] = [];
	const lines = source.split('\n');
	let open = 0;
	let runStartLine = 0;
	let bracketRunReported = false;
	let depthReported = false;
	let fence: string | null = null;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index];
		const lineNumber = index + 1;
		// Code blocks are shown as written: their brackets and indentation are not Markdown.
		const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (fence !== null) {
			if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
			continue;
		}
		if (fenceMark) {
			fence = fenceMark;
			open = 0;
			continue;
		}
		if (line.trim() === '') {
			open = 0;
			continue;
		}
		if (!depthReported) {
			const depth = nestingDepth(line);
			if (depth > MAX_NESTING_DEPTH) {
				errors.push(contentError('source.too-deep', { line: lineNumber, column: 1 }, { max: MAX_NESTING_DEPTH }));
				depthReported = true;
			}
		}
		if (bracketRunReported) continue;
		for (let i = 0; i < line.length; i++) {
			const c = line[i];
			if (c === '\\') i++;
			else if (c === '[') {
				if (open === 0) runStartLine = lineNumber;
				open++;
				if (open > MAX_OPEN_BRACKETS) {
					errors.push(contentError('source.bracket-run', { line: runStartLine, column: 1 }, { max: MAX_OPEN_BRACKETS }));
					bracketRunReported = true;
					break;
				}
			} else if (c === ']' && open > 0) open--;
		}
	}
	return errors;
}

/**
 * Where parsing most likely got stuck when it ran out of time: the line with the most
 * characters Markdown has to match up ([ ] * _ ` < > !). A guess, but a good first place to look.
 */
export function likeliestSlowLine(source: string): number {
	const lines = source.split('\n');
	let best = 1;
	let bestCount = -1;
	for (let index = 0; index < lines.length; index++) {
		let count = 0;
		for (const c of lines[index]) if ('[]*_`<>!'.includes(c)) count++;
		if (count > bestCount) {
			best = index + 1;
			bestCount = count;
		}
	}
	return best;
}
