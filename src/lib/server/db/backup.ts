/**
 * Backups and restores for both databases (npm run backup / npm run restore).
 *
 * - SQLite: the online backup API (better-sqlite3's backup()), which copies a consistent
 *   snapshot page by page while the app keeps serving; never a file copy, which could catch a
 *   WAL database half-written. Restore copies the backup back through the same API, so SQLite
 *   itself writes the live file, its WAL included.
 * - PostgreSQL: pg_dump in its custom format, and pg_restore --clean --if-exists in one
 *   transaction: a restore that fails leaves the database as it was.
 *
 * Restore replaces everything: stop the app (all instances) first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { databaseKind, sqliteFilePath } from '#lib/server/db/url';

const SQLITE_HEADER = 'SQLite format 3\u0000';
/** pg_dump's custom format starts with these five bytes. */
const PG_CUSTOM_HEADER = 'PGDMP';

export interface BackupResult {
	file: string;
	bytes: number;
}

/** A file name for a backup taken now, e.g. data/backups/berdaya-sqlite-20261126T103000Z.db. */
export function defaultBackupFile(url: string, now = new Date()): string {
	const kind = databaseKind(url);
	const stamp = now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d+Z$/, 'Z');
	return path.join('data', 'backups', `berdaya-${kind}-${stamp}.${kind === 'sqlite' ? 'db' : 'dump'}`);
}

export async function backupDatabase(url: string, file: string): Promise<BackupResult> {
	fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
	if (fs.existsSync(file)) throw new Error(`${file} exists already; a backup never overwrites another`);
	if (databaseKind(url) === 'sqlite') {
		const source = new Database(sqliteFilePath(url), { fileMustExist: true });
		try {
			await source.backup(file);
		} finally {
			source.close();
		}
	} else {
		await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`], postgresEnvironment(url));
	}
	return { file, bytes: fs.statSync(file).size };
}

export async function restoreDatabase(url: string, file: string): Promise<void> {
	if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
	const header = readHeader(file, 16);
	if (databaseKind(url) === 'sqlite') {
		if (header !== SQLITE_HEADER) throw new Error(`${file} is not a SQLite backup`);
		const backup = new Database(file, { readonly: true, fileMustExist: true });
		try {
			await backup.backup(sqliteFilePath(url));
		} finally {
			backup.close();
		}
		return;
	}
	if (!header.startsWith(PG_CUSTOM_HEADER)) throw new Error(`${file} is not a pg_dump backup (custom format)`);
	const env = postgresEnvironment(url);
	await run(
		'pg_restore',
		[
			'--clean',
			'--if-exists',
			'--no-owner',
			'--no-privileges',
			'--single-transaction',
			'--exit-on-error',
			`--dbname=${env.PGDATABASE}`,
			file
		],
		env
	);
}

function readHeader(file: string, bytes: number): string {
	const handle = fs.openSync(file, 'r');
	try {
		const buffer = Buffer.alloc(bytes);
		const read = fs.readSync(handle, buffer, 0, bytes, 0);
		return buffer.subarray(0, read).toString('latin1');
	} finally {
		fs.closeSync(handle);
	}
}

/** Connection settings as libpq variables, so a password never appears in a process list. */
function postgresEnvironment(url: string): NodeJS.ProcessEnv {
	const parsed = new URL(url);
	return {
		...process.env,
		PGHOST: parsed.hostname || '127.0.0.1',
		PGPORT: parsed.port || '5432',
		PGUSER: decodeURIComponent(parsed.username || 'postgres'),
		PGPASSWORD: decodeURIComponent(parsed.password),
		PGDATABASE: decodeURIComponent(parsed.pathname.replace(/^\//, '')),
		...(parsed.searchParams.get('sslmode') ? { PGSSLMODE: parsed.searchParams.get('sslmode')! } : {})
	};
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		child.on('error', (error) =>
			reject(new Error(`${command} could not start (${error.message}); install PostgreSQL's client tools`, { cause: error }))
		);
		child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`))));
	});
}
