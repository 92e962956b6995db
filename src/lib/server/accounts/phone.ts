/**
 * Indonesian mobile numbers: how people type them, how we store them (E.164, `+628…`), and
 * how we show them back (`0812-3456-7890`, the way they are written on a business card).
 */

export type PhoneNormalization = { ok: true; e164: string } | { ok: false };

/**
 * Separators people put in a number (including the typographic dashes a phone keyboard or
 * a word processor substitutes), plus the invisible characters that WhatsApp and contact apps
 * insert when a number is copied (no-break spaces and hyphens, direction marks).
 */
const IGNORED_CHARACTERS = /[\s\-.()\u00a0\u2010-\u2015\u2212\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** After the leading 0: an 8, then 8–11 more digits (10–13 digits nationally). */
const NATIONAL_MOBILE = /^8[1-9]\d{7,10}$/;

/** Anything longer is not a phone number; checking this first keeps the work bounded. */
const MAX_INPUT_LENGTH = 40;

/**
 * Accepts `0812…`, `+62812…`, `62812…` and `+62 (0)812…`, with spaces, dashes, dots and
 * parentheses anywhere. Refuses letters, other countries, landlines and numbers of the
 * wrong length.
 *
 * `080…` is refused although it starts with 8: those are toll-free and premium service
 * numbers (0800, 0809), never a participant's phone.
 */
export function normalizeIndonesianPhone(input: string): PhoneNormalization {
	if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH) return { ok: false };
	const compact = input.replace(IGNORED_CHARACTERS, '');
	const subscriber = subscriberDigits(compact);
	if (subscriber === null || !NATIONAL_MOBILE.test(subscriber)) return { ok: false };
	return { ok: true, e164: `+62${subscriber}` };
}

/** The digits after the country code or trunk 0, or null when the prefix is not Indonesian. */
function subscriberDigits(compact: string): string | null {
	if (!/^\+?\d+$/.test(compact)) return null;
	if (compact.startsWith('+')) {
		if (!compact.startsWith('+62')) return null;
		return withoutTrunkZero(compact.slice(3));
	}
	if (compact.startsWith('62')) return withoutTrunkZero(compact.slice(2));
	if (compact.startsWith('0')) return compact.slice(1);
	return null;
}

/** `+62 (0)812…` and `62 0812…` are common ways to write a number; the 0 is the trunk prefix. */
function withoutTrunkZero(digits: string): string {
	return digits.startsWith('0') ? digits.slice(1) : digits;
}

/**
 * `+6281234567890` → `0812-3456-7890`: the national form people recognise, in groups of four
 * after the `08xx` prefix, with the last group taking 3–5 digits. Anything that is not a
 * stored Indonesian mobile number is returned unchanged rather than mangled.
 */
export function formatPhoneForDisplay(e164: string): string {
	const match = /^\+62(8\d{8,11})$/.exec(e164);
	if (!match) return e164;
	const national = `0${match[1]}`;
	const groups = [national.slice(0, 4)];
	let rest = national.slice(4);
	while (rest.length > 5) {
		// Split 6 as 3-3 rather than leaving a lonely 2-digit group.
		const size = rest.length === 6 ? 3 : 4;
		groups.push(rest.slice(0, size));
		rest = rest.slice(size);
	}
	groups.push(rest);
	return groups.join('-');
}
