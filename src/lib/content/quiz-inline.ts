/**
 * Small readers for the inline syntax inside a quiz and a practical task: `{#id}` and
 * `{#id type=…}` at the end of a line, and "Penjelasan:" labels, plain or in bold.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import { plainText } from './markdown';
import { contentError, type SourcePoint } from './messages';
import { EXPLICIT_ID, splitAttributes, splitExplicitId } from './stable-id';
import type { ContentError } from './types';

/** "Penjelasan:" (or "Explanation:"), optionally in bold, opens an explanation. */
export const EXPLANATION_LABEL = /^\s*(penjelasan|explanation)\s*:\s*/i;
const EXPLANATION_LABEL_ONLY = /^\s*(penjelasan|explanation)\s*:?\s*$/i;
/** The same label at the start of a later line of the same paragraph. */
const EXPLANATION_ON_NEXT_LINE = /\n[ \t]*(?=(penjelasan|explanation)\s*:)/i;

/** Explicit id if valid, else the derived one; an invalid explicit id is reported. */
export function checkedId(explicitId: string | undefined, derive: () => string, at: SourcePoint | undefined, errors: ContentError[]): string {
	if (explicitId === undefined) return derive();
	if (!EXPLICIT_ID.test(explicitId)) errors.push(contentError('id.invalid', at, { value: explicitId }));
	return explicitId;
}

/** Strip a trailing `{#id}` from inline content (it sits at the end of the last text node). */
export function withoutExplicitId(children: PhrasingContent[]): { children: PhrasingContent[]; explicitId: string | undefined } {
	const last = children.at(-1);
	if (last?.type !== 'text') return { children, explicitId: undefined };
	const { text, id } = splitExplicitId(last.value);
	if (id === undefined) return { children, explicitId: undefined };
	return { children: replaceLastText(children, text), explicitId: id };
}

/** Strip a trailing `{#id type=…}` from a question heading. */
export function withoutHeadingAttributes(children: PhrasingContent[]): {
	children: PhrasingContent[];
	explicitId: string | undefined;
	type: string | undefined;
	/** `modul=<slug>`: the module whose objectives a pre-test question measures (decision 024). */
	module?: string;
	unknown: string[];
} {
	const last = children.at(-1);
	const none = { children, explicitId: undefined, type: undefined, unknown: [] };
	if (last?.type !== 'text') return none;
	const { text, id, type, module, unknown } = splitAttributes(last.value);
	if (id === undefined && type === undefined && module === undefined && unknown.length === 0) return none;
	return { children: replaceLastText(children, text), explicitId: id, type, ...(module !== undefined && { module }), unknown };
}

function replaceLastText(children: PhrasingContent[], text: string): PhrasingContent[] {
	const last = children.at(-1)!;
	return text ? [...children.slice(0, -1), { ...last, value: text } as PhrasingContent] : children.slice(0, -1);
}

/** Remove the "Penjelasan:" label, whether written plain or in bold. */
export function withoutExplanationLabel(paragraph: Paragraph): Paragraph {
	const [first, ...rest] = paragraph.children;
	if (first?.type === 'text') {
		return { ...paragraph, children: [{ ...first, value: first.value.replace(EXPLANATION_LABEL, '') }, ...rest] };
	}
	if (first && (first.type === 'strong' || first.type === 'emphasis') && EXPLANATION_LABEL_ONLY.test(plainText(first))) {
		const [next, ...others] = rest;
		if (next?.type === 'text') return { ...paragraph, children: [{ ...next, value: next.value.replace(/^\s*:?\s*/, '') }, ...others] };
		return { ...paragraph, children: rest };
	}
	return paragraph;
}

/**
 * An option written as
 *   - [ ] Pisau dapur
 *     Penjelasan: Pisau dapur membuat pinggir kain tidak rata.
 * is one paragraph with a line break: split it into the option and its own explanation.
 */
export function splitLineExplanation(children: PhrasingContent[]): { option: PhrasingContent[]; explanation: PhrasingContent[] | undefined } {
	for (const [index, node] of children.entries()) {
		if (node.type !== 'text') continue;
		const match = EXPLANATION_ON_NEXT_LINE.exec(node.value);
		if (match) {
			const before = node.value.slice(0, match.index);
			const after = node.value.slice(match.index + match[0].length);
			return {
				option: [...children.slice(0, index), ...(before ? [{ ...node, value: before }] : [])],
				explanation: [{ ...node, value: after }, ...children.slice(index + 1)]
			};
		}
		const next = children[index + 1];
		const boldLabelFollows =
			next && (next.type === 'strong' || next.type === 'emphasis') && EXPLANATION_LABEL_ONLY.test(plainText(next));
		if (/\n[ \t]*$/.test(node.value) && boldLabelFollows) {
			const before = node.value.replace(/\s+$/, '');
			return {
				option: [...children.slice(0, index), ...(before ? [{ ...node, value: before }] : [])],
				explanation: children.slice(index + 1)
			};
		}
	}
	return { option: children, explanation: undefined };
}
