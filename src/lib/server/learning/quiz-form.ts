/**
 * Reading a posted quiz form in one pass, with every count bounded: a hostile form (tens of
 * thousands of repeats of one field) is refused after at most MAX_QUIZ_FIELDS entries, never
 * copied or scanned again per entry. The body itself is already capped by the route's limit
 * (src/lib/server/http/body-limits.js).
 */
import { randomBytes } from 'node:crypto';
import type { QuizQuestion } from '#lib/content/types';

/** Far more than any quiz page sends (the largest quiz in content/ sends well under 100). */
export const MAX_QUIZ_FIELDS = 500;
const MAX_VALUE_LENGTH = 100;

/** Form fields a quiz may send: `q:<questionId>` or `q:<questionId>:<stepId>`. */
export const ANSWER_FIELD = /^q:[a-z0-9-]{1,64}(:[a-z0-9-]{1,64})?$/;

/**
 * One submitted form, once: made when the quiz page is rendered, or on the phone by offline
 * sync. Any 16–64 characters of [A-Za-z0-9_-]; ours are 22 characters of base64url (128 bits).
 */
export const SUBMISSION_ID = /^[A-Za-z0-9_-]{16,64}$/;

export function newSubmissionId(): string {
	return randomBytes(16).toString('base64url');
}

export type QuizForm = { versionId: string; submissionId: string | null; fields: Map<string, string[]> };

/**
 * The answers of a quiz form, or null for a form the quiz page could not have sent (a name it
 * does not use, a value too long, too many fields, a repeated version or submission id).
 */
export function readQuizForm(form: FormData): QuizForm | null {
	const fields = new Map<string, string[]>();
	let versionId: string | null = null;
	let submissionId: string | null = null;
	let count = 0;
	for (const [name, value] of form) {
		if (++count > MAX_QUIZ_FIELDS || typeof value !== 'string' || value.length > MAX_VALUE_LENGTH) return null;
		if (name === 'version') {
			if (versionId !== null) return null;
			versionId = value;
		} else if (name === 'submissionId') {
			if (submissionId !== null || !SUBMISSION_ID.test(value)) return null;
			submissionId = value;
		} else if (ANSWER_FIELD.test(name)) {
			const values = fields.get(name);
			if (values) values.push(value);
			else fields.set(name, [value]);
		} else {
			return null;
		}
	}
	return { versionId: versionId ?? '', submissionId, fields };
}

/**
 * How many values each field of these questions can carry: one for a single-answer, picture,
 * true/false or numeric question and for each step of an ordering question; at most the number
 * of options for a multiple-answer question. A field not in the map is one the page never sends.
 */
export function allowedValuesPerField(questions: QuizQuestion[]): Map<string, number> {
	const allowed = new Map<string, number>();
	for (const question of questions) {
		if (question.type === 'ordering') for (const step of question.steps) allowed.set(`q:${question.id}:${step.id}`, 1);
		else if (question.type === 'multiple') allowed.set(`q:${question.id}`, question.options.length);
		else allowed.set(`q:${question.id}`, 1);
	}
	return allowed;
}
