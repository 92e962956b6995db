/**
 * A shuffle that depends only on a seed string: the same seed gives the same order on every
 * reload and on every server instance, a different seed (another participant, another attempt)
 * a different one. Not Math.random, so nothing has to be remembered between requests.
 */
import { shortHash } from './stable-id';

/** mulberry32: tiny and deterministic; for display order, never for secrets. */
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

/** Fisher–Yates driven by the seed's hash; the input is not changed. */
export function shuffleBySeed<T>(seed: string, items: readonly T[]): T[] {
	const shuffled = [...items];
	const random = seededRandom(Number.parseInt(shortHash(seed), 16));
	for (let index = shuffled.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1));
		[shuffled[index], shuffled[other]] = [shuffled[other], shuffled[index]];
	}
	return shuffled;
}

/** Question types whose options are shuffled; true/false keeps Benar before Salah. */
const SHUFFLED_TYPES = new Set(['single', 'multiple', 'picture']);

/**
 * Options of single, multiple and picture questions in an order fixed by `seed` (participant,
 * module and attempt number) and the question id, so the place of the right answer teaches
 * nothing. Grading reads option ids, never positions.
 */
export function shuffleOptionsForAttempt<Q extends { id: string; type: string; options?: readonly unknown[] }>(seed: string, questions: Q[]): Q[] {
	return questions.map((question) =>
		SHUFFLED_TYPES.has(question.type) && question.options ? { ...question, options: shuffleBySeed(`${seed}:${question.id}`, question.options) } : question
	);
}
