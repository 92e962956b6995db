import type { ContainerDirective } from 'mdast-util-directive';
import type { Nodes, Parent, RootContent } from 'mdast';
import { contentError } from './messages';
import { LITERACY_LEVELS, isLiteracyLevel, type ContentError, type LiteracyLevel } from './types';

/**
 * The ::: blocks a module may contain: level blocks, callouts (tips and safety warnings), the
 * practical task and the quiz. Anything unknown is an error, so a typo never silently hides
 * text from participants.
 */
export type CalloutTone = 'tip' | 'warning';
export type BlockKind =
	| { kind: 'level'; levels: LiteracyLevel[] }
	| { kind: 'callout'; tone: CalloutTone }
	| { kind: 'practical' }
	| { kind: 'quiz' }
	| { kind: 'unknown' };

/** Block names as trainers type them; `peringatan` is the long word for `awas`. */
const CALLOUT_NAMES: Record<string, CalloutTone> = { tips: 'tip', awas: 'warning', peringatan: 'warning' };
export const PRACTICAL_BLOCK = 'tugas';

export function isContainer(node: Nodes): node is ContainerDirective {
	return node.type === 'containerDirective';
}

/** Classify a container; problems with a level list or stray attributes are pushed to `errors`. */
export function classifyBlock(node: ContainerDirective, errors: ContentError[]): BlockKind {
	const at = node.position?.start;
	const attributeNames = Object.keys(node.attributes ?? {});
	if (node.name === 'quiz') return { kind: 'quiz' };
	const tone = Object.hasOwn(CALLOUT_NAMES, node.name) ? CALLOUT_NAMES[node.name] : undefined;
	if (tone || node.name === PRACTICAL_BLOCK) {
		// Attributes would be the one way to smuggle a class or id onto the page; none are used.
		if (attributeNames.length > 0) errors.push(contentError('block.attributes', at, { name: node.name }));
		return tone ? { kind: 'callout', tone } : { kind: 'practical' };
	}
	if (isLiteracyLevel(node.name)) {
		if (attributeNames.length > 0) errors.push(contentError('level.attributes', at, { name: node.name }));
		return { kind: 'level', levels: [node.name] };
	}
	if (node.name === 'level') {
		// `:::level{dasar menengah}` parses as boolean attributes; `{.dasar .menengah}` as classes.
		const names = attributeNames
			.flatMap((name) => (name === 'class' ? (node.attributes?.class ?? '').split(/\s+/) : [name]))
			.filter(Boolean);
		const levels: LiteracyLevel[] = [];
		for (const name of names) {
			if (isLiteracyLevel(name)) levels.push(name);
			else errors.push(contentError('level.unknown-in-list', at, { name }));
		}
		if (names.length === 0) errors.push(contentError('level.empty-list', at));
		return { kind: 'level', levels: LITERACY_LEVELS.filter((level) => levels.includes(level)) };
	}
	return { kind: 'unknown' };
}

/** Children of a block without its optional `[label]` paragraph (only callouts show it). */
export function blockContent(node: ContainerDirective): RootContent[] {
	return node.children.filter((child) => !(child.data as { directiveLabel?: boolean } | undefined)?.directiveLabel);
}

/**
 * The content one level sees: shared nodes as they are, level blocks for this level unwrapped
 * in place, other levels' blocks removed. Works at any depth (a level block inside a list item).
 */
export function contentForLevel(nodes: RootContent[], level: LiteracyLevel): RootContent[] {
	const ignored: ContentError[] = [];
	const result: RootContent[] = [];
	for (const node of nodes) {
		if (isContainer(node)) {
			const block = classifyBlock(node, ignored);
			if (block.kind === 'level') {
				if (block.levels.includes(level)) result.push(...contentForLevel(blockContent(node), level));
				continue;
			}
		}
		if ('children' in node && node.children.some((child) => isContainer(child as Nodes) || 'children' in child)) {
			result.push({ ...node, children: contentForLevel(node.children as RootContent[], level) } as RootContent);
		} else {
			result.push(node);
		}
	}
	return result;
}

/** Depth-first walk over every node under `parent` (not `parent` itself). */
export function walk(parent: Parent, visit: (node: Nodes, ancestors: Parent[]) => void, ancestors: Parent[] = []): void {
	for (const child of parent.children as Nodes[]) {
		visit(child, [...ancestors, parent]);
		if ('children' in child) walk(child as Parent, visit, [...ancestors, parent]);
	}
}
