/**
 * The write a class makes together — a quiz submission — without the ORM's interactive
 * transaction (decision 027). The statements are the same portable SQL on both databases,
 * written with Prisma's `sql` template so values are always bound.
 *
 * - SQLite: the transaction takes the same write turn as every other write of this process
 *   (sqlite-adapter.ts: the local queue, the cluster's turn, its own savepoint in the group
 *   commit) and runs its statements on the writer connection directly; it resolves after the
 *   group's COMMIT, so nothing is acknowledged before it is durable.
 * - PostgreSQL: BEGIN … COMMIT on a connection of the pool under the Prisma client.
 *
 * A unique index's refusal arrives as the driver's own error (SQLITE_CONSTRAINT_UNIQUE, 23505):
 * db/errors.ts isUniqueViolation knows both.
 */
import type { Sql } from '#lib/server/db/raw-sql';
import { db, getPostgresPool } from '#lib/server/db/client';
import { databaseKind, databaseUrl, sqliteFilePath } from '#lib/server/db/url';
import { connectedWriter } from '#lib/server/db/sqlite-adapter';
import { postgresQuery, shaped, sqliteValue, type RowShape } from '#lib/server/db/lean-read';

export interface LeanTx {
	/** The rows of a statement inside the transaction, typed like leanRows. */
	rows<T>(query: Sql, shape?: RowShape<T>): Promise<T[]>;
	/** A statement that changes rows. */
	run(query: Sql): Promise<void>;
}

/**
 * Runs `work` in one transaction; rolls back and rethrows if it throws. `work` should only build
 * and run statements: on SQLite it holds the process's write turn while it runs.
 */
export async function leanTransaction<T>(work: (tx: LeanTx) => Promise<T>): Promise<T> {
	const url = databaseUrl();
	if (databaseKind(url) === 'postgres') return postgresTransaction(work);
	const file = sqliteFilePath(url);
	let writer = connectedWriter(file);
	if (!writer) {
		// The client connects on its first query; any statement will do.
		await db.$queryRaw`SELECT 1`;
		writer = connectedWriter(file)!;
	}
	// The statements run synchronously on the writer connection; `work` awaits only them (settled
	// promises), so the turn it holds is as short as the statements themselves.
	return writer.leanWrite((connection) =>
		work({
			rows: async <R>(query: Sql, shape: RowShape<R> = {}) =>
				shaped<R>(connection.prepare(query.sql).all(...query.values.map(sqliteValue)) as Record<string, unknown>[], shape),
			run: async (query: Sql) => void connection.prepare(query.sql).run(...query.values.map(sqliteValue))
		})
	);
}

async function postgresTransaction<T>(work: (tx: LeanTx) => Promise<T>): Promise<T> {
	const client = await getPostgresPool()!.connect();
	let broken: Error | undefined;
	try {
		await client.query('BEGIN');
		const tx: LeanTx = {
			rows: async <R>(query: Sql, shape: RowShape<R> = {}) =>
				shaped<R>((await client.query(postgresQuery(query))).rows as Record<string, unknown>[], shape),
			run: async (query: Sql) => void (await client.query(postgresQuery(query)))
		};
		const result = await work(tx);
		await client.query('COMMIT');
		return result;
	} catch (error) {
		await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
		throw error;
	} finally {
		// A connection that could not even roll back is not given to anyone else.
		client.release(broken);
	}
}
