/**
 * The answer contract between the quiz page, the server and stored attempts. Pure: the server
 * grades with it, and the same rules can run in a client later without a second copy.
 */
import { parseIndonesianNumber } from './indonesian-number';
import { isValidOrder } from './ordering';
import type { ChoiceQuestion, NumericQuestion, OrderingQuestion, QuizQuestion } from './types';

export { parseIndonesianNumber } from './indonesian-number';

export type QuizAnswer =
	| { kind: 'choice'; optionIds: string[] }
	| { kind: 'ordering'; order: string[] /* step ids, first to last */ }
	| { kind: 'numeric'; raw: string; value: number };

export type ReadAnswerResult =
	| { ok: true; answer: QuizAnswer }
	| { ok: false; reason: 'unanswered' | 'tampered' | 'not-a-number' | 'duplicate-position' };

/** Longer than any id the parser makes (explicit ids are at most 64 characters). */
const MAX_ID_LENGTH = 64;
/** The page's input allows 30 characters; anything much longer did not come from it. */
const MAX_NUMBER_LENGTH = 50;

const tampered = { ok: false, reason: 'tampered' } as const;
const unanswered = { ok: false, reason: 'unanswered' } as const;

/**
 * Read one question's answer from submitted form values. Form names: choice types `q:<id>`
 * (radio, or checkboxes for multiple, values = option ids); ordering: one `q:<id>:<stepId>` per
 * step whose value is its position "1".."n"; numeric: `q:<id>` as typed.
 */
export function readAnswer(question: QuizQuestion, getAll: (name: string) => string[]): ReadAnswerResult {
	if (question.type === 'ordering') return readOrdering(question, getAll);
	if (question.type === 'numeric') return readNumeric(question, getAll(`q:${question.id}`));
	return readChoice(question, getAll(`q:${question.id}`));
}

function readChoice(question: ChoiceQuestion, values: string[]): ReadAnswerResult {
	if (values.length === 0) return unanswered;
	if (question.type !== 'multiple' && values.length > 1) return tampered;
	const known = new Set(question.options.map((option) => option.id));
	if (values.some((value) => value.length > MAX_ID_LENGTH || !known.has(value))) return tampered;
	if (new Set(values).size !== values.length) return tampered;
	return { ok: true, answer: { kind: 'choice', optionIds: values } };
}

function readOrdering(question: OrderingQuestion, getAll: (name: string) => string[]): ReadAnswerResult {
	const count = question.steps.length;
	const stepAt = new Map<number, string>();
	let missing = false;
	let duplicate = false;
	for (const step of question.steps) {
		const values = getAll(`q:${question.id}:${step.id}`);
		if (values.length > 1) return tampered;
		const value = values[0]?.trim() ?? '';
		// The page's select starts empty ("–"): a step left at it is not answered yet.
		if (value === '') {
			missing = true;
			continue;
		}
		if (!/^[1-9]\d?$/.test(value)) return tampered;
		const position = Number(value);
		if (position > count) return tampered;
		// The same number picked for two steps is an honest slip on the page, not a forged form.
		if (stepAt.has(position)) duplicate = true;
		stepAt.set(position, step.id);
	}
	if (duplicate) return { ok: false, reason: 'duplicate-position' };
	if (missing) return unanswered;
	const order = Array.from({ length: count }, (_, index) => stepAt.get(index + 1)!);
	return { ok: true, answer: { kind: 'ordering', order } };
}

function readNumeric(question: NumericQuestion, values: string[]): ReadAnswerResult {
	if (values.length === 0) return unanswered;
	if (values.length > 1 || values[0].length > MAX_NUMBER_LENGTH) return tampered;
	const raw = values[0].trim();
	if (raw === '') return unanswered;
	const value = parseIndonesianNumber(withoutUnit(raw, question.answer.unit));
	if (value === null) return { ok: false, reason: 'not-a-number' };
	return { ok: true, answer: { kind: 'numeric', raw, value } };
}

/** "12 cm" for a question in cm: the participant repeated the unit shown beside the box. */
function withoutUnit(raw: string, unit: string): string {
	const trimmedUnit = unit.trim().toLowerCase();
	if (!trimmedUnit) return raw;
	const lower = raw.toLowerCase();
	if (lower.endsWith(trimmedUnit)) return raw.slice(0, raw.length - trimmedUnit.length).trim();
	if (lower.startsWith(trimmedUnit)) return raw.slice(trimmedUnit.length).trim();
	return raw;
}

/** Right or not. An answer of the wrong kind (a stored answer from an older version) is wrong. */
export function gradeAnswer(question: QuizQuestion, answer: QuizAnswer): boolean {
	if (question.type === 'ordering') {
		if (answer.kind !== 'ordering') return false;
		return isValidOrder(question.steps, answer.order);
	}
	if (question.type === 'numeric') {
		if (answer.kind !== 'numeric' || !Number.isFinite(answer.value)) return false;
		const { value, tolerance } = question.answer;
		// Decimal inputs are not exact in binary: 2.6 − 2.5 is 0.10000000000000009, which must
		// still count as "within 0.1".
		const slack = 1e-9 * Math.max(1, Math.abs(value));
		return Math.abs(answer.value - value) <= tolerance + slack;
	}
	if (answer.kind !== 'choice') return false;
	const chosen = new Set(answer.optionIds);
	if (chosen.size !== answer.optionIds.length) return false;
	const correct = question.options.filter((option) => option.correct).map((option) => option.id);
	if (question.type !== 'multiple' && answer.optionIds.length !== 1) return false;
	return chosen.size === correct.length && correct.every((id) => chosen.has(id));
}
