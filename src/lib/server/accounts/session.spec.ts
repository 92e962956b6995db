import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import {
	SESSION_COOKIE_NAME,
	SESSION_LIFETIME_MS,
	createSession,
	deleteExpiredSessions,
	generateSessionToken,
	invalidateAllSessionsOfUser,
	invalidateSession,
	sessionCookieOptions,
	sessionIdFromToken,
	validateSessionToken
} from '#lib/server/accounts/session';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('generateSessionToken', () => {
	it('gives 32 lower-case base32 characters (20 random bytes), different every time', () => {
		const tokens = Array.from({ length: 100 }, generateSessionToken);
		for (const token of tokens) expect(token).toMatch(/^[a-z2-7]{32}$/);
		expect(new Set(tokens).size).toBe(100);
	});
});

describe('sessionIdFromToken', () => {
	it('is the hex SHA-256 of the token', () => {
		// sha256("abc"), the FIPS 180-2 test vector.
		expect(sessionIdFromToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});
});

describe('session cookie', () => {
	it('is named berdaya_session and is httpOnly, lax, whole-site, with the session expiry', () => {
		const expiresAt = new Date('2026-12-31T00:00:00Z');
		expect(SESSION_COOKIE_NAME).toBe('berdaya_session');
		expect(sessionCookieOptions(expiresAt, true)).toEqual({
			httpOnly: true,
			sameSite: 'lax',
			secure: true,
			path: '/',
			expires: expiresAt
		});
		expect(sessionCookieOptions(expiresAt, false).secure).toBe(false);
	});
});

async function createUser(role = 'participant') {
	return db.user.create({
		data: {
			role,
			name: 'Siti Aminah',
			phone: `+62812${randomInt(10_000_000, 100_000_000)}`,
			secretHash: 'not-used-here',
			literacyLevel: 'dasar',
			mustChangePin: true
		}
	});
}

async function setExpiry(sessionId: string, expiresAt: Date) {
	await db.session.update({ where: { id: sessionId }, data: { expiresAt } });
}

describe('sessions in the database', () => {
	it('stores only the hash of the token and finds the user again from the token', async () => {
		const user = await createUser();
		const token = generateSessionToken();
		const created = await createSession(token, user.id);

		expect(created.id).toBe(sessionIdFromToken(token));
		expect(created.fresh).toBe(true);
		expect(Math.abs(created.expiresAt.getTime() - (Date.now() + SESSION_LIFETIME_MS))).toBeLessThan(60_000);
		expect(await db.session.findUnique({ where: { id: token } })).toBeNull();

		const validated = await validateSessionToken(token);
		expect(validated).toEqual({
			session: { id: created.id, expiresAt: created.expiresAt, fresh: false },
			user: {
				id: user.id,
				role: 'participant',
				name: 'Siti Aminah',
				phone: user.phone,
				email: null,
				literacyLevel: 'dasar',
				levelSet: false,
				digitalLevel: null,
				locale: 'id',
				mustChangePin: true
			}
		});
	});

	it('knows no session for an unknown or malformed token', async () => {
		expect(await validateSessionToken(generateSessionToken())).toBeNull();
		expect(await validateSessionToken('')).toBeNull();
		expect(await validateSessionToken('NOT-A-TOKEN')).toBeNull();
	});

	it('refuses an expired session and deletes it', async () => {
		const user = await createUser();
		const token = generateSessionToken();
		const { id } = await createSession(token, user.id);
		await setExpiry(id, new Date(Date.now() - 1000));

		expect(await validateSessionToken(token)).toBeNull();
		expect(await db.session.findUnique({ where: { id } })).toBeNull();
	});

	it('extends a session with less than 15 days left to 30 days and marks it fresh', async () => {
		const user = await createUser();
		const token = generateSessionToken();
		const { id } = await createSession(token, user.id);
		await setExpiry(id, new Date(Date.now() + 10 * DAY_MS));

		const validated = await validateSessionToken(token);
		expect(validated?.session.fresh).toBe(true);
		const expectedExpiry = Date.now() + SESSION_LIFETIME_MS;
		expect(Math.abs(validated!.session.expiresAt.getTime() - expectedExpiry)).toBeLessThan(60_000);
		const stored = await db.session.findUniqueOrThrow({ where: { id } });
		expect(stored.expiresAt.getTime()).toBe(validated!.session.expiresAt.getTime());
	});

	it('leaves a session with more than 15 days left as it is', async () => {
		const user = await createUser();
		const token = generateSessionToken();
		const { id } = await createSession(token, user.id);
		const expiresAt = new Date(Date.now() + 20 * DAY_MS);
		await setExpiry(id, expiresAt);

		const validated = await validateSessionToken(token);
		expect(validated?.session).toEqual({ id, expiresAt, fresh: false });
		expect((await db.session.findUniqueOrThrow({ where: { id } })).expiresAt).toEqual(expiresAt);
	});

	it('signs out one session', async () => {
		const user = await createUser();
		const token = generateSessionToken();
		const other = generateSessionToken();
		const { id } = await createSession(token, user.id);
		await createSession(other, user.id);

		await invalidateSession(id);
		expect(await validateSessionToken(token)).toBeNull();
		expect(await validateSessionToken(other)).not.toBeNull();
		// Signing out twice (two tabs) is not an error.
		await expect(invalidateSession(id)).resolves.toBeUndefined();
	});

	it('signs a person out everywhere, and nobody else', async () => {
		const user = await createUser();
		const someoneElse = await createUser();
		const phoneToken = generateSessionToken();
		const laptopToken = generateSessionToken();
		const otherToken = generateSessionToken();
		await createSession(phoneToken, user.id);
		await createSession(laptopToken, user.id);
		await createSession(otherToken, someoneElse.id);

		await invalidateAllSessionsOfUser(user.id);
		expect(await validateSessionToken(phoneToken)).toBeNull();
		expect(await validateSessionToken(laptopToken)).toBeNull();
		expect((await validateSessionToken(otherToken))?.user.id).toBe(someoneElse.id);
	});

	it('deletes expired sessions in the periodic cleanup and keeps live ones', async () => {
		const user = await createUser();
		const expired = await createSession(generateSessionToken(), user.id);
		const live = await createSession(generateSessionToken(), user.id);
		await setExpiry(expired.id, new Date(Date.now() - DAY_MS));

		expect(await deleteExpiredSessions()).toBeGreaterThanOrEqual(1);
		expect(await db.session.findUnique({ where: { id: expired.id } })).toBeNull();
		expect(await db.session.findUnique({ where: { id: live.id } })).not.toBeNull();
	});
});
