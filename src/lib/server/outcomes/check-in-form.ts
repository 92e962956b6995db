import type { CheckInForm } from '#lib/server/outcomes/check-in';

const FIELDS = ['working', 'ownBusiness', 'sellingOnline', 'incomeBand', 'channel'] as const;

/** The check-in form's fields as text, cut short (nothing here is longer than a word). */
export function readCheckInForm(form: FormData): { enrollmentId: string; kind: string; values: CheckInForm & Record<string, string> } {
	const text = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value.slice(0, 40) : '';
	};
	const values = Object.fromEntries(FIELDS.map((name) => [name, text(name)])) as CheckInForm & Record<string, string>;
	return { enrollmentId: text('enrollmentId'), kind: text('kind'), values };
}
