/**
 * Pruning of ended sessions and of login attempts older than the limits' window (decision 003
 * promised it; decision 017). Every app process asks on start and then every few minutes, but
 * only the one that takes the lease in the database prunes, once per period, however many
 * processes and instances share the database (the cluster primary loads no app code).
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { db } from '#lib/server/db/client';
import { isUniqueViolation } from '#lib/server/db/errors';
import { deleteExpiredSessions } from '#lib/server/accounts/session';
import { LOGIN_ATTEMPT_WINDOW_MS, pruneOldLoginAttempts } from '#lib/server/accounts/login';

export const PRUNE_LEASE = 'prune-sessions-and-login-attempts';
/** How often the pruning runs, across all processes. */
export const PRUNE_PERIOD_MS = 60 * 60 * 1000;
/** How often each process asks whether it is due: cheap (one UPDATE that matches no row). */
export const PRUNE_ASK_EVERY_MS = 5 * 60 * 1000;

/**
 * Takes the named lease for `periodMs` when nobody holds it or it ran out. One UPDATE with the
 * expiry in its WHERE decides: of several processes asking at once, exactly one gets it
 * (SQLite serializes writes; PostgreSQL re-checks the WHERE after the row lock).
 */
export async function takeLease(name: string, holder: string, periodMs: number, now: Date = new Date()): Promise<boolean> {
	const expiresAt = new Date(now.getTime() + periodMs);
	const { count } = await db.maintenanceLease.updateMany({ where: { name, expiresAt: { lte: now } }, data: { holder, expiresAt } });
	if (count === 1) return true;
	try {
		await db.maintenanceLease.create({ data: { name, holder, expiresAt } });
		return true;
	} catch (error) {
		// The row exists (held by someone) or another process created it first.
		if (isUniqueViolation(error)) return false;
		throw error;
	}
}

/** Prunes when this process takes the lease; null when another one has it for this period. */
export async function pruneIfDue(holder: string, now: Date = new Date()): Promise<{ sessions: number; loginAttempts: number } | null> {
	if (!(await takeLease(PRUNE_LEASE, holder, PRUNE_PERIOD_MS, now))) return null;
	const sessions = await deleteExpiredSessions(now);
	const loginAttempts = await pruneOldLoginAttempts(new Date(now.getTime() - LOGIN_ATTEMPT_WINDOW_MS));
	return { sessions, loginAttempts };
}

/** Asks now and then every few minutes; the timer never keeps the process alive. */
export function startPruning(): void {
	const holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
	const ask = () =>
		pruneIfDue(holder).catch((error: unknown) => {
			// A busy or unreachable database: the next ask tries again; requests are unaffected.
			console.error('pruning sessions and login attempts failed:', error);
		});
	void ask();
	setInterval(ask, PRUNE_ASK_EVERY_MS).unref();
}
