/** Steps of an ordering question: a numbered list, written in the right order. */
import type { List } from 'mdast';
import { plainText, renderInline } from './markdown';
import { contentError } from './messages';
import { checkedId, withoutHeadingAttributes } from './quiz-inline';
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
		const { children, explicitId, type, module, unknown } = withoutHeadingAttributes(first?.type === 'paragraph' ? first.children : []);
		let group: string | undefined;
		for (const token of [...(type === undefined ? [] : [`type=${type}`]), ...(module === undefined ? [] : [`modul=${module}`]), ...unknown]) {
			const free = /^(?:bebas|free)=([a-z0-9-]{1,32})$/i.exec(token);
			if (free && group === undefined) group = free[1].toLowerCase();
			else errors.push(contentError('quiz.step-attribute-unknown', at, { value: token }));
		}
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
		steps.push(group === undefined ? { id, text, html: renderInline(children) } : { id, text, html: renderInline(children), group });
	}
	checkFreeGroups(list, steps, errors);
	if (list.children.length < 2) errors.push(contentError('quiz.ordering-too-few', listAt));
	if (list.children.length > MAX_ORDERING_STEPS) {
		errors.push(contentError('quiz.ordering-too-many', list.children[MAX_ORDERING_STEPS].position?.start, { max: MAX_ORDERING_STEPS }));
	}
	return steps;
}

/** Free groups: consecutive, at least two steps each, and not the whole question. */
function checkFreeGroups(list: List, steps: OrderingStep[], errors: ContentError[]): void {
	const sizes = new Map<string, number>();
	for (const [index, step] of steps.entries()) {
		const at = list.children[index]?.position?.start;
		const previous = steps[index - 1]?.group;
		if (step.group === undefined) continue;
		if (step.group !== previous && sizes.has(step.group)) {
			errors.push(contentError('quiz.ordering-group-split', at, { group: step.group }));
		}
		sizes.set(step.group, (sizes.get(step.group) ?? 0) + 1);
	}
	for (const [group, size] of sizes) {
		if (size < 2) errors.push(contentError('quiz.ordering-group-single', list.position?.start, { group }));
	}
	if (steps.length > 1 && steps.every((step) => step.group !== undefined && step.group === steps[0].group)) {
		errors.push(contentError('quiz.ordering-group-all', list.position?.start));
	}
}
