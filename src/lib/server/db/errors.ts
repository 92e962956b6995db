/**
 * A unique index refused the write (Prisma's P2002): someone else took the slug, the phone
 * number or the file name first. Checked by its code, not `instanceof`: the SQLite and
 * PostgreSQL clients are separate generated packages with separate error classes.
 */
export function isUniqueViolation(error: unknown): boolean {
	return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';
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
