import type { ContainerDirective } from 'mdast-util-directive';
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { blockContent, classifyBlock, contentForLevel, isContainer, PRACTICAL_BLOCK, walk } from './blocks';
import { decorateCallouts } from './callouts';
import { parseModuleFrontmatter } from './frontmatter';
import { hasImageExtension, imageSourceKind, prepareImages } from './images';
import { isComment, parseMarkdown, renderBlocks } from './markdown';
import { byPosition, contentError } from './messages';
import { parsePractical } from './practical';
import { parseQuiz } from './quiz';
import { htmlToProse, readabilityWarnings } from './readability';
import { allButOneWarnings, levelDifferenceWarnings, parityWarnings, proseOfLevels, taughtOnlyHigherWarnings } from './review';
import { checkSourceLimits } from './source-limits';
import { LITERACY_LEVELS, type ContentError, type ContentWarning, type LiteracyLevel, type ParseResult, type PracticalTask } from './types';

export interface ParseModuleOptions {
	/** Added to every error and warning so a list from many files stays readable. */
	fileName?: string;
	/**
	 * Where the app serves this module's images, e.g. "/media/menjahit-dasar/". Relative image
	 * paths in every HTML output become `${mediaBaseUrl}${path}`; `images` keeps them relative.
	 * Without it, src stays as written (the web editor's preview, the tests).
	 */
	mediaBaseUrl?: string;
}

/**
 * Markdown module → typed module with sanitized HTML per literacy level, the quiz and the
 * practical task. Runs once, on import or when a trainer saves; readers only ever get the
 * stored result. Every problem is collected (not just the first), so a trainer can fix a file
 * in one pass.
 */
export function parseModule(source: string, options: ParseModuleOptions = {}): ParseResult {
	const errors: ContentError[] = [];
	const warnings: ContentWarning[] = [];
	const tooHeavy = checkSourceLimits(source);
	if (tooHeavy.length > 0) return { ok: false, errors: tooHeavy.map((problem) => (options.fileName ? { ...problem, file: options.fileName } : problem)), warnings };
	const tree = parseMarkdown(source);
	restoreTextDirectives(tree, source);

	const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
	const yamlStartLine = yamlNode?.position?.start.line ?? 1;
	const frontmatter = parseModuleFrontmatter(yamlNode ? { value: yamlNode.value, startLine: yamlStartLine } : undefined);
	if (!frontmatter.ok) errors.push(...frontmatter.errors);

	const body = tree.children.filter((node) => node !== yamlNode);
	const levelsWithVariants = new Set<LiteracyLevel>();
	checkBlocks(body, { insideLevel: false, insideCallout: false, insidePractical: false, atRoot: true }, errors, levelsWithVariants);
	const images = checkInlineContent(tree, source, errors, warnings);
	prepareImages(tree, options.mediaBaseUrl);
	decorateCallouts(tree);

	const { content, quizNode, practicalNodes } = splitOffQuizAndTask(body, errors);
	const quiz = quizNode ? parseQuiz(quizNode, errors, warnings) : { questions: [] };
	let practical: PracticalTask | null = null;
	for (const [index, node] of practicalNodes.entries()) {
		if (index > 0) errors.push(contentError('practical.duplicate', node.position?.start, { firstLine: practicalNodes[0].position?.start.line ?? 1 }));
		else practical = parsePractical(node, errors) ?? null;
	}
	if (frontmatter.ok && frontmatter.frontmatter.practicalRequired && practicalNodes.length === 0) {
		errors.push(contentError('practical.required-missing', { line: frontmatterKeyLine(yamlNode?.value ?? '', 'practical_required', yamlStartLine), column: 1 }));
	}

	const located = (list: ContentError[]) =>
		list.sort(byPosition).map((problem) => (options.fileName ? { ...problem, file: options.fileName } : problem));
	if (errors.length > 0 || !frontmatter.ok) return { ok: false, errors: located(errors), warnings: located(warnings) };

	const html = Object.fromEntries(
		LITERACY_LEVELS.map((level) => [level, renderBlocks(contentForLevel(content, level))])
	) as Record<LiteracyLevel, string>;
	// The review (review.ts) judges what each level really reads, so it runs after rendering.
	if (levelsWithVariants.size > 0) {
		warnings.push(...readabilityWarnings(proseOfLevels({ html, practical, questions: quiz.questions }), { compareLevels: true }));
		warnings.push(...levelDifferenceWarnings(html), ...taughtOnlyHigherWarnings(quiz.questions, html));
	} else {
		// One text for everyone: only its sentence length can be judged.
		warnings.push(...readabilityWarnings(Object.fromEntries(LITERACY_LEVELS.map((level) => [level, htmlToProse(html[level])])) as Record<LiteracyLevel, string>, { compareLevels: false }));
	}
	warnings.push(...parityWarnings(content), ...allButOneWarnings(quiz.questions));

	return {
		ok: true,
		module: {
			...frontmatter.frontmatter,
			html,
			quiz,
			practical,
			levelsWithVariants: LITERACY_LEVELS.filter((level) => levelsWithVariants.has(level)),
			images
		},
		warnings: located(warnings)
	};
}

