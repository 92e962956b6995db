/**
 * Test databases: one migrated template per run, and a fresh copy of it for every test file
 * (a file copy for SQLite, CREATE DATABASE … TEMPLATE for PostgreSQL), so tests never see each
 * other's rows and migrations run once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { applyMigrations } from '../../scripts/db/migrations';

export const TEST_POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
// Each checkout gets its own names, so two checkouts on one machine (a second work tree, CI
// beside a developer) never drop each other's test databases.
const CHECKOUT = createHash('sha256').update(process.cwd()).digest('hex').slice(0, 8);
const PREFIX = `berdaya_test_${CHECKOUT}`;
const TEMPLATE_DATABASE = `${PREFIX}_template`;
export const SQLITE_TEST_DIR = path.join(os.tmpdir(), `berdaya-tests-${CHECKOUT}`);
const SQLITE_TEMPLATE = path.join(SQLITE_TEST_DIR, 'template.db');

function postgresUrlFor(database: string): string {
	const url = new URL(TEST_POSTGRES_ADMIN_URL);
	url.pathname = `/${database}`;
	return url.toString();
}

export function postgresReachable(timeoutMs = 1500): Promise<boolean> {
	const url = new URL(TEST_POSTGRES_ADMIN_URL);
	return new Promise((resolve) => {
		const socket = net.connect({ host: url.hostname, port: Number(url.port || 5432) });
		const done = (ok: boolean) => {
			socket.destroy();
			resolve(ok);
		};
		socket.setTimeout(timeoutMs, () => done(false));
		socket.once('connect', () => done(true));
		socket.once('error', () => done(false));
	});
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

export async function prepareTemplate(kind: 'sqlite' | 'postgres'): Promise<void> {
	if (kind === 'sqlite') {
		fs.rmSync(SQLITE_TEST_DIR, { recursive: true, force: true });
		fs.mkdirSync(SQLITE_TEST_DIR, { recursive: true });
		await applyMigrations(`file:${SQLITE_TEMPLATE}`);
		// Fold the WAL back into the file so a plain copy carries the whole schema.
		const Database = (await import('better-sqlite3')).default;
		const sqlite = new Database(SQLITE_TEMPLATE);
		sqlite.pragma('wal_checkpoint(TRUNCATE)');
		sqlite.close();
		return;
	}
	await withAdmin(async (client) => {
		const stale = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
			`${PREFIX.replace(/_/g, '\\_')}\\_%`
		]);
		for (const { datname } of stale.rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
		await client.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
	});
	await applyMigrations(postgresUrlFor(TEMPLATE_DATABASE));
}

/** A fresh database for one test file; returns its URL and a function that removes it. */
export async function createTestDatabase(kind: 'sqlite' | 'postgres'): Promise<{ url: string; drop: () => Promise<void> }> {
	const name = `${PREFIX}_${process.pid}_${randomBytes(4).toString('hex')}`;
	if (kind === 'sqlite') {
		const file = path.join(SQLITE_TEST_DIR, `${name}.db`);
		fs.copyFileSync(SQLITE_TEMPLATE, file);
		return {
			url: `file:${file}`,
			drop: async () => {
				for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
			}
		};
	}
	await withAdmin(async (client) => {
		// Two files copying the template at the same instant can collide; try again briefly.
		for (let attempt = 0; ; attempt++) {
			try {
				await client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`);
				return;
			} catch (error) {
				if (attempt >= 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
				await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
			}
		}
	});
	return {
		url: postgresUrlFor(name),
		drop: () => withAdmin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)))
	};
}
