import { describe, expect, it } from 'vitest';
import {
	checkNewPassword,
	checkNewPin,
	generateTemporaryPin,
	hashSecret,
	isValidPassword,
	isValidPin,
	verifySecret
} from '#lib/server/accounts/password';

describe('hashSecret and verifySecret', () => {
	it('stores argon2id with the OWASP minimum parameters, salted, never the secret itself', async () => {
		const first = await hashSecret('482915');
		const second = await hashSecret('482915');
		expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(first).not.toContain('482915');
		expect(second).not.toBe(first);
	});

	it('verifies the right secret and refuses a wrong one', async () => {
		const secretHash = await hashSecret('kain tenun 2026');
		expect(await verifySecret(secretHash, 'kain tenun 2026')).toBe(true);
		expect(await verifySecret(secretHash, 'kain tenun 2025')).toBe(false);
		expect(await verifySecret(secretHash, '')).toBe(false);
	});

	it('answers false instead of throwing for a stored value that is not an argon2 hash', async () => {
		expect(await verifySecret('not-a-hash', '482915')).toBe(false);
		expect(await verifySecret('', '482915')).toBe(false);
	});
});

describe('checkNewPin', () => {
	it.each(['482915', '907153', '102938', '000001', '135790'])('accepts %s', (pin) => {
		expect(checkNewPin(pin)).toEqual({ ok: true });
		expect(isValidPin(pin)).toBe(true);
	});

	it.each(['', '12345', '1234567', '12345a', ' 482915', '48 915', '４８２９１５', '٤٨٢٩١٥', '-48291'])(
		'refuses %j as not six digits',
		(pin) => {
			expect(checkNewPin(pin)).toEqual({ ok: false, reason: 'pin-invalid' });
			expect(isValidPin(pin)).toBe(false);
		}
	);

	it.each([
		['000000', 'one digit'],
		['777777', 'one digit'],
		['123456', 'ascending run'],
		['456789', 'ascending run'],
		['567890', 'ascending run through 0'],
		['654321', 'descending run'],
		['098765', 'descending run through 0'],
		['121212', 'repeated pair'],
		['123123', 'repeated triple'],
		['100100', 'repeated triple']
	])('refuses %s (%s) as too simple', (pin) => {
		expect(checkNewPin(pin)).toEqual({ ok: false, reason: 'pin-weak' });
	});

	it('refuses the last six digits of the participant’s own phone number', () => {
		expect(checkNewPin('567890', { phone: '+6281234567890' })).toEqual({ ok: false, reason: 'pin-weak' });
		expect(checkNewPin('482915', { phone: '+6281234482915' })).toEqual({ ok: false, reason: 'pin-weak' });
		expect(checkNewPin('482915', { phone: '+6281234567890' })).toEqual({ ok: true });
	});
});

describe('checkNewPassword', () => {
	it('accepts 8 to 256 characters', () => {
		expect(isValidPassword('12345678')).toBe(true);
		expect(isValidPassword('x'.repeat(256))).toBe(true);
		expect(checkNewPassword('batik tulis pekalongan')).toEqual({ ok: true });
	});

	it('refuses shorter and longer ones with a reason', () => {
		expect(checkNewPassword('1234567')).toEqual({ ok: false, reason: 'password-too-short' });
		expect(checkNewPassword('')).toEqual({ ok: false, reason: 'password-too-short' });
		expect(checkNewPassword('x'.repeat(257))).toEqual({ ok: false, reason: 'password-too-long' });
		expect(isValidPassword('x'.repeat(257))).toBe(false);
	});

	it('counts characters as people see them, not UTF-16 units', () => {
		// Four emoji are eight UTF-16 units but four characters.
		expect(checkNewPassword('🧵🪡👗🧶')).toEqual({ ok: false, reason: 'password-too-short' });
		expect(checkNewPassword('🧵🪡👗🧶🧵🪡👗🧶')).toEqual({ ok: true });
	});
});

describe('generateTemporaryPin', () => {
	it('gives six digits that the participant could also have chosen', () => {
		const pins = Array.from({ length: 500 }, generateTemporaryPin);
		for (const pin of pins) {
			expect(pin).toMatch(/^[0-9]{6}$/);
			expect(checkNewPin(pin)).toEqual({ ok: true });
		}
		// Random, not a sequence: 500 draws from ~1e6 values are almost surely distinct.
		expect(new Set(pins).size).toBeGreaterThan(490);
		// Every digit turns up in every position (each misses with probability ~1e-20).
		for (let position = 0; position < 6; position++) {
			expect(new Set(pins.map((pin) => pin[position])).size).toBe(10);
		}
	});
});
