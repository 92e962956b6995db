/**
 * `npm start`: migrate, import content/, seed demo data on an empty database, then serve the
 * built app. Safe to run on every start and from several instances at once.
 *
 * Environment: DATABASE_URL (default file:./data/berdaya.db), PORT (3000), HOST (0.0.0.0),
 * BERDAYA_DEMO=0 to never seed demo data, BERDAYA_BEHIND_PROXY=1 when a TLS-terminating proxy
 * sets X-Forwarded-Proto (see README, Deployment).
 */
import fs from 'node:fs';
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { applyMigrations } from './db/migrations';
import { databaseKind, databaseUrl } from '../src/lib/server/db-url';
import { importContentLibrary } from '../src/lib/server/content-import';
import { describeDemoLogins, seedDemoDataIfEmpty } from '../src/lib/server/demo';
import { disconnectDb } from '../src/lib/server/db';

if (!fs.existsSync('build/handler.js') || process.argv.includes('--build')) {
	console.log('Building the app (first start)…');
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

const url = databaseUrl();
const migrated = await applyMigrations(url);
console.log(`Database (${databaseKind(url)}): ${migrated.applied.length} migrations applied`);

const report = await importContentLibrary('content');
for (const problem of report.errors) console.error(`content: ${problem.file}:${problem.line}:${problem.column}: ${problem.message}`);
console.log(`Content: ${report.courses.length} courses imported from content/`);

if (process.env.BERDAYA_DEMO !== '0') {
	const seeded = await seedDemoDataIfEmpty();
	if (seeded) console.log(`Demo data created.\n${describeDemoLogins()}`);
	else console.log('Database already has users: demo data not added.');
}
await disconnectDb();

// adapter-node takes the request's protocol from PROTOCOL_HEADER and assumes https without
// one, which refuses every form POST over plain http. Unless a trusted proxy says otherwise,
// the protocol is what this socket really is.
process.env.PROTOCOL_HEADER ??= 'x-forwarded-proto';
// Image uploads may be up to 10 MB (src/lib/server/media.ts refuses more with a clear message);
// adapter-node's default limit (512 KB) would cut them off with a bare 413.
process.env.BODY_SIZE_LIMIT ??= '12M';
const behindProxy = process.env.BERDAYA_BEHIND_PROXY === '1';
// A path in a variable keeps the type checker out of the generated bundle.
const handlerModule = '../build/handler.js';
const { handler } = (await import(handlerModule)) as { handler: (req: http.IncomingMessage, res: http.ServerResponse) => void };
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const server = http.createServer((request, response) => {
	if (!behindProxy) request.headers['x-forwarded-proto'] = 'http';
	handler(request, response);
});
server.listen(port, host, () => console.log(`Berdaya is listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => server.close(() => process.exit(0)));
}
