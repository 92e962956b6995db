import { PrismaClient as SqliteClient } from '../../../generated/sqlite/client';
import { PrismaClient as PostgresClient } from '../../../generated/postgres/client';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { databaseKind, databaseUrl, sqliteFilePath } from '#lib/server/db/url';
import { installSqliteStatementCache, postgresStatementName } from '#lib/server/db/statement-cache';
import { log } from '#lib/server/log';
import { singleWriterSqlite } from '#lib/server/db/sqlite-adapter';
import { WRITE_WAIT_MS } from '#lib/server/db/write-queue';

/**
 * Both generated clients have the same API (one schema source, two providers); the SQLite
 * one is the type the rest of the code sees.
 */
export type Db = SqliteClient;
/** A client or an interactive transaction; functions that may run inside one take this. */
export type DbTx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/**
 * How long an interactive transaction may wait for a connection, and run. Prisma's defaults (2 s
 * and 5 s) made a class's answers fail while its page loads went through: a plain query waits
 * in the pool's queue as long as it takes, a transaction gave up after 2 s (bench/class-start.ts
 * on PostgreSQL: 765 of 1,000 submissions answered 503 "Unable to start a transaction in the
 * given time"; under heavier load, commits of "expired" transactions became 500s). A burst now
 * queues like everything else, as SQLite's writers wait their turn (write-queue.ts).
 */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

/** The PostgreSQL client's pool, for the lean reads of the hot paths (lean-read.ts, decision 025). */
let postgresPool: pg.Pool | null = null;

function createClient(url: string): Db {
	if (databaseKind(url) === 'postgres') {
		const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
		postgresPool = pool;
		// When PostgreSQL ends a connection (a restart, pg_terminate_backend), its client emits
		// 'error'. pg-pool and the adapter listen only at some moments of a client's life, and an
		// 'error' nobody listens to ends the process: tests/faults/postgres.fault.ts saw an
		// instance die that way. So every client listens for its whole life. The query that was
		// running fails on its own (a 503 page, src/lib/server/db/unavailable.ts), and the pool
		// drops the dead client when it comes back, so the next query opens a fresh connection.
		pool.on('connect', (connection) => {
			connection.on('error', (error: Error & { code?: string }) =>
				log.warn({ code: error.code, message: error.message }, 'database connection lost')
			);
		});
		pool.on('error', () => {
			// An idle client that died: pg-pool has already removed it (and the listener above logged it).
		});
		// The ORM's statements are named too, so PostgreSQL keeps their plans (decision 028). The
		// generator's type wants a string; undefined (past the bound) runs a statement unnamed.
		const adapter = new PrismaPg(pool, {
			disposeExternalPool: true,
			statementNameGenerator: (query) => postgresStatementName(query.sql) as string
		});
		return new PostgresClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }) as unknown as Db;
	}
	installSqliteStatementCache();
	// Reads on their own connection, writes one at a time in arrival order, waiting without
	// blocking the process (decision 019). A transaction may wait that long for its turn.
	return new SqliteClient({
		adapter: singleWriterSqlite(sqliteFilePath(url)),
		transactionOptions: { maxWait: WRITE_WAIT_MS, timeout: TRANSACTION_OPTIONS.timeout }
	});
}

let client: Db | undefined;

/** The pool under the PostgreSQL client (created with it); null on SQLite. */
export function getPostgresPool(): pg.Pool | null {
	getDb();
	return postgresPool;
}

/**
 * The process-wide client, created on first use from DATABASE_URL so that tests can point
 * each file at a fresh database before anything touches it.
 */
export function getDb(): Db {
	client ??= createClient(databaseUrl());
	return client;
}

/** Proxy so modules can `import { db }` without creating the client at import time. */
export const db: Db = new Proxy({} as Db, {
	get(_target, property) {
		const real = getDb() as unknown as Record<PropertyKey, unknown>;
		const value = real[property];
		return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(real) : value;
	}
});

export async function disconnectDb(): Promise<void> {
	if (client) await client.$disconnect();
	client = undefined;
	postgresPool = null;
}
