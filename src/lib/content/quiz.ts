import type { ContainerDirective } from 'mdast-util-directive';
import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { blockContent, classifyBlock, isContainer } from './blocks';
import { isComment, plainText, renderBlocks, renderInline } from './markdown';
import { contentError } from './messages';
import { EXPLICIT_ID, derivedOptionId, derivedQuestionId, splitExplicitId } from './stable-id';
import {
	LITERACY_LEVELS,
	type ContentError,
	type ContentWarning,
	type LiteracyLevel,
	type PublicQuestion,
	type Quiz,
	type QuizOption,
	type QuizQuestion
} from './types';

/** "Penjelasan:" (or "Explanation:"), optionally in bold, opens a question's explanation. */
const EXPLANATION_LABEL = /^\s*(penjelasan|explanation)\s*:\s*/i;
const EXPLANATION_LABEL_ONLY = /^\s*(penjelasan|explanation)\s*:?\s*$/i;

/** A question as written, before it is checked. */
interface QuestionDraft {
	heading: Heading;
	levels: LiteracyLevel[];
	body: RootContent[];
	options: List | undefined;
	explanation: Paragraph[];
}

/**
 * Read the `:::quiz` block. Each question is a heading, optional body text, a task list of
 * options and a "Penjelasan:" paragraph. Questions inside a level block (`::::dasar` … `::::`)
 * are only for that level; the rest are for everyone.
 */
export function parseQuiz(quizNode: ContainerDirective, errors: ContentError[], warnings: ContentWarning[]): Quiz {
	const drafts: QuestionDraft[] = [];
	const errorCountBefore = errors.length;
	collectDrafts(blockContent(quizNode), [...LITERACY_LEVELS], false, drafts, errors);

	if (drafts.length === 0) {
		// "No questions" only helps when nothing more specific was said about the content.
		if (errors.length === errorCountBefore) errors.push(contentError('quiz.empty', quizNode.position?.start));
		return { questions: [] };
	}

	const questions: QuizQuestion[] = [];
	const firstLineById = new Map<string, number>();
	for (const draft of drafts) {
		const question = buildQuestion(draft, errors, warnings);
		if (!question) continue;
		const firstLine = firstLineById.get(question.id);
		if (firstLine !== undefined) {
			errors.push(contentError('id.duplicate-question', draft.heading.position?.start, { id: question.id, firstLine }));
			continue;
		}
		firstLineById.set(question.id, question.line);
		questions.push(question);
	}

	for (const level of LITERACY_LEVELS) {
		if (questions.length > 0 && !questions.some((question) => question.levels.includes(level))) {
			warnings.push(contentError('quiz.level-without-questions', quizNode.position?.start, { level }));
		}
	}
	return { questions };
}

function collectDrafts(
	nodes: RootContent[],
	levels: LiteracyLevel[],
	insideLevelBlock: boolean,
	drafts: QuestionDraft[],
	errors: ContentError[]
): void {
	let current: QuestionDraft | undefined;
	for (const node of nodes) {
		const at = node.position?.start;
		if (isContainer(node)) {
			current = undefined;
			const block = classifyBlock(node, errors);
			if (block.kind === 'quiz') errors.push(contentError('quiz.duplicate', at));
			else if (block.kind === 'unknown') errors.push(contentError('level.unknown', at, { name: node.name }));
			else if (insideLevelBlock) errors.push(contentError('level.nested', at));
			else collectDrafts(blockContent(node), block.levels, true, drafts, errors);
			continue;
		}
		if (node.type === 'heading') {
			current = { heading: node, levels, body: [], options: undefined, explanation: [] };
			drafts.push(current);
			continue;
		}
		if (isComment(node) || node.type === 'definition') continue;
		if (!current) {
			errors.push(contentError('quiz.content-before-question', at));
			continue;
		}
		if (node.type === 'paragraph' && (current.explanation.length > 0 || EXPLANATION_LABEL.test(plainText(node)))) {
			current.explanation.push(node);
		} else if (node.type === 'list' && !current.options) {
			if (current.explanation.length > 0) errors.push(contentError('quiz.unexpected-content', at));
			else current.options = node;
		} else if (node.type === 'list') {
			errors.push(contentError('quiz.extra-options', at));
		} else if (current.options) {
			errors.push(contentError('quiz.unexpected-content', at));
		} else {
			current.body.push(node);
		}
	}
}

