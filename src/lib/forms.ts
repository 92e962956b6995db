/**
 * Form reading shared by actions: one zod schema per form, error codes instead of text so
 * the page shows them in the reader's language.
 */
import { z } from 'zod';
import type { Messages } from '#lib/i18n';

export type FieldErrorCode =
	| 'required'
	| `tooLong:${number}`
	| 'phoneInvalid'
	| 'pinInvalid'
	| 'pinWeak'
	| 'pinMismatch'
	| 'currentPinWrong'
	| 'pinReused'
	| 'nameInvalid'
	| 'joinCodeUnknown'
	| 'joinClosed'
	| 'phoneTaken'
	| 'phoneTakenForTrainer'
	| 'passwordInvalid';

export type FieldErrors<K extends string = string> = Partial<Record<K, FieldErrorCode>>;

/** A required text field: trimmed, not empty, not longer than `max`. */
export function text(max: number) {
	return z
		.string({ error: 'required' })
		.trim()
		.min(1, { error: 'required' })
		.max(max, { error: `tooLong:${max}` });
}

/** A secret is not trimmed: spaces may be part of a password. */
export function secret(max: number) {
	return z
		.string({ error: 'required' })
		.min(1, { error: 'required' })
		.max(max, { error: `tooLong:${max}` });
}

export function parseForm<S extends z.ZodObject>(
	schema: S,
	form: FormData
): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldErrors<keyof z.infer<S> & string> } {
	const raw: Record<string, unknown> = {};
	for (const key of Object.keys(schema.shape)) {
		const value = form.get(key);
		raw[key] = typeof value === 'string' ? value : undefined;
	}
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data };
	const errors: Record<string, FieldErrorCode> = {};
	for (const issue of result.error.issues) {
		const key = String(issue.path[0]);
		errors[key] ??= issue.message as FieldErrorCode;
	}
	return { ok: false, errors: errors as FieldErrors<keyof z.infer<S> & string> };
}

export function fieldErrorText(m: Messages, code: FieldErrorCode | undefined): string | undefined {
	if (!code) return undefined;
	if (code.startsWith('tooLong:')) return m.errors.tooLong(Number(code.slice('tooLong:'.length)));
	return m.errors[code as Exclude<FieldErrorCode, `tooLong:${number}`>];
}
