/**
 * npm run db:migrate            apply pending migrations to DATABASE_URL (default SQLite file)
 * npm run db:migrate -- status  list applied and pending migrations
 * npm run db:migrate -- create <name>
 *                               write a migration for both databases from the schema change
 * npm run db:migrate -- check   exit 1 if the schema has changes no migration covers
 */
import fs from 'node:fs';
import path from 'node:path';
import { applyMigrations, migrationStatus, providerDir } from './migrations';
import { diffSchemas } from './schema-diff';
import { databaseKind, databaseUrl, type DatabaseKind } from '../../src/lib/server/db/url';

const KINDS: DatabaseKind[] = ['sqlite', 'postgres'];

/** The schema as the last migration left it; the next migration is the diff from here. */
function snapshotPath(kind: DatabaseKind): string {
	return path.join(providerDir(kind), 'migrations', 'schema.snapshot.prisma');
}

function currentSchema(kind: DatabaseKind): string {
	return fs.readFileSync(path.join(providerDir(kind), 'schema.prisma'), 'utf8');
}

async function pendingSchemaChanges(): Promise<Map<DatabaseKind, string>> {
	const changes = new Map<DatabaseKind, string>();
	for (const kind of KINDS) {
		const snapshot = fs.existsSync(snapshotPath(kind)) ? fs.readFileSync(snapshotPath(kind), 'utf8') : null;
		const sql = await diffSchemas(kind, snapshot, currentSchema(kind));
		if (sql.trim()) changes.set(kind, sql);
	}
	return changes;
}

function timestamp(): string {
	return new Date().toISOString().replace(/\D/g, '').slice(0, 14);
}

async function main(): Promise<void> {
	const [command = 'deploy', name] = process.argv.slice(2);
	if (command === 'deploy') {
		const url = databaseUrl();
		const status = await applyMigrations(url);
		console.log(`${databaseKind(url)}: ${status.applied.length} migrations applied, database is up to date`);
	} else if (command === 'status') {
		const status = await migrationStatus(databaseUrl());
		console.log(`applied: ${status.applied.join(', ') || 'none'}\npending: ${status.pending.join(', ') || 'none'}`);
		if (status.pending.length) process.exitCode = 1;
	} else if (command === 'create') {
		if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error('usage: db:migrate -- create <name_in_snake_case>');
		const changes = await pendingSchemaChanges();
		if (changes.size === 0) return console.log('No schema changes: no migration written.');
		const folder = `${timestamp()}_${name}`;
		for (const kind of KINDS) {
			const dir = path.join(providerDir(kind), 'migrations', folder);
			fs.mkdirSync(dir, { recursive: true });
			fs.writeFileSync(path.join(dir, 'migration.sql'), changes.get(kind) ?? '-- no change for this database\n');
			fs.writeFileSync(snapshotPath(kind), currentSchema(kind));
			console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
		}
	} else if (command === 'check') {
		const changes = await pendingSchemaChanges();
		if (changes.size) {
			console.error(`Schema changes without a migration (${[...changes.keys()].join(', ')}): run npm run db:migrate -- create <name>`);
			process.exitCode = 1;
		} else console.log('Migrations cover the schema.');
	} else {
		throw new Error(`unknown command ${command}`);
	}
}

main().then(
	() => process.exit(),
	(error: Error) => {
		console.error(error.message);
		process.exit(1);
	}
);
