/**
 * Diffs two Prisma schemas into SQL with Prisma's WebAssembly schema engine. Between two
 * datamodels the engine never touches a database, so SQLite gets Prisma's mock adapter;
 * the PostgreSQL flavour still asks its adapter for a connection, so it gets the local server.
 */
import { SchemaEngine } from '@prisma/schema-engine-wasm';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, mockMigrationAwareAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DatabaseKind } from '../../src/lib/server/db/url';

function adapterFor(kind: DatabaseKind) {
	if (kind === 'sqlite') return mockMigrationAwareAdapterFactory('sqlite');
	const url = new URL(process.env.MIGRATION_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
	// Discrete fields, not a connection string: adapter-pg ignores database overrides otherwise.
	return new PrismaPg({
		host: url.hostname,
		port: Number(url.port || 5432),
		user: decodeURIComponent(url.username || 'postgres'),
		password: decodeURIComponent(url.password) || undefined,
		database: url.pathname.slice(1) || 'postgres'
	});
}

/** SQL that turns a database at `fromSchema` (null: empty) into one at `toSchema`; '' if none. */
export async function diffSchemas(kind: DatabaseKind, fromSchema: string | null, toSchema: string): Promise<string> {
	const file = `schema.prisma`;
	const engine = await SchemaEngine.new(
		{ datamodels: [[file, toSchema]] },
		() => {},
		bindMigrationAwareSqlAdapterFactory(adapterFor(kind))
	);
	try {
		const result = await engine.diff({
			from: fromSchema === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: file, content: fromSchema }] },
			to: { tag: 'schemaDatamodel', files: [{ path: file, content: toSchema }] },
			script: true,
			exitCode: null,
			filters: { externalTables: [], externalEnums: [] }
		});
		const sql = result.stdout ?? '';
		return sql.includes('This is an empty migration.') ? '' : sql;
	} finally {
		engine.free();
	}
}
