/**
 * A lesson shown one step per screen: the published HTML cut before each top-level `<h2>` (a
 * `##` heading of the module). Text before the first heading belongs to the first step, so an
 * introduction is never a step of its own. A `##` inside a callout stays inside its callout.
 *
 * The HTML is the sanitizer's output (markdown.ts): well-formed, every `<` in text escaped, so
 * one linear pass over the tags is enough; no HTML parser is needed at read time.
 */
export interface LessonStep {
	/** The heading's text (plain, entities decoded); '' for a lesson without headings. */
	title: string;
	html: string;
}

const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'input', 'wbr', 'area', 'base', 'col', 'embed', 'link', 'meta', 'source', 'track']);

/** Offsets of the top-level `<h2` tags, in order. */
function topLevelHeadingOffsets(html: string): number[] {
	const offsets: number[] = [];
	let depth = 0;
	let at = html.indexOf('<');
	while (at !== -1) {
		if (html.startsWith('<!--', at)) {
			const end = html.indexOf('-->', at + 4);
			if (end === -1) break;
			at = html.indexOf('<', end + 3);
			continue;
		}
		const closing = html[at + 1] === '/';
		const nameStart = closing ? at + 2 : at + 1;
		let nameEnd = nameStart;
		while (nameEnd < html.length && /[a-zA-Z0-9]/.test(html[nameEnd])) nameEnd++;
		const name = html.slice(nameStart, nameEnd).toLowerCase();
		// The end of the tag, skipping quoted attribute values (an alt text may hold a `>`).
		let end = nameEnd;
		let quote = '';
		for (; end < html.length; end++) {
			const char = html[end];
			if (quote) {
				if (char === quote) quote = '';
			} else if (char === '"' || char === "'") quote = char;
			else if (char === '>') break;
		}
		if (name) {
			if (closing) depth = Math.max(0, depth - 1);
			else {
				if (depth === 0 && name === 'h2') offsets.push(at);
				if (!VOID_ELEMENTS.has(name) && html[end - 1] !== '/') depth++;
			}
		}
		at = html.indexOf('<', end + 1);
	}
	return offsets;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function headingText(stepHtml: string): string {
	const match = /^<h2[^>]*>([\s\S]*?)<\/h2>/i.exec(stepHtml);
	if (!match) return '';
	return match[1]
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, code: string) => {
			if (code[0] === '#') {
				const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
				return Number.isFinite(point) && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
			}
			return ENTITIES[code.toLowerCase()] ?? entity;
		})
		.trim();
}

export function splitLessonSteps(html: string): LessonStep[] {
	const offsets = topLevelHeadingOffsets(html);
	// The first step runs to the second heading: whatever precedes the first one is its introduction.
	const cuts = [0, ...offsets.slice(1), html.length];
	const steps: LessonStep[] = [];
	for (let i = 0; i < cuts.length - 1; i++) {
		const stepHtml = html.slice(cuts[i], cuts[i + 1]).trim();
		const heading = i === 0 ? (offsets.length ? html.slice(offsets[0], cuts[1]) : '') : stepHtml;
		steps.push({ title: headingText(heading), html: stepHtml });
	}
	return steps;
}
