import type { ContainerDirective } from 'mdast-util-directive';
import type { Heading, List, Paragraph, RootContent } from 'mdast';
import { blockContent, classifyBlock, isContainer } from './blocks';
import { isComment, plainText, renderBlocks, renderInline } from './markdown';
import { contentError } from './messages';
import { inferQuestionType, questionTypeNamed } from './question-type';
import { buildChoiceOptions } from './quiz-choice';
import { EXPLANATION_LABEL, checkedId, withoutExplanationLabel, withoutHeadingAttributes } from './quiz-inline';
import { buildNumericAnswer, isAnswerLines } from './quiz-numeric';
import { buildOrderingSteps } from './quiz-ordering';
import { derivedQuestionId } from './stable-id';
import { LITERACY_LEVELS, type ContentError, type ContentWarning, type LiteracyLevel, type Quiz, type QuizQuestion, type ChoiceQuestion } from './types';

export { publicQuestion } from './quiz-public';

/** A question as written, before it is checked. */
interface QuestionDraft {
	heading: Heading;
	levels: LiteracyLevel[];
	body: RootContent[];
	/** Options (a task list) or ordering steps (a numbered list). */
	list: List | undefined;
	/** "Jawaban:" / "Toleransi:" / "Satuan:" paragraphs of a numeric question. */
	answerLines: Paragraph[];
	explanation: Paragraph[];
}

/**
 * Read the `:::quiz` block. Each question is a heading (with an optional `{#id type=…}`),
 * optional body text, its answer (options, numbered steps or "Jawaban:" lines) and a
 * "Penjelasan:" paragraph. Questions inside a level block (`::::dasar` … `::::`) are only for
 * that level; the rest are for everyone.
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

function collectDrafts(nodes: RootContent[], levels: LiteracyLevel[], insideLevelBlock: boolean, drafts: QuestionDraft[], errors: ContentError[]): void {
	let current: QuestionDraft | undefined;
	for (const node of nodes) {
		const at = node.position?.start;
		if (isContainer(node)) {
			current = undefined;
			const block = classifyBlock(node, errors);
			if (block.kind === 'quiz') errors.push(contentError('quiz.duplicate', at));
			else if (block.kind === 'unknown') errors.push(contentError('level.unknown', at, { name: node.name }));
			else if (block.kind !== 'level') errors.push(contentError('quiz.block-inside', at, { name: node.name }));
			else if (insideLevelBlock) errors.push(contentError('level.nested', at));
			else collectDrafts(blockContent(node), block.levels, true, drafts, errors);
			continue;
		}
		if (node.type === 'heading') {
			current = { heading: node, levels, body: [], list: undefined, answerLines: [], explanation: [] };
			drafts.push(current);
			continue;
		}
		if (isComment(node) || node.type === 'definition') continue;
		if (!current) {
			errors.push(contentError('quiz.content-before-question', at));
			continue;
		}
		const answered = current.list !== undefined || current.answerLines.length > 0;
		if (node.type === 'paragraph' && (current.explanation.length > 0 || EXPLANATION_LABEL.test(plainText(node)))) {
			current.explanation.push(node);
		} else if (current.explanation.length > 0) {
			errors.push(contentError('quiz.unexpected-content', at));
		} else if (node.type === 'paragraph' && isAnswerLines(node)) {
			current.answerLines.push(node);
		} else if (node.type === 'list' && !current.list) {
			current.list = node;
		} else if (node.type === 'list') {
			errors.push(contentError('quiz.extra-options', at));
		} else if (answered) {
			errors.push(contentError('quiz.unexpected-content', at));
		} else {
			current.body.push(node);
		}
	}
}

function buildQuestion(draft: QuestionDraft, errors: ContentError[], warnings: ContentWarning[]): QuizQuestion | undefined {
	const headingAt = draft.heading.position?.start;
	const errorCountBefore = errors.length;

	const heading = withoutHeadingAttributes(draft.heading.children);
	for (const value of heading.unknown) errors.push(contentError('quiz.unknown-attribute', headingAt, { value }));
	const prompt = plainText(heading.children).trim();
	if (!prompt) errors.push(contentError('quiz.empty-question', headingAt));
	const id = checkedId(heading.explicitId, () => derivedQuestionId(prompt), headingAt, errors);

	let type = inferQuestionType(draft.list, draft.answerLines.length > 0);
	if (heading.type !== undefined) {
		type = questionTypeNamed(heading.type);
		if (!type) errors.push(contentError('quiz.unknown-type', headingAt, { name: heading.type }));
	}

	const explanationNodes = draft.explanation.map((paragraph, index) => (index === 0 ? withoutExplanationLabel(paragraph) : paragraph));
	if (explanationNodes.length === 0) warnings.push(contentError('quiz.no-explanation', headingAt));
	const base = {
		id,
		levels: draft.levels,
		prompt,
		promptHtml: renderInline(heading.children),
		bodyHtml: draft.body.length > 0 ? renderBlocks(draft.body) : '',
		explanation: explanationNodes.map((node) => plainText(node).trim()).join('\n\n'),
		explanationHtml: explanationNodes.length > 0 ? renderBlocks(explanationNodes) : '',
		line: headingAt?.line ?? 1,
		...(heading.module !== undefined && { module: heading.module })
	};

	if (!type) {
		// An unknown type name was reported already; only a question with no answer at all is left.
		if (heading.type === undefined) errors.push(contentError('quiz.no-options', headingAt));
		return undefined;
	}
	const question = buildAnswer(type, base, draft, errors);
	return errors.length > errorCountBefore ? undefined : question;
}

function buildAnswer(
	type: QuizQuestion['type'],
	base: Omit<ChoiceQuestion, 'type' | 'options'>,
	draft: QuestionDraft,
	errors: ContentError[]
): QuizQuestion | undefined {
	const headingAt = draft.heading.position?.start;
	if (type === 'numeric') {
		if (draft.list) errors.push(contentError('quiz.numeric-with-options', draft.list.position?.start));
		const answer = buildNumericAnswer(draft.answerLines, headingAt, errors);
		return answer && { ...base, type, answer };
	}
	if (draft.answerLines.length > 0) errors.push(contentError('quiz.answer-lines-without-numeric', draft.answerLines[0].position?.start));
	if (!draft.list) {
		errors.push(contentError('quiz.no-options', headingAt));
		return undefined;
	}
	if (type === 'ordering') return { ...base, type, steps: buildOrderingSteps(draft.list, errors) };
	return { ...base, type, options: buildChoiceOptions(type, draft.list, errors) };
}

/** The questions a participant at `level` answers, in document order. */
export function quizForLevel(quiz: Quiz, level: LiteracyLevel): QuizQuestion[] {
	return quiz.questions.filter((question) => question.levels.includes(level));
}
