import { createHash } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { db, type DbTx } from '#lib/server/db/client';
import { leanRows } from '#lib/server/db/lean-read';
import { sql } from '#lib/server/db/raw-sql';

/**
 * Sessions as the Lucia guide teaches: the cookie holds a random token, the database holds only
 * its SHA-256, so a leaked database (or backup) cannot be replayed as cookies. Sessions live in
 * the database so every app instance sees the same ones.
 */

export type Role = 'participant' | 'trainer' | 'organizer' | 'admin';
export type LiteracyLevel = 'dasar' | 'menengah' | 'lanjut';

/** What every request knows about the signed-in person; nothing secret (no secretHash). */
export type SessionUser = {
	id: string;
	role: Role;
	name: string;
	phone: string | null;
	email: string | null;
	/** The level lessons are shown at: dasar until the participant is placed (levels.readingLevelOf). */
	literacyLevel: LiteracyLevel;
	/** False until placement, a trainer or the participant first set the reading level. */
	levelSet: boolean;
	/** From placement: chooses the help shown (phone tips), never the text. Null until placed. */
	digitalLevel: string | null;
	locale: string;
	mustChangePin: boolean;
};

export type SessionInfo = {
	id: string;
	expiresAt: Date;
	/** True when the expiry was just set or moved: the cookie must be sent again. */
	fresh: boolean;
};

export type SessionValidation = { session: SessionInfo; user: SessionUser };

export const SESSION_COOKIE_NAME = 'berdaya_session';

const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
/** Extend only in the second half of the lifetime, so an active user costs one write per ~15 days. */
export const SESSION_RENEWAL_THRESHOLD_MS = 15 * DAY_MS;

/** The columns that make a SessionUser; login and account select the same. */
export const sessionUserSelect = {
	id: true,
	role: true,
	name: true,
	phone: true,
	email: true,
	literacyLevel: true,
	levelSetAt: true,
	digitalLevel: true,
	locale: true,
	mustChangePin: true
} as const;

/** The row Prisma returns for sessionUserSelect. */
export type SessionUserRow = Omit<SessionUser, 'role' | 'literacyLevel' | 'levelSet'> & {
	role: string;
	literacyLevel: string;
	levelSetAt: Date | null;
};

/** role and literacyLevel are plain strings in the schema; only our own code writes them. */
export function toSessionUser(row: SessionUserRow): SessionUser {
	return {
		id: row.id,
		role: row.role as Role,
		name: row.name,
		phone: row.phone,
		email: row.email,
		// The column's default says menengah, but nobody has assessed an unplaced participant:
		// they read dasar until placed (docs/decisions/012).
		literacyLevel: row.levelSetAt ? (row.literacyLevel as LiteracyLevel) : 'dasar',
		levelSet: row.levelSetAt !== null,
		digitalLevel: row.digitalLevel,
		locale: row.locale,
		mustChangePin: row.mustChangePin
	};
}

/** 20 random bytes (160 bits) → 32 lower-case base32 characters. */
export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

const SESSION_TOKEN_SHAPE = /^[a-z2-7]{32}$/;

/** Every signed-in request hashes its token: Node's native SHA-256 (the same digest as the guide's). */
export function sessionIdFromToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export async function createSession(token: string, userId: string, client: DbTx = db): Promise<SessionInfo> {
	const session = { id: sessionIdFromToken(token), userId, expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS) };
	await client.session.create({ data: session });
	return { id: session.id, expiresAt: session.expiresAt, fresh: true };
}

/**
 * The session and its user, or null when the token is unknown or expired. An expired session
 * is deleted on sight. In the second half of its lifetime the session is extended to a full 30
 * days and reported `fresh`, so the caller re-sends the cookie with the new expiry.
 */
export async function validateSessionToken(token: string): Promise<SessionValidation | null> {
	// A cookie that no generated token could be costs no database round trip.
	if (typeof token !== 'string' || !SESSION_TOKEN_SHAPE.test(token)) return null;
	const sessionId = sessionIdFromToken(token);
	// Every request of a signed-in person runs this: one statement, not the two of a nested
	// Prisma select, and without the query builder's cost (decision 019). Portable SQL.
	const [row] = await leanRows<SessionUserRow & { expiresAt: Date; deactivatedAt: Date | null }>(
		sql`
		SELECT s."expiresAt", u."id", u."role", u."name", u."phone", u."email", u."literacyLevel", u."levelSetAt",
			u."digitalLevel", u."locale", u."mustChangePin", u."deactivatedAt"
		FROM "Session" s JOIN "User" u ON u."id" = s."userId"
		WHERE s."id" = ${sessionId}`,
		{ dates: ['expiresAt', 'levelSetAt', 'deactivatedAt'], booleans: ['mustChangePin'] }
	);
	// Deactivation deletes the sessions too; this covers a login that raced with it.
	if (!row || row.deactivatedAt) return null;

	const now = Date.now();
	if (now >= row.expiresAt.getTime()) {
		// deleteMany: another instance may have deleted it a moment ago.
		await db.session.deleteMany({ where: { id: sessionId } });
		return null;
	}

	// Written only in the second half of the lifetime: an active person costs one write per ~15 days.
	const session: SessionInfo = { id: sessionId, expiresAt: row.expiresAt, fresh: false };
	if (row.expiresAt.getTime() - now < SESSION_RENEWAL_THRESHOLD_MS) {
		session.expiresAt = new Date(now + SESSION_LIFETIME_MS);
		session.fresh = true;
		await db.session.updateMany({ where: { id: sessionId }, data: { expiresAt: session.expiresAt } });
	}
	return { session, user: toSessionUser(row) };
}

export async function invalidateSession(sessionId: string, client: DbTx = db): Promise<void> {
	await client.session.deleteMany({ where: { id: sessionId } });
}

/** Sign a person out everywhere: after a PIN reset or change, or when an account is disabled. */
export async function invalidateAllSessionsOfUser(userId: string, client: DbTx = db): Promise<void> {
	await client.session.deleteMany({ where: { userId } });
}

/** Periodic cleanup of sessions nobody came back to; validation already deletes the ones that do. */
export async function deleteExpiredSessions(now: Date = new Date()): Promise<number> {
	const { count } = await db.session.deleteMany({ where: { expiresAt: { lte: now } } });
	return count;
}

export type SessionCookieOptions = {
	httpOnly: true;
	sameSite: 'lax';
	secure: boolean;
	path: '/';
	expires: Date;
};

/**
 * httpOnly so page scripts never see the token; `lax` so following a link into Berdaya (from
 * WhatsApp) keeps the person signed in while cross-site form posts do not carry the cookie;
 * `secure` everywhere except plain-http local development.
 */
export function sessionCookieOptions(expiresAt: Date, secure: boolean): SessionCookieOptions {
	return { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt };
}
