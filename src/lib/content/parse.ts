import type { ContainerDirective } from 'mdast-util-directive';
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { blockContent, classifyBlock, contentForLevel, isContainer, walk } from './blocks';
import { parseModuleFrontmatter } from './frontmatter';
import { isComment, parseMarkdown, renderBlocks } from './markdown';
import { byPosition, contentError } from './messages';
import { parseQuiz } from './quiz';
import { LITERACY_LEVELS, type ContentError, type ContentWarning, type LiteracyLevel, type ParseResult } from './types';

export interface ParseModuleOptions {
	/** Added to every error and warning so a list from many files stays readable. */
	fileName?: string;
}

/**
 * Markdown module → typed module with sanitized HTML per literacy level and the quiz.
 * Runs once, on import or when a trainer saves; readers only ever get the stored result.
 * Every problem is collected (not just the first), so a trainer can fix a file in one pass.
 */
export function parseModule(source: string, options: ParseModuleOptions = {}): ParseResult {
	const errors: ContentError[] = [];
	const warnings: ContentWarning[] = [];
	const tree = parseMarkdown(source);
	restoreTextDirectives(tree, source);

	const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
	const frontmatter = parseModuleFrontmatter(
		yamlNode ? { value: yamlNode.value, startLine: yamlNode.position?.start.line ?? 1 } : undefined
	);
	if (!frontmatter.ok) errors.push(...frontmatter.errors);

	const body = tree.children.filter((node) => node !== yamlNode);
	const levelsWithVariants = new Set<LiteracyLevel>();
	checkBlocks(body, { insideLevel: false, atRoot: true }, errors, levelsWithVariants);
	const images = checkInlineContent(tree, source, errors, warnings);

	const { content, quizNode } = splitOffQuiz(body, errors);
	const quiz = quizNode ? parseQuiz(quizNode, errors, warnings) : { questions: [] };

	const located = (list: ContentError[]) =>
		list.sort(byPosition).map((problem) => (options.fileName ? { ...problem, file: options.fileName } : problem));
	if (errors.length > 0 || !frontmatter.ok) return { ok: false, errors: located(errors), warnings: located(warnings) };

	const html = Object.fromEntries(
		LITERACY_LEVELS.map((level) => [level, renderBlocks(contentForLevel(content, level))])
	) as Record<LiteracyLevel, string>;

	return {
		ok: true,
		module: {
			...frontmatter.frontmatter,
			html,
			quiz,
			levelsWithVariants: LITERACY_LEVELS.filter((level) => levelsWithVariants.has(level)),
			images
		},
		warnings: located(warnings)
	};
}

/**
 * remark-directive reads `:word` inside a sentence as a directive, which would eat text such
 * as "pukul 10:30". Inline directives mean nothing in a module yet, so they go back to the
 * text the trainer typed.
 */
function restoreTextDirectives(tree: Root, source: string): void {
	walk(tree, (node) => {
		if (!('children' in node)) return;
		const parent = node as Parent;
		const restored: Nodes[] = [];
		for (const child of parent.children as Nodes[]) {
			let replacement = child;
			if (child.type === 'textDirective') {
				const start = child.position?.start.offset ?? 0;
				const end = child.position?.end.offset ?? start;
				replacement = { type: 'text', value: source.slice(start, end), position: child.position };
			}
			const previous = restored.at(-1);
			if (replacement.type === 'text' && previous?.type === 'text') {
				restored[restored.length - 1] = {
					...previous,
					value: previous.value + replacement.value,
					position: previous.position && replacement.position ? { start: previous.position.start, end: replacement.position.end } : undefined
				};
			} else {
				restored.push(replacement);
			}
		}
		parent.children = restored as Parent['children'];
	});
}

/** Level blocks and block names: unknown names, nesting, and a quiz in the wrong place. */
function checkBlocks(
	nodes: RootContent[],
	context: { insideLevel: boolean; atRoot: boolean },
	errors: ContentError[],
	levelsWithVariants: Set<LiteracyLevel>
): void {
	for (const node of nodes) {
		const at = node.position?.start;
		if (isContainer(node)) {
			const block = classifyBlock(node, errors);
			if (block.kind === 'quiz') {
				// The quiz checks its own content; here only its place matters.
				if (context.insideLevel) errors.push(contentError('quiz.inside-level', at));
				else if (!context.atRoot) errors.push(contentError('quiz.nested', at));
				continue;
			}
			if (block.kind === 'unknown') {
				errors.push(contentError('level.unknown', at, { name: node.name }));
				continue;
			}
			if (context.insideLevel) errors.push(contentError('level.nested', at));
			for (const level of block.levels) levelsWithVariants.add(level);
			checkBlocks(blockContent(node), { insideLevel: true, atRoot: false }, errors, levelsWithVariants);
			continue;
		}
		if ('children' in node) {
			checkBlocks(node.children as RootContent[], { ...context, atRoot: false }, errors, levelsWithVariants);
		}
	}
}

