/** What a participant's page may show before they answer: no right answers, no explanations. */
import { isValidOrder } from './ordering';
import { shortHash } from './stable-id';
import type { OrderingStep, PublicQuestion, QuizQuestion } from './types';

/** A question as it may appear in a page before submission: answers and explanations removed. */
export function publicQuestion(question: QuizQuestion): PublicQuestion {
	const shown = { id: question.id, prompt: question.prompt, promptHtml: question.promptHtml, bodyHtml: question.bodyHtml };
	if (question.type === 'ordering') {
		return { ...shown, type: 'ordering', steps: shuffledSteps(question.id, question.steps).map(({ id, text, html }) => ({ id, text, html })) };
	}
	if (question.type === 'numeric') return { ...shown, type: 'numeric', unit: question.answer.unit };
	return { ...shown, type: question.type, options: question.options.map(({ id, text, html }) => ({ id, text, html })) };
}

/**
 * Steps in an order that depends only on the question id: the page looks the same after a
 * reload or on another server, and never shows an answer (if the shuffle lands on an order the
 * key accepts, it is rotated by one: the first step then comes last, which no key accepts).
 */
export function shuffledSteps(questionId: string, steps: OrderingStep[]): OrderingStep[] {
	const shuffled = [...steps];
	const random = seededRandom(Number.parseInt(shortHash(questionId), 16));
	for (let index = shuffled.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1));
		[shuffled[index], shuffled[other]] = [shuffled[other], shuffled[index]];
	}
	if (shuffled.length >= 2 && isValidOrder(steps, shuffled.map((step) => step.id))) shuffled.push(shuffled.shift()!);
	return shuffled;
}

/** mulberry32: tiny, deterministic, good enough to shuffle ten steps (not for secrets). */
function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
