/**
 * A unique index refused the write: someone else took the slug, the phone number or the file
 * name first. Through the ORM that is Prisma's P2002; through plain SQL ($executeRaw) it is
 * P2010 with the driver adapter's own kind, which both adapters name the same; through a lean
 * transaction (lean-write.ts) it is the driver's own code. Checked by its
 * code, not `instanceof`: the SQLite and PostgreSQL clients are separate generated packages with
 * separate error classes.
 */
export function isUniqueViolation(error: unknown): boolean {
	if (typeof error !== 'object' || error === null || !('code' in error)) return false;
	// Through the ORM; or straight from a driver (db/lean-write.ts): better-sqlite3 and PostgreSQL.
	if (
		error.code === 'P2002' ||
		error.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
		error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
		error.code === '23505'
	)
		return true;
	const meta = (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } }).meta;
	return error.code === 'P2010' && meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation';
}

/**
 * The row another request stored first, read after a unique violation. On PostgreSQL the other
 * transaction has committed by the time the violation is raised, so the first read finds it. On
 * SQLite the other write may still sit in this process's open write group (decision 019), which
 * the read connection cannot see until the group commits, moments later: so read again, with
 * short pauses, until it shows or the wait a write may take has passed (then null).
 */
export async function readWinner<T>(read: () => Promise<T | null>, waitMs = 15_000): Promise<T | null> {
	const deadline = Date.now() + waitMs;
	for (let pause = 2; ; pause = Math.min(pause * 2, 100)) {
		const found = await read();
		if (found !== null || Date.now() >= deadline) return found;
		await new Promise((resolve) => setTimeout(resolve, pause));
	}
}
