import { randomFillSync } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { generateRandomString, type RandomReader } from '@oslojs/crypto/random';

/**
 * PINs (participants) and passwords (staff) are both "secrets" stored in User.secretHash.
 *
 * argon2id with OWASP's minimum recommended parameters (19 MiB, 2 passes, 1 lane). We stay at
 * the minimum on purpose: a program server may be one small machine, and at the start of a
 * class thirty participants log in within the same minute; each verify holds 19 MiB and a core
 * for ~50 ms. Raising memoryCost multiplies that. The algorithm is the library's default,
 * argon2id (`Algorithm` is a const enum, which our per-file TypeScript compilation cannot
 * inline); the spec checks the stored string says `$argon2id$`.
 */
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export const PIN_LENGTH = 6;
export const PASSWORD_MIN_LENGTH = 8;
/** Long enough for any passphrase; bounded so nobody can make us hash megabytes. */
export const PASSWORD_MAX_LENGTH = 256;

export async function hashSecret(secret: string): Promise<string> {
	return hash(secret, ARGON2_OPTIONS);
}

/** False, never a throw, for a wrong secret or a stored hash that is not a valid argon2 string. */
export async function verifySecret(secretHash: string, secret: string): Promise<boolean> {
	try {
		return await verify(secretHash, secret);
	} catch {
		return false;
	}
}

/**
 * - `pin-invalid`: not exactly six digits 0–9.
 * - `pin-weak`: one of the PINs a stranger tries first (all one digit, a run like
 *   123456 or 987654, a repeated pair or triple like 121212 or 123123), or the last six
 *   digits of the participant's own phone number — phones here are shared with family who
 *   know that number. About 1 120 of the million PINs are refused.
 */
export type PinProblem = 'pin-invalid' | 'pin-weak';
export type PinCheck = { ok: true } | { ok: false; reason: PinProblem };

/** For a PIN someone is choosing (joining, changing). Login does not call this. */
export function checkNewPin(pin: string, context: { phone?: string | null } = {}): PinCheck {
	if (typeof pin !== 'string' || !/^[0-9]{6}$/.test(pin)) return { ok: false, reason: 'pin-invalid' };
	if (isTriviallyGuessablePin(pin)) return { ok: false, reason: 'pin-weak' };
	if (context.phone && context.phone.replace(/\D/g, '').endsWith(pin)) {
		return { ok: false, reason: 'pin-weak' };
	}
	return { ok: true };
}

/** Exactly six digits and not trivially guessable (see PinProblem). */
export function isValidPin(pin: string): boolean {
	return checkNewPin(pin).ok;
}

function isTriviallyGuessablePin(pin: string): boolean {
	const digits = [...pin].map(Number);
	const steps = digits.slice(1).map((digit, index) => (digit - digits[index] + 10) % 10);
	// Same step everywhere: 000000 (0), 123456 and 890123 (+1), 654321 and 210987 (−1).
	if (steps.every((step) => step === steps[0]) && [0, 1, 9].includes(steps[0])) return true;
	const repeats = (period: number) => digits.every((digit, index) => digit === digits[index % period]);
	return repeats(2) || repeats(3);
}

export type PasswordProblem = 'password-too-short' | 'password-too-long';
export type PasswordCheck = { ok: true } | { ok: false; reason: PasswordProblem };

/** Length only, counted in characters as a person sees them (code points), not UTF-16 units. */
export function checkNewPassword(password: string): PasswordCheck {
	const length = typeof password === 'string' ? [...password].length : 0;
	if (length < PASSWORD_MIN_LENGTH) return { ok: false, reason: 'password-too-short' };
	if (length > PASSWORD_MAX_LENGTH) return { ok: false, reason: 'password-too-long' };
	return { ok: true };
}

export function isValidPassword(password: string): boolean {
	return checkNewPassword(password).ok;
}

const cryptoRandom: RandomReader = {
	read(bytes) {
		randomFillSync(bytes);
	}
};

/** Uniform over the alphabet (oslo rejects biased samples), from the platform CSPRNG. */
export function generateRandomCharacters(alphabet: string, length: number): string {
	return generateRandomString(cryptoRandom, alphabet, length);
}

/**
 * Six crypto-random digits for a trainer to hand over once. Never one that checkNewPin would
 * refuse, so that the temporary PIN does not teach the participant that 111111 is fine.
 */
export function generateTemporaryPin(): string {
	for (;;) {
		const pin = generateRandomCharacters('0123456789', PIN_LENGTH);
		if (checkNewPin(pin).ok) return pin;
	}
}
