/**
 * Reads on the hottest paths (every signed-in request's session, every lesson view) without the
 * ORM's per-statement machinery (decision 025). The SQL is the same portable text on both
 * databases, written with Prisma's `sql` template so values are always bound as parameters.
 *
 * - SQLite: this module's own connection to the file, set to `query_only`, with its compiled
 *   statements kept. In WAL mode it reads the last committed state and never waits for a writer,
 *   like the adapter's read connection; it only skips Prisma's query pipeline, which cost more
 *   than SQLite itself (docs/benchmarks.md, "the lesson read path").
 * - PostgreSQL: the `pg` pool under the Prisma client, with the statement's `$n` text; the
 *   round trip is the cost there, and the pipeline's share is not added to it. Prisma keeps
 *   DateTime as `timestamp(3)` (no time zone) in UTC, so such values are read and bound as UTC
 *   whatever the server's time zone.
 *
 * Values come back as each driver gives them; `shape` names the columns to turn into Date,
 * boolean or number, so callers see the same types from both databases.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { getPostgresPool } from '#lib/server/db/client';
import { installSqliteStatementCache, postgresStatementName } from '#lib/server/db/statement-cache';
import { databaseKind, databaseUrl, sqliteFilePath } from '#lib/server/db/url';
import type { Sql } from '#lib/server/db/raw-sql';

const READ_BUSY_MS = 5_000;
const MAX_STATEMENTS = 200;

type Connection = { url: string; handle: Database.Database; statements: Map<string, Database.Statement> };
let connection: Connection | null = null;

/** The connection for DATABASE_URL, opened on first use and again if the URL changes (tests). */
function sqliteConnection(url: string): Connection {
	if (connection?.url === url) return connection;
	connection?.handle.close();
	// Its statements, too, are kept compiled only with the driver's prepare made safe (decision 028).
	installSqliteStatementCache();
	const handle = new Database(sqliteFilePath(url), { fileMustExist: true, timeout: READ_BUSY_MS });
	// This connection never writes: SQLite refuses it if anything here ever tried.
	handle.pragma('query_only = ON');
	connection = { url, handle, statements: new Map() };
	return connection;
}

function statementFor(current: Connection, text: string): Database.Statement {
	let statement = current.statements.get(text);
	if (!statement) {
		statement = current.handle.prepare(text);
		current.statements.set(text, statement);
		if (current.statements.size > MAX_STATEMENTS) current.statements.delete(current.statements.keys().next().value!);
	}
	return statement;
}

/** Prisma stores a DateTime in SQLite as ISO text with `+00:00`; a bound Date must compare alike. */
export function sqliteValue(value: unknown): unknown {
	if (value instanceof Date) return value.toISOString().replace('Z', '+00:00');
	if (typeof value === 'boolean') return value ? 1 : 0;
	return value;
}

/** `timestamp without time zone`: Prisma writes UTC wall-clock time into it. */
const TIMESTAMP_OID = 1114;
const POSTGRES_TYPES = {
	getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
		oid === TIMESTAMP_OID
			? (text: string) => new Date(`${text.replace(' ', 'T')}Z`)
			: pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
};

/** A bound Date as UTC wall-clock time: pg would send local time, which `timestamp` keeps as is. */
function postgresValue(value: unknown): unknown {
	return value instanceof Date ? value.toISOString().replace('Z', '') : value;
}

export type RowShape<T> = { dates?: (keyof T)[]; booleans?: (keyof T)[]; numbers?: (keyof T)[] };

export function shaped<T>(rows: Record<string, unknown>[], shape: RowShape<T>): T[] {
	for (const row of rows) {
		for (const key of shape.dates ?? []) {
			const value = row[key as string];
			if (value !== null && value !== undefined && !(value instanceof Date)) row[key as string] = new Date(value as string);
		}
		for (const key of shape.booleans ?? []) {
			const value = row[key as string];
			if (value !== null && value !== undefined) row[key as string] = Boolean(value);
		}
		for (const key of shape.numbers ?? []) {
			const value = row[key as string];
			if (value !== null && value !== undefined) row[key as string] = Number(value);
		}
	}
	return rows as T[];
}

/**
 * A statement for `pg`: its `$n` text, named so each pooled connection keeps it prepared
 * (decision 028), values bound as `timestamp(3)` expects, timestamps read as UTC.
 */
export function postgresQuery(query: Sql): pg.QueryConfig {
	return { name: postgresStatementName(query.text), text: query.text, values: query.values.map(postgresValue), types: POSTGRES_TYPES };
}

/** The rows of one read-only statement, typed by `shape` (see the module comment). */
export async function leanRows<T>(query: Sql, shape: RowShape<T> = {}): Promise<T[]> {
	const url = databaseUrl();
	if (databaseKind(url) === 'postgres') {
		const result = await getPostgresPool()!.query(postgresQuery(query));
		return shaped<T>(result.rows as Record<string, unknown>[], shape);
	}
	const current = sqliteConnection(url);
	const rows = statementFor(current, query.sql).all(...query.values.map(sqliteValue)) as Record<string, unknown>[];
	return shaped<T>(rows, shape);
}
