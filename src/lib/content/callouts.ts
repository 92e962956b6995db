/**
 * Callouts: `:::tips` and `:::awas` (or `:::peringatan`, for needles, irons, scissors) become
 * `<aside class="callout callout-tip|callout-warning">` with a visible label, so a warning is
 * recognisable even to someone who only skims. `:::awas[Setrika panas]` adds its own words to
 * the label: "Hati-hati: Setrika panas".
 */
import type { ContainerDirective } from 'mdast-util-directive';
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { blockContent, classifyBlock, isContainer, walk, type CalloutTone } from './blocks';
import type { ContentError } from './types';

/** The label is part of the lesson text, which is written in Indonesian. */
const LABEL: Record<CalloutTone, string> = { tip: 'Tips', warning: 'Hati-hati' };

/** Only these classes reach the page; the sanitize schema allows exactly them on <aside>. */
export const CALLOUT_CLASSES = ['callout', 'callout-tip', 'callout-warning'] as const;

/** Turn every callout in the tree into an element remark-rehype renders as <aside>. */
export function decorateCallouts(tree: Root): void {
	const ignored: ContentError[] = [];
	walk(tree, (node) => {
		if (!isContainer(node)) return;
		const block = classifyBlock(node, ignored);
		if (block.kind !== 'callout') return;
		const ownWords = node.children.find((child) => (child.data as { directiveLabel?: boolean } | undefined)?.directiveLabel);
		const labelWords: PhrasingContent[] = [{ type: 'text', value: LABEL[block.tone] }];
		if (ownWords?.type === 'paragraph' && ownWords.children.length > 0) labelWords.push({ type: 'text', value: ': ' }, ...ownWords.children);
		const label: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: labelWords }] };
		node.children = [label, ...blockContent(node)] as ContainerDirective['children'];
		node.data = { ...node.data, hName: 'aside', hProperties: { className: ['callout', `callout-${block.tone}`] } };
	});
}
