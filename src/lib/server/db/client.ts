import { PrismaClient as SqliteClient } from '../../../generated/sqlite/client';
import { PrismaClient as PostgresClient } from '../../../generated/postgres/client';
import { PrismaPg } from '@prisma/adapter-pg';
import { databaseKind, databaseUrl, sqliteFilePath } from '#lib/server/db/url';
import { installSqliteStatementCache } from '#lib/server/db/statement-cache';
import { singleWriterSqlite } from '#lib/server/db/sqlite-adapter';
import { WRITE_WAIT_MS } from '#lib/server/db/write-queue';

/**
 * Both generated clients have the same API (one schema source, two providers); the SQLite
 * one is the type the rest of the code sees.
 */
export type Db = SqliteClient;
/** A client or an interactive transaction; functions that may run inside one take this. */
export type DbTx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

function createClient(url: string): Db {
	if (databaseKind(url) === 'postgres') {
		const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
		return new PostgresClient({ adapter }) as unknown as Db;
	}
	installSqliteStatementCache();
	// Reads on their own connection, writes one at a time in arrival order, waiting without
	// blocking the process (decision 019). A transaction may wait that long for its turn.
	return new SqliteClient({ adapter: singleWriterSqlite(sqliteFilePath(url)), transactionOptions: { maxWait: WRITE_WAIT_MS } });
}

let client: Db | undefined;

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
}
