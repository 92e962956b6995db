/**
 * Options of the choice types (single, multiple, true-false, picture): a task list, `[x]` for
 * right, each option with an optional `{#id}` and an optional explanation of its own.
 */
import type { List, ListItem, Paragraph, PhrasingContent } from 'mdast';
import { plainText, renderBlocks, renderInline } from './markdown';
import { contentError } from './messages';
import { TYPE_LABEL, trueFalseWord } from './question-type';
import { EXPLANATION_LABEL, checkedId, splitLineExplanation, withoutExplanationLabel, withoutExplicitId } from './quiz-inline';
import { derivedOptionId } from './stable-id';
import type { ChoiceQuestion, ContentError, QuizOption } from './types';

type ChoiceType = ChoiceQuestion['type'];

export function buildChoiceOptions(type: ChoiceType, list: List, errors: ContentError[]): QuizOption[] {
	const options: QuizOption[] = [];
	const seen = new Set<string>();
	const correctItems: ListItem[] = [];
	let valid = true;
	for (const item of list.children) {
		const option = buildOption(type, item, errors);
		if (!option) {
			valid = false;
			continue;
		}
		if (seen.has(option.id)) {
			errors.push(contentError('id.duplicate-option', item.position?.start, { id: option.id }));
			valid = false;
			continue;
		}
		seen.add(option.id);
		if (option.correct) correctItems.push(item);
		options.push(option);
	}
	if (!valid) return options;

	const listAt = list.position?.start;
	if (type === 'true-false') {
		const words = options.map((option) => trueFalseWord(option.text));
		if (options.length !== 2 || !words.includes('benar') || !words.includes('salah')) {
			errors.push(contentError('quiz.true-false-options', listAt));
			return options;
		}
	}
	if (options.length === 1) errors.push(contentError('quiz.too-few-options', listAt));
	if (correctItems.length === 0) errors.push(contentError('quiz.no-correct-answer', listAt));
	if (type !== 'multiple' && correctItems.length > 1) {
		errors.push(contentError('quiz.multiple-correct', correctItems[1].position?.start, { type: TYPE_LABEL[type].id, typeEn: TYPE_LABEL[type].en }));
	}
	return options;
}

function buildOption(type: ChoiceType, item: ListItem, errors: ContentError[]): QuizOption | undefined {
	const at = item.position?.start;
	if (typeof item.checked !== 'boolean') {
		errors.push(contentError('quiz.option-not-checkbox', at));
		return undefined;
	}
	const [first, ...rest] = item.children;
	const split = splitLineExplanation(first?.type === 'paragraph' ? first.children : []);
	const explanation: Paragraph[] = split.explanation ? [{ type: 'paragraph', children: split.explanation }] : [];
	for (const extra of rest) {
		// A second paragraph in the option (blank line, indented) may carry its explanation.
		const opensExplanation = extra.type === 'paragraph' && (explanation.length > 0 || EXPLANATION_LABEL.test(plainText(extra)));
		if (opensExplanation) explanation.push(extra);
		else errors.push(contentError('quiz.unexpected-content', extra.position?.start));
	}

	const { children, explicitId } = withoutExplicitId(trimEnd(split.option));
	const text = plainText(children).trim();
	const hasImage = children.some((node) => node.type === 'image' || node.type === 'imageReference');
	if (type === 'picture' && !hasImage) {
		errors.push(contentError('quiz.picture-no-image', at));
		return undefined;
	}
	if (!text) {
		// A picture without alt text is already reported where the image is.
		if (!hasImage) errors.push(contentError('quiz.empty-option', at));
		return undefined;
	}
	// Benar/Salah keep one id in either language, so reports line up across translations.
	const fixedId = type === 'true-false' ? trueFalseWord(text) : undefined;
	const id = checkedId(explicitId, () => fixedId ?? derivedOptionId(text), at, errors);
	const option: QuizOption = { id, text, html: renderInline(children), correct: item.checked };
	const explanationNodes = explanation.map((paragraph, index) => (index === 0 ? withoutExplanationLabel(paragraph) : paragraph));
	if (plainText(explanationNodes).trim()) option.explanationHtml = renderBlocks(explanationNodes);
	return option;
}

/** Drop a trailing line break left where an explanation line was split off. */
function trimEnd(children: PhrasingContent[]): PhrasingContent[] {
	const last = children.at(-1);
	if (last?.type !== 'text') return children;
	return [...children.slice(0, -1), { ...last, value: last.value.replace(/\s+$/, '') }];
}
