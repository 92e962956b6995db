/**
 * The first half of `npm start` (scripts/serve.js is the second): build if there is no build,
 * migrate, import content/, seed demo data into an empty database. Safe to run on every start
 * and from several instances at once. It runs under tsx because it imports the TypeScript
 * domain modules; the server itself then runs on plain Node (tsx's loader would sit on every
 * request's dynamic imports).
 *
 * Environment: DATABASE_URL (default file:./data/berdaya.db), BERDAYA_DEMO=0 to never seed
 * demo data.
 */
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { applyMigrations } from './db/migrations';
import { databaseKind, databaseUrl } from '../src/lib/server/db/url';
import { importContentLibrary } from '../src/lib/server/library/content-import';
import { describeDemoLogins, seedDemoDataIfEmpty } from '../src/lib/server/demo/seed';
import { disconnectDb } from '../src/lib/server/db/client';
import { formatProblem } from '../src/lib/content/messages';

if (!fs.existsSync('build/handler.js') || process.argv.includes('--build')) {
	console.log('Building the app (first start)…');
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

const url = databaseUrl();
const migrated = await applyMigrations(url);
console.log(`Database (${databaseKind(url)}): ${migrated.applied.length} migrations applied`);

const report = await importContentLibrary('content');
for (const problem of report.errors) console.error(`content: ${formatProblem(problem, 'id')}`);
console.log(`Content: ${report.courses.length} courses imported from content/`);
if (report.placement)
	console.log(`Placement test: ${report.placement.status}, version ${report.placement.publishedVersion ?? 'none'} live`);

if (process.env.BERDAYA_DEMO !== '0') {
	const seeded = await seedDemoDataIfEmpty();
	if (seeded) console.log(`Demo data created.\n${describeDemoLogins()}`);
	else console.log('Database already has users: demo data not added.');
}
await disconnectDb();
