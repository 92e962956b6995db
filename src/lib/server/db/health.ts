/**
 * The health check behind /healthz: is the database reachable, and has every migration on disk
 * been applied to it? A load balancer takes an instance out of rotation on anything but 200.
 */
import { db } from '#lib/server/db/client';
import { databaseKind, databaseUrl } from '#lib/server/db/url';
import { MIGRATIONS_TABLE, migrationNames } from '#lib/server/db/migration-files';

export interface Health {
	ok: boolean;
	database: 'ok' | 'unreachable';
	/** Migrations on disk that the database has not run (an upgrade half done). */
	pendingMigrations: number;
}

/** A health check that hangs is as bad as a failing one: give up after this long. */
const TIMEOUT_MS = 2000;

export async function checkHealth(): Promise<Health> {
	const expected = migrationNames(databaseKind(databaseUrl()));
	try {
		const rows = await withTimeout(db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM "${MIGRATIONS_TABLE}"`), TIMEOUT_MS);
		const applied = new Set(rows.map((row) => row.name));
		const pendingMigrations = expected.filter((name) => !applied.has(name)).length;
		return { ok: pendingMigrations === 0, database: 'ok', pendingMigrations };
	} catch {
		return { ok: false, database: 'unreachable', pendingMigrations: expected.length };
	}
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
