/**
 * Generates both Prisma clients (SQLite and PostgreSQL) from the one schema source.
 * `prisma generate` does not use the schema engine, but downloads it unless this variable
 * names some file; no network may be needed to install Berdaya.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

execFileSync(process.execPath, ['node_modules/.bin/tsx', 'scripts/db/sync-schemas.ts'], { stdio: 'inherit' });
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
for (const kind of ['sqlite', 'postgres']) {
	execFileSync(
		process.execPath,
		[path.resolve('node_modules/prisma/build/index.js'), 'generate', '--schema', `prisma/${kind}/schema.prisma`],
		{
			stdio: ['ignore', 'ignore', 'inherit'],
			env
		}
	);
}
console.log('Prisma clients generated (sqlite, postgres)');
