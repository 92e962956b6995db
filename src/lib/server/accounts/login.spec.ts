import { randomInt } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '#lib/server/db/client';
import {
	MAX_FAILED_LOGINS_PER_ACCOUNT,
	MAX_FAILED_LOGINS_PER_ADDRESS,
	addressRateLimitKey,
	clearLoginFailures,
	login,
	normalizeEmail,
	normalizeLoginIdentifier,
	pruneOldLoginAttempts,
	slowDownSeconds
} from '#lib/server/accounts/login';
import { hashSecret, verifySecret } from '#lib/server/accounts/password';

// The real verifySecret, watched: proves an unknown account still costs one argon2 verify.
vi.mock('#lib/server/accounts/password', async (importOriginal) => {
	const actual = await importOriginal<typeof import('#lib/server/accounts/password')>();
	return { ...actual, verifySecret: vi.fn(actual.verifySecret) };
});

beforeEach(() => {
	vi.mocked(verifySecret).mockClear();
});

const HOUR_MS = 60 * 60 * 1000;

function uniquePhone(): string {
	return `+62812${randomInt(10_000_000, 100_000_000)}`;
}

function uniqueAddress(): string {
	return `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

async function createParticipant(pin = '482915') {
	const phone = uniquePhone();
	const user = await db.user.create({
		data: { role: 'participant', name: 'Ibu Wati', phone, secretHash: await hashSecret(pin) }
	});
	return { user, phone, pin };
}

/** "+6281234567890" → "0812-3456-7890": what a participant actually types. */
function asTyped(e164: string): string {
	const national = `0${e164.slice(3)}`;
	return `${national.slice(0, 4)}-${national.slice(4, 8)}-${national.slice(8)}`;
}

async function insertAttempts(scope: 'account' | 'address', key: string, count: number, createdAt = new Date()) {
	await db.loginAttempt.createMany({ data: Array.from({ length: count }, () => ({ scope, key, createdAt })) });
}

describe('normalizeLoginIdentifier', () => {
	it('turns a phone number into E.164 and an email into lower case', () => {
		expect(normalizeLoginIdentifier('0812 3456 7890')).toBe('+6281234567890');
		expect(normalizeLoginIdentifier('  Pelatih@Berdaya.ID ')).toBe('pelatih@berdaya.id');
	});

	it.each(['', 'budi', '12345', 'a@b', '@berdaya.id', 'dua@@berdaya.id', 'spasi di@berdaya.id'])('refuses %j', (identifier) => {
		expect(normalizeLoginIdentifier(identifier)).toBeNull();
	});

	it('refuses an email longer than 254 characters', () => {
		expect(normalizeEmail(`${'a'.repeat(250)}@x.id`)).toBeNull();
	});
});

describe('addressRateLimitKey', () => {
	it('keys IPv4 by address and IPv4-mapped IPv6 as the IPv4 address', () => {
		expect(addressRateLimitKey('203.0.113.7')).toBe('203.0.113.7');
		expect(addressRateLimitKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
	});

	it('keys IPv6 by its /64, so one subscriber cannot rotate addresses', () => {
		const key = addressRateLimitKey('2001:db8:aa:bb::1');
		expect(key).toBe('2001:0db8:00aa:00bb::/64');
		expect(addressRateLimitKey('2001:DB8:AA:BB:ffff:1:2:3')).toBe(key);
		expect(addressRateLimitKey('2001:db8:aa:bc::1')).not.toBe(key);
		expect(addressRateLimitKey('fe80::1%eth0')).toBe('fe80:0000:0000:0000::/64');
	});

	it('still gives a key for something that is not an address', () => {
		expect(addressRateLimitKey('')).toBe('unknown');
		expect(addressRateLimitKey('proxy')).toBe('proxy');
	});
});

describe('login without a database', () => {
	it('refuses an identifier that is neither a phone number nor an email, without hashing', async () => {
		const result = await login({ identifier: 'budi santoso', secret: '482915', clientAddress: uniqueAddress() });
		expect(result).toEqual({ ok: false, reason: 'malformed-identifier' });
		expect(verifySecret).not.toHaveBeenCalled();
	});
});

describe('login', () => {
	it('signs a participant in with their phone number as they type it and their PIN', async () => {
		const { user, phone, pin } = await createParticipant();
		const result = await login({ identifier: asTyped(phone), secret: pin, clientAddress: uniqueAddress() });
		expect(result).toEqual({
			ok: true,
			user: {
				id: user.id,
				role: 'participant',
				name: 'Ibu Wati',
				phone,
				email: null,
				// Never placed: lessons show dasar, whatever the column's default (decision 012).
				literacyLevel: 'dasar',
				levelSet: false,
				digitalLevel: null,
				locale: 'id',
				mustChangePin: false
			}
		});
		expect(result.ok && 'secretHash' in result.user).toBe(false);
	});

	it('signs staff in with their email in any letter case and their password', async () => {
		const email = `pelatih.${randomInt(1e9)}@berdaya.id`;
		await db.user.create({
			data: { role: 'trainer', name: 'Pak Joko', email, secretHash: await hashSecret('jahit rapi 2026') }
		});
		const result = await login({
			identifier: `  ${email.toUpperCase()} `,
			secret: 'jahit rapi 2026',
			clientAddress: uniqueAddress()
		});
		expect(result.ok && result.user.role).toBe('trainer');
	});

	it('gives the same answer for a wrong PIN and an unknown phone number, and hashes for both', async () => {
		const { phone } = await createParticipant();
		const wrongPin = await login({ identifier: phone, secret: '000111', clientAddress: uniqueAddress() });
		expect(verifySecret).toHaveBeenCalledTimes(1);

		const unknown = await login({ identifier: uniquePhone(), secret: '482915', clientAddress: uniqueAddress() });
		expect(unknown).toEqual({ ok: false, reason: 'invalid-credentials' });
		expect(unknown).toEqual(wrongPin);
		// The unknown account still paid for one argon2id verify, against a real hash.
		expect(verifySecret).toHaveBeenCalledTimes(2);
		expect(vi.mocked(verifySecret).mock.calls[1][0]).toMatch(/^\$argon2id\$/);
	});

	it('locks a participant after 10 failed logins: the 11th attempt is refused even with the right PIN', async () => {
		const { phone, pin } = await createParticipant();
		const clientAddress = uniqueAddress();
		// Nine earlier failures, longer ago than the longest delay.
		await insertAttempts('account', phone, MAX_FAILED_LOGINS_PER_ACCOUNT - 1, new Date(Date.now() - 20 * 60_000));
		expect(await login({ identifier: phone, secret: '999000', clientAddress })).toEqual({ ok: false, reason: 'invalid-credentials' });
		expect(await login({ identifier: phone, secret: pin, clientAddress })).toEqual({ ok: false, reason: 'account-locked' });
		// Also from another address: the lock is on the account.
		expect(await login({ identifier: phone, secret: pin, clientAddress: uniqueAddress() })).toEqual({
			ok: false,
			reason: 'account-locked'
		});
		// Refused attempts are not counted: the lock does not grow while someone keeps trying.
		expect(await db.loginAttempt.count({ where: { scope: 'account', key: phone } })).toBe(MAX_FAILED_LOGINS_PER_ACCOUNT);
	});

	it('slows down before it locks: from the third failure each attempt waits longer, unchecked and uncounted', async () => {
		const { phone, pin } = await createParticipant();
		const clientAddress = uniqueAddress();
		for (let attempt = 0; attempt < 3; attempt++) {
			expect(await login({ identifier: phone, secret: '999000', clientAddress })).toEqual({ ok: false, reason: 'invalid-credentials' });
		}
		const refused = await login({ identifier: phone, secret: pin, clientAddress });
		expect(refused).toMatchObject({ ok: false, reason: 'slow-down' });
		expect(!refused.ok && 'waitSeconds' in refused && refused.waitSeconds).toBeGreaterThan(10);
		expect(await db.loginAttempt.count({ where: { scope: 'account', key: phone } })).toBe(3);
		expect([0, 1, 2, 3, 4, 5, 9, 20].map(slowDownSeconds)).toEqual([0, 0, 0, 15, 30, 60, 900, 900]);
		// Once the wait is over, the right PIN gets in.
		await db.loginAttempt.updateMany({ where: { scope: 'account', key: phone }, data: { createdAt: new Date(Date.now() - 60_000) } });
		expect((await login({ identifier: phone, secret: pin, clientAddress })).ok).toBe(true);
	});

	it('never locks staff and never limits them by address, only slows them down', async () => {
		const email = `pelatih-${randomInt(1e9)}@contoh.test`;
		await db.user.create({ data: { role: 'trainer', name: 'Bu Sari', email, secretHash: await hashSecret('rahasia-pelatih-1') } });
		const clientAddress = uniqueAddress();
		await insertAttempts('account', email, 3 * MAX_FAILED_LOGINS_PER_ACCOUNT, new Date(Date.now() - 20 * 60_000));
		await insertAttempts('address', clientAddress, MAX_FAILED_LOGINS_PER_ADDRESS + 5);
		expect((await login({ identifier: email, secret: 'rahasia-pelatih-1', clientAddress })).ok).toBe(true);
		await insertAttempts('account', email, MAX_FAILED_LOGINS_PER_ACCOUNT);
		expect(await login({ identifier: email, secret: 'rahasia-pelatih-1', clientAddress })).toMatchObject({ reason: 'slow-down' });
	});

	it('locks an unknown phone number exactly like a real one', async () => {
		const phone = uniquePhone();
		await insertAttempts('account', phone, MAX_FAILED_LOGINS_PER_ACCOUNT);
		expect(await login({ identifier: phone, secret: '482915', clientAddress: uniqueAddress() })).toEqual({
			ok: false,
			reason: 'account-locked'
		});
	});

	it('lets the account in again once its failures are more than an hour old', async () => {
		const { phone, pin } = await createParticipant();
		await insertAttempts('account', phone, MAX_FAILED_LOGINS_PER_ACCOUNT, new Date(Date.now() - HOUR_MS - 60_000));
		expect((await login({ identifier: phone, secret: pin, clientAddress: uniqueAddress() })).ok).toBe(true);
	});

	it('forgets the account’s failures after a successful login but not the address’s', async () => {
		const { phone, pin } = await createParticipant();
		const clientAddress = uniqueAddress();
		for (let attempt = 0; attempt < 2; attempt++) await login({ identifier: phone, secret: '999000', clientAddress });

		expect((await login({ identifier: phone, secret: pin, clientAddress })).ok).toBe(true);
		expect(await db.loginAttempt.count({ where: { scope: 'account', key: phone } })).toBe(0);
		// The two failures still count against the address; the success itself does not.
		expect(await db.loginAttempt.count({ where: { scope: 'address', key: clientAddress } })).toBe(2);
	});

	it('limits one address after MAX_FAILED_LOGINS_PER_ADDRESS failures across accounts, while other addresses still get in', async () => {
		const { phone, pin } = await createParticipant();
		const clientAddress = uniqueAddress();
		await insertAttempts('address', clientAddress, MAX_FAILED_LOGINS_PER_ADDRESS);

		expect(await login({ identifier: phone, secret: pin, clientAddress })).toEqual({ ok: false, reason: 'address-limited' });
		expect((await login({ identifier: phone, secret: pin, clientAddress: uniqueAddress() })).ok).toBe(true);
	});

	it('counts the last allowed failure from an address and refuses the next attempt', async () => {
		const { phone, pin } = await createParticipant();
		const clientAddress = uniqueAddress();
		await insertAttempts('address', clientAddress, MAX_FAILED_LOGINS_PER_ADDRESS - 1);

		expect(await login({ identifier: uniquePhone(), secret: '482915', clientAddress })).toEqual({
			ok: false,
			reason: 'invalid-credentials'
		});
		expect(await login({ identifier: phone, secret: pin, clientAddress })).toEqual({ ok: false, reason: 'address-limited' });
	});

	it('counts attempts that run at the same time against each other', async () => {
		const { phone } = await createParticipant();
		await insertAttempts('account', phone, MAX_FAILED_LOGINS_PER_ACCOUNT - 2);
		const results = await Promise.all(
			Array.from({ length: 6 }, () => login({ identifier: phone, secret: '999000', clientAddress: uniqueAddress() }))
		);
		// However they interleave, at most 2 more guesses are checked before the lock.
		const checked = results.filter((result) => !result.ok && result.reason === 'invalid-credentials');
		expect(checked.length).toBeLessThanOrEqual(2);
		expect(await db.loginAttempt.count({ where: { scope: 'account', key: phone } })).toBeLessThanOrEqual(MAX_FAILED_LOGINS_PER_ACCOUNT);
	});

	it('treats an absurdly long secret as wrong', async () => {
		const { phone } = await createParticipant();
		const result = await login({ identifier: phone, secret: 'x'.repeat(100_000), clientAddress: uniqueAddress() });
		expect(result).toEqual({ ok: false, reason: 'invalid-credentials' });
	});
});

describe('clearLoginFailures and pruneOldLoginAttempts', () => {
	it('clears the failures of the given accounts only', async () => {
		const lifted = uniquePhone();
		const kept = uniquePhone();
		await insertAttempts('account', lifted, 4);
		await insertAttempts('account', kept, 4);
		await clearLoginFailures([lifted]);
		expect(await db.loginAttempt.count({ where: { key: lifted } })).toBe(0);
		expect(await db.loginAttempt.count({ where: { key: kept } })).toBe(4);
	});

	it('deletes attempts older than the cut-off and keeps newer ones', async () => {
		const key = uniqueAddress();
		await insertAttempts('address', key, 3, new Date(Date.now() - 2 * HOUR_MS));
		await insertAttempts('address', key, 2);
		expect(await pruneOldLoginAttempts(new Date(Date.now() - HOUR_MS))).toBeGreaterThanOrEqual(3);
		expect(await db.loginAttempt.count({ where: { key } })).toBe(2);
	});
});