function buildQuestion(draft: QuestionDraft, errors: ContentError[], warnings: ContentWarning[]): QuizQuestion | undefined {
	const headingAt = draft.heading.position?.start;
	const errorCountBefore = errors.length;

	const { children: promptChildren, explicitId } = withoutExplicitId(draft.heading.children);
	const prompt = plainText(promptChildren).trim();
	if (!prompt) errors.push(contentError('quiz.empty-question', headingAt));
	const id = checkedId(explicitId, () => derivedQuestionId(prompt), headingAt, errors);

	const options = buildOptions(draft, errors);

	const explanationNodes = draft.explanation.map((paragraph, index) =>
		index === 0 ? withoutExplanationLabel(paragraph) : paragraph
	);
	if (explanationNodes.length === 0) warnings.push(contentError('quiz.no-explanation', headingAt));

	if (errors.length > errorCountBefore) return undefined;
	return {
		id,
		type: 'single',
		levels: draft.levels,
		prompt,
		promptHtml: renderInline(promptChildren),
		bodyHtml: draft.body.length > 0 ? renderBlocks(draft.body) : '',
		options,
		explanation: explanationNodes.map((node) => plainText(node).trim()).join('\n\n'),
		explanationHtml: explanationNodes.length > 0 ? renderBlocks(explanationNodes) : '',
		line: headingAt?.line ?? 1
	};
}

function buildOptions(draft: QuestionDraft, errors: ContentError[]): QuizOption[] {
	const list = draft.options;
	if (!list) {
		errors.push(contentError('quiz.no-options', draft.heading.position?.start));
		return [];
	}
	const options: QuizOption[] = [];
	const seen = new Set<string>();
	const correctItems: ListItem[] = [];
	let valid = true;
	for (const item of list.children) {
		const at = item.position?.start;
		if (item.checked === null || item.checked === undefined) {
			errors.push(contentError('quiz.option-not-checkbox', at));
			valid = false;
			continue;
		}
		const [first, ...rest] = item.children;
		for (const extra of rest) errors.push(contentError('quiz.unexpected-content', extra.position?.start));
		const phrasing = first?.type === 'paragraph' ? first.children : [];
		const { children, explicitId } = withoutExplicitId(phrasing);
		const text = plainText(children).trim();
		if (!text) {
			errors.push(contentError('quiz.empty-option', at));
			valid = false;
			continue;
		}
		const id = checkedId(explicitId, () => derivedOptionId(text), at, errors);
		if (seen.has(id)) {
			errors.push(contentError('id.duplicate-option', at, { id }));
			valid = false;
			continue;
		}
		seen.add(id);
		if (item.checked) correctItems.push(item);
		options.push({ id, text, html: renderInline(children), correct: item.checked });
	}
	if (!valid) return options;
	if (options.length === 1) errors.push(contentError('quiz.too-few-options', list.position?.start));
	if (correctItems.length === 0) errors.push(contentError('quiz.no-correct-answer', list.position?.start));
	if (correctItems.length > 1) errors.push(contentError('quiz.multiple-correct', correctItems[1].position?.start));
	return options;
}

/** Explicit id if valid, else the derived one; an invalid explicit id is reported. */
function checkedId(
	explicitId: string | undefined,
	derive: () => string,
	at: { line: number; column: number } | undefined,
	errors: ContentError[]
): string {
	if (explicitId === undefined) return derive();
	if (!EXPLICIT_ID.test(explicitId)) errors.push(contentError('id.invalid', at, { value: explicitId }));
	return explicitId;
}

/** Strip a trailing `{#id}` from inline content (it sits at the end of the last text node). */
function withoutExplicitId(children: PhrasingContent[]): { children: PhrasingContent[]; explicitId: string | undefined } {
	const last = children.at(-1);
	if (last?.type !== 'text') return { children, explicitId: undefined };
	const { text, id } = splitExplicitId(last.value);
	if (id === undefined) return { children, explicitId: undefined };
	const trimmed: PhrasingContent[] = text ? [...children.slice(0, -1), { ...last, value: text }] : children.slice(0, -1);
	return { children: trimmed, explicitId: id };
}

/** Remove the "Penjelasan:" label, whether written plain or in bold. */
function withoutExplanationLabel(paragraph: Paragraph): Paragraph {
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

/** The questions a participant at `level` answers, in document order. */
export function quizForLevel(quiz: Quiz, level: LiteracyLevel): QuizQuestion[] {
	return quiz.questions.filter((question) => question.levels.includes(level));
}

/** A question as it may appear in a page before submission: answers and explanation removed. */
export function publicQuestion(question: QuizQuestion): PublicQuestion {
	return {
		id: question.id,
		type: question.type,
		prompt: question.prompt,
		promptHtml: question.promptHtml,
		bodyHtml: question.bodyHtml,
		options: question.options.map(({ id, text, html }) => ({ id, text, html }))
	};
}