/** Images, raw HTML and `::name` lines anywhere in the module, quiz included. Returns relative image paths. */
function checkInlineContent(tree: Root, source: string, errors: ContentError[], warnings: ContentWarning[]): string[] {
	const definitions = new Map<string, string>();
	walk(tree, (node) => {
		if (node.type === 'definition') definitions.set(node.identifier, node.url);
	});
	const images = new Set<string>();
	walk(tree, (node) => {
		const at = node.position?.start;
		if (node.type === 'paragraph') errors.push(...unparsedFences(node, source));
		if (node.type === 'leafDirective') errors.push(contentError('directive.unknown', at, { name: node.name }));
		if (node.type === 'html' && !isComment(node)) warnings.push(contentError('html.dropped', at));
		if (node.type === 'image' || node.type === 'imageReference') {
			const src = node.type === 'image' ? node.url : definitions.get(node.identifier);
			if (!node.alt?.trim()) errors.push(contentError('image.missing-alt', at));
			if (src === undefined) return; // an undefined reference renders as text, not as an image
			const kind = imageSourceKind(src);
			if (kind === 'unsafe') errors.push(contentError('image.unsafe-src', at, { src }));
			if (kind === 'relative') images.add(src);
		}
	});
	return [...images];
}

/**
 * A `:::` line that micromark did not take as a fence ends up as paragraph text: a closing
 * fence without an opening, inner blocks with as many colons as the outer one, or `{a, b}`.
 * Left alone it would show ":::" to participants and hide the real mistake.
 */
function unparsedFences(paragraph: Nodes, source: string): ContentError[] {
	const start = paragraph.position?.start;
	const end = paragraph.position?.end;
	if (start?.offset === undefined || end?.offset === undefined) return [];
	return source
		.slice(start.offset, end.offset)
		.split('\n')
		.flatMap((text, index) =>
			/^\s*:{3,}/.test(text)
				? [contentError('directive.unparsed', { line: start.line + index, column: index === 0 ? start.column : 1 })]
				: []
		);
}

/**
 * Images come from the course folder or from an https address. Everything else (http, data:,
 * javascript:, protocol-relative //host, absolute /paths, ../ escapes) is refused.
 */
export function imageSourceKind(src: string): 'relative' | 'https' | 'unsafe' {
	const value = src.trim();
	if (/^https:\/\/[^/\s]+/i.test(value)) return 'https';
	if (!value || /^[a-z][a-z0-9+.-]*:/i.test(value) || /^[/\\]/.test(value) || /\\/.test(value)) return 'unsafe';
	if (value.split('/').some((segment) => segment === '..')) return 'unsafe';
	return 'relative';
}

/** The module content without the quiz; the quiz must be one block at the very end. */
function splitOffQuiz(body: RootContent[], errors: ContentError[]): { content: RootContent[]; quizNode?: ContainerDirective } {
	const quizIndex = body.findIndex((node) => isContainer(node) && node.name === 'quiz');
	if (quizIndex === -1) return { content: body };
	for (const node of body.slice(quizIndex + 1)) {
		if (isContainer(node) && node.name === 'quiz') errors.push(contentError('quiz.duplicate', node.position?.start));
		else if (!isComment(node) && node.type !== 'definition') errors.push(contentError('quiz.not-last', node.position?.start));
	}
	return { content: body.slice(0, quizIndex), quizNode: body[quizIndex] as ContainerDirective };
}

export { quizForLevel, publicQuestion } from './quiz';
export { LITERACY_LEVELS, isLiteracyLevel } from './types';
export type {
	ContentError,
	ContentWarning,
	LiteracyLevel,
	ParsedModule,
	ParseResult,
	PublicQuestion,
	Quiz,
	QuizOption,
	QuizQuestion
} from './types';
