/**
 * Limits on joining with a code, kept in the database like login limits (login.ts) so they
 * hold across instances: one LoginAttempt row per scope per attempt, written before anything
 * is checked and counted over the last hour including its own; a refused attempt deletes its
 * rows; a successful join deletes its own rows; a failed one keeps them.
 * - per address: a class on one hotspot joins together and mistypes, a guesser of codes (40
 *   bits) gets nowhere at 100 failures an hour;
 * - per code: bounds how many phone numbers anyone holding a code can try.
 */
import { db } from '#lib/server/db/client';
import { addressRateLimitKey, LOGIN_ATTEMPT_WINDOW_MS } from '#lib/server/accounts/login';
import { normalizeJoinCode } from '#lib/server/accounts/account';

export const MAX_FAILED_JOINS_PER_ADDRESS = 100;
export const MAX_FAILED_JOINS_PER_CODE = 300;

export type JoinAttempt = { verdict: 'ok'; ids: string[] } | { verdict: 'limited' };

/** Call before joining; then `joinSucceeded(ids)` after a successful join. */
export async function startJoinAttempt(clientAddress: string, code: string): Promise<JoinAttempt> {
	const now = new Date();
	const addressKey = addressRateLimitKey(clientAddress);
	const codeKey = normalizeJoinCode(code).slice(0, 40) || 'empty';
	const rows = await Promise.all([
		db.loginAttempt.create({ data: { scope: 'join-address', key: addressKey, createdAt: now }, select: { id: true } }),
		db.loginAttempt.create({ data: { scope: 'join-code', key: codeKey, createdAt: now }, select: { id: true } })
	]);
	const since = new Date(now.getTime() - LOGIN_ATTEMPT_WINDOW_MS);
	const [byAddress, byCode] = await Promise.all([
		db.loginAttempt.count({ where: { scope: 'join-address', key: addressKey, createdAt: { gt: since } } }),
		db.loginAttempt.count({ where: { scope: 'join-code', key: codeKey, createdAt: { gt: since } } })
	]);
	const ids = rows.map((row) => row.id);
	if (byAddress > MAX_FAILED_JOINS_PER_ADDRESS || byCode > MAX_FAILED_JOINS_PER_CODE) {
		await db.loginAttempt.deleteMany({ where: { id: { in: ids } } });
		return { verdict: 'limited' };
	}
	return { verdict: 'ok', ids };
}

/** A join that worked does not count against its address or code. */
export async function joinSucceeded(ids: string[]): Promise<void> {
	await db.loginAttempt.deleteMany({ where: { id: { in: ids } } });
}
