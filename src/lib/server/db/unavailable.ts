/**
 * Is this error "the database cannot be reached right now" (PostgreSQL restarting, a pool
 * exhausted, SQLite locked past its timeout) rather than a bug? Such requests get a plain 503
 * page that says to try again, never a stack trace; the instance itself recovers on its own
 * because the drivers reconnect on the next query.
 */

/** Prisma's codes for "cannot reach", "timed out", "closed the connection", "pool timeout". */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** Node's socket errors, and PostgreSQL's "shutting down" / "starting up" / "too many connections". */
const DRIVER_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '53300', 'SQLITE_BUSY']);
const MESSAGES = [
	/connection terminated/i,
	/terminating connection due to administrator command/i,
	/the database system is (starting up|shutting down)/i,
	/is not currently accepting connections/i,
	/can't reach database server/i,
	/connect ECONNREFUSED/i,
	/database is locked/i,
	/Connection is closed/i,
	/timeout exceeded when trying to connect/i,
	/connection error and is not queryable/i,
	// A write that waited its whole turn (write-queue.ts).
	/for the database write lock/i,
	// P2028 when no connection could be had for a transaction within its wait (a pool whose
	// connections are refused): like P2024. Other P2028s (an expired transaction) stay bugs.
	/Unable to start a transaction in the given time/i
];

export function isDatabaseUnavailable(error: unknown): boolean {
	const seen = new Set<unknown>();
	let current: unknown = error;
	// Drivers wrap errors in adapter errors in Prisma errors: follow every cause, but only so far.
	for (let depth = 0; current && typeof current === 'object' && depth < 8 && !seen.has(current); depth++) {
		seen.add(current);
		const record = current as {
			code?: unknown;
			name?: unknown;
			message?: unknown;
			cause?: unknown;
			kind?: unknown;
			originalCode?: unknown;
		};
		if (typeof record.code === 'string' && (PRISMA_CODES.has(record.code) || DRIVER_CODES.has(record.code))) return true;
		if (typeof record.originalCode === 'string' && DRIVER_CODES.has(record.originalCode)) return true;
		if (record.name === 'PrismaClientInitializationError') return true;
		if (record.kind === 'DatabaseNotReachable' || record.kind === 'SocketTimeout' || record.kind === 'ConnectionClosed') return true;
		if (typeof record.message === 'string' && MESSAGES.some((pattern) => pattern.test(record.message as string))) return true;
		current = record.cause;
	}
	return false;
}
