import { describe, expect, it } from 'vitest';
import { formatPhoneForDisplay, normalizeIndonesianPhone } from '#lib/server/accounts/phone';

describe('normalizeIndonesianPhone', () => {
	it.each([
		['081234567890', '+6281234567890'],
		['+6281234567890', '+6281234567890'],
		['6281234567890', '+6281234567890'],
		['0812 3456 7890', '+6281234567890'],
		['0812-3456-7890', '+6281234567890'],
		['0812.3456.7890', '+6281234567890'],
		['(0812) 3456-7890', '+6281234567890'],
		['+62 812-3456-7890', '+6281234567890'],
		['+62 (0)812 3456 7890', '+6281234567890'],
		['62 0812 3456 7890', '+6281234567890'],
		['  081234567890  ', '+6281234567890'],
		// As copied from WhatsApp: no-break spaces and direction marks around the number.
		['\u202a+62\u00a0812\u20113456\u00a07890\u202c', '+6281234567890'],
		['0812345678', '+62812345678'], // 10 digits, the shortest
		['0812345678901', '+62812345678901'], // 13 digits, the longest
		['085712345678', '+6285712345678'],
		['0895 1234 5678', '+6289512345678']
	])('accepts %j as %s', (input, e164) => {
		expect(normalizeIndonesianPhone(input)).toEqual({ ok: true, e164 });
	});

	it.each([
		['', 'empty'],
		['   ', 'only spaces'],
		['0812345678a', 'a letter'],
		['O81234567890', 'letter O instead of zero'],
		['081234567', '9 digits: too short'],
		['08123456789012', '14 digits: too long'],
		['0212345678', 'Jakarta landline (021)'],
		['+62212345678', 'landline in E.164'],
		['0800123456', 'toll-free 0800'],
		['81234567890', 'no 0 or 62 prefix'],
		['+6181234567890', 'another country (+61)'],
		['+1 812 345 6789', 'US number'],
		['0812+34567890', 'plus sign in the middle'],
		['++6281234567890', 'double plus'],
		['0812_3456_7890', 'underscores'],
		['0812/3456/7890', 'slashes'],
		['0812345678#', 'hash sign'],
		['６２８１２３４５６７８９０', 'full-width digits'],
		['0'.repeat(41), 'longer than any phone number'],
		['+62', 'country code only'],
		['620', 'country code and trunk zero only']
	])('refuses %j (%s)', (input) => {
		expect(normalizeIndonesianPhone(input)).toEqual({ ok: false });
	});

	it('refuses input that is not a string', () => {
		expect(normalizeIndonesianPhone(undefined as unknown as string)).toEqual({ ok: false });
	});
});

describe('formatPhoneForDisplay', () => {
	it.each([
		['+6281234567890', '0812-3456-7890'],
		['+628123456789', '0812-3456-789'],
		['+62812345678', '0812-345-678'],
		['+62812345678901', '0812-3456-78901']
	])('shows %s as %s', (e164, shown) => {
		expect(formatPhoneForDisplay(e164)).toBe(shown);
	});

	it('round-trips: the displayed form normalizes back to the stored one', () => {
		const stored = '+6285712345678';
		expect(normalizeIndonesianPhone(formatPhoneForDisplay(stored))).toEqual({ ok: true, e164: stored });
	});

	it('returns anything that is not a stored Indonesian mobile number unchanged', () => {
		expect(formatPhoneForDisplay('+61412345678')).toBe('+61412345678');
		expect(formatPhoneForDisplay('not a phone')).toBe('not a phone');
	});
});
