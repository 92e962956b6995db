/**
 * Writes prisma/postgres/schema.prisma from prisma/sqlite/schema.prisma, the one schema source.
 * Only the provider and the client's output folder differ. `--check` exits 1 when the
 * committed PostgreSQL schema is stale (CI and tests use it).
 */
import fs from 'node:fs';

const source = fs.readFileSync('prisma/sqlite/schema.prisma', 'utf8');
const header = '// GENERATED from prisma/sqlite/schema.prisma by scripts/db/sync-schemas.ts — do not edit.\n';
const postgres =
	header +
	source
		.replace('provider = "sqlite"', 'provider = "postgresql"')
		.replace('output       = "../../src/generated/sqlite"', 'output       = "../../src/generated/postgres"');

if (postgres === header + source) throw new Error('sync-schemas: provider or output line not found');

const target = 'prisma/postgres/schema.prisma';
const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
if (process.argv.includes('--check')) {
	if (current !== postgres) {
		console.error(`${target} is stale: run npm run db:generate`);
		process.exit(1);
	}
} else if (current !== postgres) {
	fs.mkdirSync('prisma/postgres', { recursive: true });
	fs.writeFileSync(target, postgres);
	console.log(`wrote ${target}`);
}