/** File line of `key:` in the frontmatter, or the opening --- when it is not there. */
function frontmatterKeyLine(yaml: string, key: string, startLine: number): number {
	const index = yaml.split('\n').findIndex((line) => line.startsWith(`${key}:`));
	return index === -1 ? startLine : startLine + 1 + index;
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

interface BlockContext {
	insideLevel: boolean;
	insideCallout: boolean;
	insidePractical: boolean;
	atRoot: boolean;
}

/** Block names and where each kind may sit: unknown names, nesting, a quiz or task in the wrong place. */
function checkBlocks(nodes: RootContent[], context: BlockContext, errors: ContentError[], levelsWithVariants: Set<LiteracyLevel>): void {
	for (const node of nodes) {
		const at = node.position?.start;
		if (!isContainer(node)) {
			if ('children' in node) checkBlocks(node.children as RootContent[], { ...context, atRoot: false }, errors, levelsWithVariants);
			continue;
		}
		const block = classifyBlock(node, errors);
		const inner = { ...context, atRoot: false };
		switch (block.kind) {
			case 'quiz':
				// The quiz checks its own content; here only its place matters.
				if (context.insideLevel) errors.push(contentError('quiz.inside-level', at));
				else if (!context.atRoot) errors.push(contentError('quiz.nested', at));
				break;
			case 'unknown':
				errors.push(contentError('level.unknown', at, { name: node.name }));
				break;
			case 'practical':
				if (!context.atRoot) errors.push(contentError('practical.nested', at));
				checkBlocks(blockContent(node), { ...inner, insidePractical: true }, errors, levelsWithVariants);
				break;
			case 'callout':
				if (context.insideCallout) errors.push(contentError('callout.nested', at));
				if (blockContent(node).every((child) => isComment(child))) errors.push(contentError('callout.empty', at, { name: node.name }));
				checkBlocks(blockContent(node), { ...inner, insideCallout: true }, errors, levelsWithVariants);
				break;
			case 'level':
				if (context.insidePractical) errors.push(contentError('practical.level-inside', at));
				else if (context.insideLevel) errors.push(contentError('level.nested', at));
				for (const level of block.levels) levelsWithVariants.add(level);
				checkBlocks(blockContent(node), { ...inner, insideLevel: true }, errors, levelsWithVariants);
				break;
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
			if (kind === 'relative' && !hasImageExtension(src)) errors.push(contentError('image.unsupported-type', at, { src }));
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
 * The lesson content without the quiz and the practical task. The quiz must be one block at the
 * very end; the task may sit anywhere at the top level, also after the quiz.
 */
function splitOffQuizAndTask(
	body: RootContent[],
	errors: ContentError[]
): { content: RootContent[]; quizNode?: ContainerDirective; practicalNodes: ContainerDirective[] } {
	const isPractical = (node: RootContent) => isContainer(node) && node.name === PRACTICAL_BLOCK;
	const practicalNodes = body.filter(isPractical) as ContainerDirective[];
	const withoutTask = body.filter((node) => !isPractical(node));
	const quizIndex = withoutTask.findIndex((node) => isContainer(node) && node.name === 'quiz');
	if (quizIndex === -1) return { content: withoutTask, practicalNodes };
	for (const node of withoutTask.slice(quizIndex + 1)) {
		if (isContainer(node) && node.name === 'quiz') errors.push(contentError('quiz.duplicate', node.position?.start));
		else if (!isComment(node) && node.type !== 'definition') errors.push(contentError('quiz.not-last', node.position?.start));
	}
	return { content: withoutTask.slice(0, quizIndex), quizNode: withoutTask[quizIndex] as ContainerDirective, practicalNodes };
}

export { imageSourceKind } from './images';
export { quizForLevel, publicQuestion } from './quiz';
export { gradeAnswer, parseIndonesianNumber, readAnswer, type QuizAnswer } from './grade';
export { LITERACY_LEVELS, isLiteracyLevel } from './types';
export type {
	ContentError,
	ContentWarning,
	LiteracyLevel,
	ParsedModule,
	ParseResult,
	PracticalTask,
	PublicQuestion,
	Quiz,
	QuizOption,
	QuizQuestion
} from './types';
