/**
 * Starting and stopping Berdaya for the class benchmark and the fault tests, the way an
 * operator does: `scripts/setup.ts` then `scripts/serve.js` on a SQLite file, or
 * `scripts/scale/up.sh` (PostgreSQL, two instances behind nginx) and its `down.sh`.
 */
import fs from 'node:fs';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { once } from 'node:events';
import { freePort } from './server';

const HOST = '127.0.0.1';
const NODE = process.execPath;
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export function postgresUrl(database: string): string {
	const url = new URL(POSTGRES_ADMIN_URL);
	url.pathname = `/${database}`;
	return url.toString();
}

/** Run one statement on the maintenance database, as an operator would with psql. */
export async function asAdmin<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
	const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
	await client.connect();
	try {
		return (await client.query<T>(sql, values)).rows;
	} finally {
		await client.end();
	}
}

export async function waitForHealth(origin: string, timeoutMs = 60_000): Promise<void> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		try {
			const response = await fetch(`${origin}/healthz`);
			if (response.status === 200) return;
		} catch {
			// not listening yet
		}
		if (Date.now() > until) throw new Error(`${origin}/healthz did not answer 200 within ${timeoutMs / 1000} s`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

const quietEnv = (extra: Record<string, string>) => ({ ...process.env, BERDAYA_DEMO: '0', BERDAYA_LOG_LEVEL: 'warn', ...extra });

/** PostgreSQL with two instances behind nginx, on a fresh database: scripts/scale/up.sh. */
export type Scale = {
	origin: string;
	databaseUrl: string;
	/** The instances' own addresses, past nginx. */
	instances: { a: string; b: string };
	pid: (name: 'a' | 'b') => number;
};

export async function scaleUp(database: string): Promise<Scale> {
	const port = Number(process.env.SCALE_PORT ?? 3100);
	const databaseUrl = postgresUrl(database);
	await asAdmin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
	execFileSync('bash', ['scripts/scale/up.sh'], {
		env: quietEnv({ SCALE_PORT: String(port), DATABASE_URL: databaseUrl }),
		stdio: ['ignore', 'ignore', 'inherit']
	});
	return {
		origin: `http://${HOST}:${port}`,
		databaseUrl,
		instances: { a: `http://${HOST}:${port + 1}`, b: `http://${HOST}:${port + 2}` },
		pid: (name) => Number(fs.readFileSync(`data/scale/instance-${name}.pid`, 'utf8'))
	};
}

export function scaleDown(): void {
	execFileSync('bash', ['scripts/scale/down.sh'], { stdio: 'ignore' });
}

/** `npm start` on a SQLite file: setup (migrate, import content/), then serve.js with its workers. */
export type SqliteServer = { origin: string; databaseUrl: string; child: ChildProcess };

export async function startSqlite(file: string, options: { fresh?: boolean; workers?: number } = {}): Promise<SqliteServer> {
	const databaseUrl = `file:./${file}`;
	if (options.fresh) for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
	const port = await freePort();
	const env = quietEnv({ DATABASE_URL: databaseUrl, PORT: String(port), HOST, BERDAYA_WORKERS: String(options.workers ?? 2) });
	execFileSync(NODE, ['--import', 'tsx', 'scripts/setup.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
	// Its own process group, so a kill -9 can take the primary and its workers at once.
	const child = spawn(NODE, ['scripts/serve.js'], { env, stdio: 'ignore', detached: true });
	const origin = `http://${HOST}:${port}`;
	await waitForHealth(origin);
	return { origin, databaseUrl, child };
}

/** kill -9 of every process of the server (the primary and its workers). */
export async function killSqlite(server: SqliteServer): Promise<void> {
	if (server.child.exitCode !== null || server.child.signalCode !== null) return;
	const exited = once(server.child, 'exit');
	process.kill(-server.child.pid!, 'SIGKILL');
	await exited;
}

export async function stopSqlite(server: SqliteServer): Promise<void> {
	if (server.child.exitCode !== null || server.child.signalCode !== null) return;
	const exited = once(server.child, 'exit');
	process.kill(-server.child.pid!, 'SIGTERM');
	const timer = setTimeout(() => process.kill(-server.child.pid!, 'SIGKILL'), 5_000);
	await exited;
	clearTimeout(timer);
}
