/**
 * The second half of `npm start`: serve build/ with adapter-node's handler on plain Node, one
 * worker process per core (sessions, limits and data live in the database, so workers share
 * nothing in memory). Run scripts/setup.ts first.
 *
 * Environment: PORT (3000), HOST (0.0.0.0), BERDAYA_WORKERS (number of cores),
 * BERDAYA_BEHIND_PROXY=1 when a TLS-terminating proxy sets X-Forwarded-Proto (README).
 */
import cluster from 'node:cluster';
import http from 'node:http';
import os from 'node:os';

import { LARGEST_BODY_LIMIT } from '../src/lib/server/http/body-limits.js';

const workers = Math.max(1, Number(process.env.BERDAYA_WORKERS ?? os.availableParallelism()));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

if (cluster.isPrimary && workers > 1) {
	for (let i = 0; i < workers; i++) cluster.fork();
	let announced = false;
	cluster.on('listening', () => {
		if (!announced) console.log(`Berdaya is listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port} (${workers} workers)`);
		announced = true;
	});
	// A worker that dies is replaced, so one bad request cannot take the service down.
	cluster.on('exit', (worker, code, signal) => {
		if (signal !== 'SIGTERM' && code !== 0) {
			console.error(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
			cluster.fork();
		}
	});
	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.on(signal, () => {
			for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
			process.exit(0);
		});
	}
} else {
	// adapter-node takes the request's protocol from PROTOCOL_HEADER and assumes https without
	// one, which refuses every form POST over plain http. Unless a trusted proxy says otherwise,
	// the protocol is what this socket really is.
	process.env.PROTOCOL_HEADER ??= 'x-forwarded-proto';
	// The server hook refuses each body over its route's limit before reading it
	// (src/lib/server/http/body-limits.js); adapter-node's own limit is only the largest of them.
	process.env.BODY_SIZE_LIMIT ??= String(LARGEST_BODY_LIMIT);
	const behindProxy = process.env.BERDAYA_BEHIND_PROXY === '1';
	// A path in a variable keeps the type checker out of the generated bundle.
	const handlerModule = '../build/handler.js';
	/** @type {{ handler: (req: http.IncomingMessage, res: http.ServerResponse) => void }} */
	const { handler } = await import(handlerModule);
	const server = http.createServer((request, response) => {
		if (!behindProxy) request.headers['x-forwarded-proto'] = 'http';
		handler(request, response);
	});
	server.listen(port, host, () => {
		if (workers === 1) console.log(`Berdaya is listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
	});
	for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}
