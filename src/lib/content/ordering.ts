/**
 * Which orders an ordering question accepts. Pure and tiny, so the grader, the page's shuffle
 * and (later) a client can share it. Steps of one free group (`{#id bebas=a}`) are consecutive
 * in the key and may come in any order among themselves.
 */
import type { OrderingStep } from './types';

/**
 * Each step's rank in the key: its own position, or the first position of its free group.
 * An order is right when its ranks, read first to last, are the key's ranks.
 */
export function orderingRanks(steps: readonly OrderingStep[]): Map<string, number> {
	const ranks = new Map<string, number>();
	let rank = 0;
	for (const [index, step] of steps.entries()) {
		if (index === 0 || step.group === undefined || step.group !== steps[index - 1].group) rank = index;
		ranks.set(step.id, rank);
	}
	return ranks;
}

/** True when `order` (step ids, first to last) is one of the orders the key accepts. */
export function isValidOrder(steps: readonly OrderingStep[], order: readonly string[]): boolean {
	if (order.length !== steps.length || new Set(order).size !== order.length) return false;
	const ranks = orderingRanks(steps);
	return order.every((id, index) => ranks.get(id) === ranks.get(steps[index].id));
}
