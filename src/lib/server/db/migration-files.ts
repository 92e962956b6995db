/**
 * Where the committed migrations live and the table that records which ran. Shared by the
 * migration runner (scripts/db/migrations.ts) and the health check, which runs inside the app.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseKind } from '#lib/server/db/url';

export const MIGRATIONS_TABLE = '_berdaya_migrations';

/** prisma/<kind>, from the working directory: `npm start` and the tests run from the project root. */
export function providerDir(kind: DatabaseKind): string {
	return path.resolve('prisma', kind);
}

/** Names of the migrations on disk, oldest first. */
export function migrationNames(kind: DatabaseKind): string[] {
	const dir = path.join(providerDir(kind), 'migrations');
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
}
