/** Steps of an ordering question: a numbered list, written in the right order. */
import type { List } from 'mdast';
import { plainText, renderInline } from './markdown';
import { contentError } from './messages';
import { checkedId, withoutExplicitId } from './quiz-inline';
import { derivedStepId } from './stable-id';
import type { ContentError, OrderingStep } from './types';

/** More steps than this do not fit a phone screen as a list of number pickers. */
export const MAX_ORDERING_STEPS = 10;

export function buildOrderingSteps(list: List, errors: ContentError[]): OrderingStep[] {
	const listAt = list.position?.start;
	if (!list.ordered || list.children.some((item) => typeof item.checked === 'boolean')) {
		errors.push(contentError('quiz.ordering-not-numbered', listAt));
		return [];
	}
	const steps: OrderingStep[] = [];
	const seen = new Set<string>();
	for (const item of list.children) {
		const at = item.position?.start;
		const [first, ...rest] = item.children;
		for (const extra of rest) errors.push(contentError('quiz.unexpected-content', extra.position?.start));
		const { children, explicitId } = withoutExplicitId(first?.type === 'paragraph' ? first.children : []);
		const text = plainText(children).trim();
		if (!text) {
			errors.push(contentError('quiz.empty-step', at));
			continue;
		}
		const id = checkedId(explicitId, () => derivedStepId(text), at, errors);
		if (seen.has(id)) {
			errors.push(contentError('id.duplicate-step', at, { id }));
			continue;
		}
		seen.add(id);
		steps.push({ id, text, html: renderInline(children) });
	}
	if (list.children.length < 2) errors.push(contentError('quiz.ordering-too-few', listAt));
	if (list.children.length > MAX_ORDERING_STEPS) {
		errors.push(contentError('quiz.ordering-too-many', list.children[MAX_ORDERING_STEPS].position?.start, { max: MAX_ORDERING_STEPS }));
	}
	return steps;
}
