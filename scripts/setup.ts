/**
 * The first half of `npm start` (scripts/serve.js is the second): build if there is no build,
 * migrate, import content/, seed demo data into an empty database. Safe to run on every start
 * and from several instances at once. It runs under tsx because it imports the TypeScript
 * domain modules; the server itself then runs on plain Node (tsx's loader would sit on every
 * request's dynamic imports).
 *
 * Environment: DATABASE_URL (default file:./data/berdaya.db); demo data is seeded unless
 * BERDAYA_DEMO=0 or NODE_ENV=production, with secrets made for this database (BERDAYA_DEMO_*
 * fix them, for tests) and kept in data/ (readable by this user only) so later starts print them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { applyMigrations } from './db/migrations';
import { databaseKind, databaseUrl } from '../src/lib/server/db/url';
import { importContentLibrary } from '../src/lib/server/library/content-import';
import {
	demoDataAllowed,
	demoSecrets,
	describeDemoLogins,
	hasDemoData,
	isLoopbackHost,
	seedDemoDataIfEmpty
} from '../src/lib/server/demo/seed';
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

// One file per database, so the e2e database and the Quick start one keep their own logins.
const loginsFile = path.join('data', `demo-logins-${createHash('sha256').update(url).digest('hex').slice(0, 12)}.txt`);
if (demoDataAllowed()) {
	const secrets = demoSecrets();
	if (await seedDemoDataIfEmpty(secrets)) {
		const text = describeDemoLogins(secrets);
		fs.mkdirSync('data', { recursive: true });
		fs.writeFileSync(loginsFile, `${text}\n`, { mode: 0o600 });
		console.log(`Demo data created.\n${text}`);
	} else if (await hasDemoData()) {
		console.log(fs.existsSync(loginsFile) ? `Demo data is on.\n${fs.readFileSync(loginsFile, 'utf8')}` : 'Demo data is on.');
	} else {
		console.log('Database already has users: demo data not added.');
	}
} else if (await hasDemoData()) {
	console.warn('This database still holds the demo accounts (admin@berdaya.test, …): delete them before real use.');
}
if ((await hasDemoData()) && !isLoopbackHost(process.env.HOST)) {
	const line = '!'.repeat(78);
	console.warn(
		[
			line,
			`!! DEMO DATA IS ON and the server listens on ${process.env.HOST ?? '0.0.0.0'} (not only this machine).`,
			'!! Anyone who can reach it and learns a demo login is an admin. For real use start an',
			'!! empty database with BERDAYA_DEMO=0 (or NODE_ENV=production); for a demo on this',
			'!! machine only, set HOST=127.0.0.1.',
			line
		].join('\n')
	);
}
await disconnectDb();
