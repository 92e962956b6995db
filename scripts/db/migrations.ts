/**
 * Migration runner and author for both databases (docs/decisions/002-two-databases.md).
 *
 * Migrations are plain SQL files in prisma/<provider>/migrations/<timestamp>_<name>/migration.sql.
 * Applying them needs nothing but the database driver, so a field server with no network can
 * migrate. Authoring a new migration diffs the schema as of the last migration (a snapshot kept
 * beside the migrations) against the current schema with Prisma's WebAssembly schema engine,
 * because Prisma's native engine cannot be downloaded on these machines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { databaseKind, sqliteFilePath, type DatabaseKind } from '../../src/lib/server/db/url';
import { MIGRATIONS_TABLE, migrationNames, providerDir } from '../../src/lib/server/db/migration-files';

export { MIGRATIONS_TABLE, providerDir };

export interface Migration {
	name: string;
	sql: string;
	checksum: string;
}

export function readMigrations(kind: DatabaseKind): Migration[] {
	const dir = path.join(providerDir(kind), 'migrations');
	return migrationNames(kind).map((name) => {
		const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
		return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
	});
}

export interface MigrationStatus {
	applied: string[];
	pending: string[];
	/** Applied migrations whose file changed afterwards: a committed migration must never change. */
	edited: string[];
}

interface AppliedRow {
	name: string;
	checksum: string;
}

function compare(migrations: Migration[], applied: AppliedRow[]): MigrationStatus {
	const byName = new Map(applied.map((row) => [row.name, row.checksum]));
	return {
		applied: migrations.filter((m) => byName.has(m.name)).map((m) => m.name),
		pending: migrations.filter((m) => !byName.has(m.name)).map((m) => m.name),
		edited: migrations.filter((m) => byName.has(m.name) && byName.get(m.name) !== m.checksum).map((m) => m.name)
	};
}

function editedError(edited: string[]): Error {
	return new Error(`Applied migrations were edited afterwards: ${edited.join(', ')}. Write a new migration instead.`);
}

async function migrateSqlite(url: string, apply: boolean): Promise<MigrationStatus> {
	const file = sqliteFilePath(url);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	const sqlite = new Database(file);
	try {
		// WAL lets readers go on while a writer writes; it is a property of the file, set once.
		sqlite.pragma('journal_mode = WAL');
		sqlite.pragma('busy_timeout = 5000');
		sqlite.exec(
			`CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TEXT NOT NULL)`
		);
		const migrations = readMigrations('sqlite');
		const read = () => sqlite.prepare(`SELECT name, checksum FROM "${MIGRATIONS_TABLE}"`).all() as AppliedRow[];
		const status = compare(migrations, read());
		if (status.edited.length) throw editedError(status.edited);
		if (!apply) return status;
		const insert = sqlite.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" (name, checksum, appliedAt) VALUES (?, ?, ?)`);
		// IMMEDIATE takes the write lock first, so two processes starting together apply each once.
		const applyPending = sqlite.transaction(() => {
			const again = compare(migrations, read());
			for (const migration of migrations.filter((m) => again.pending.includes(m.name))) {
				sqlite.exec(migration.sql);
				insert.run(migration.name, migration.checksum, new Date().toISOString());
			}
			return again;
		});
		const before = applyPending.immediate();
		return { applied: [...before.applied, ...before.pending], pending: [], edited: [] };
	} finally {
		sqlite.close();
	}
}

async function migratePostgres(url: string, apply: boolean): Promise<MigrationStatus> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		// One lock for the whole run: several app instances may start at once.
		await client.query('SELECT pg_advisory_lock(7429001)');
		await client.query(
			`CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TIMESTAMPTZ NOT NULL)`
		);
		const migrations = readMigrations('postgres');
		const applied = (await client.query<AppliedRow>(`SELECT name, checksum FROM "${MIGRATIONS_TABLE}"`)).rows;
		const status = compare(migrations, applied);
		if (status.edited.length) throw editedError(status.edited);
		if (!apply) return status;
		for (const migration of migrations.filter((m) => status.pending.includes(m.name))) {
			await client.query('BEGIN');
			try {
				await client.query(migration.sql);
				await client.query(`INSERT INTO "${MIGRATIONS_TABLE}" (name, checksum, "appliedAt") VALUES ($1, $2, now())`, [
					migration.name,
					migration.checksum
				]);
				await client.query('COMMIT');
			} catch (error) {
				await client.query('ROLLBACK');
				throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
			}
		}
		return { applied: [...status.applied, ...status.pending], pending: [], edited: [] };
	} finally {
		await client.query('SELECT pg_advisory_unlock(7429001)').catch(() => {});
		await client.end();
	}
}

/** Applies every pending migration; returns the status after. Safe to run on every start. */
export function applyMigrations(url: string): Promise<MigrationStatus> {
	return databaseKind(url) === 'postgres' ? migratePostgres(url, true) : migrateSqlite(url, true);
}

export function migrationStatus(url: string): Promise<MigrationStatus> {
	return databaseKind(url) === 'postgres' ? migratePostgres(url, false) : migrateSqlite(url, false);
}
