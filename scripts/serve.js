/**
 * The second half of `npm start`: serve build/ with adapter-node's handler on plain Node, one
 * worker process per core (sessions, limits and data live in the database, so workers share
 * nothing in memory). Run scripts/setup.ts first.
 *
 * Environment: PORT (3000), HOST (0.0.0.0), BERDAYA_WORKERS (number of cores),
 * BERDAYA_BEHIND_PROXY=1 when a TLS-terminating proxy sets X-Forwarded-Proto (README),
 * BERDAYA_INSTANCE=<name> to answer with an x-berdaya-instance header (several instances behind
 * one proxy: docs/operations.md).
 */
import cluster from 'node:cluster';
import http from 'node:http';
import os from 'node:os';
import zlib from 'node:zlib';
import compression from 'compression';

import { LARGEST_BODY_LIMIT } from '../src/lib/server/http/body-limits.js';

const workers = Math.max(1, Number(process.env.BERDAYA_WORKERS ?? os.availableParallelism()));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

if (cluster.isPrimary && workers > 1) {
	// On SQLite the workers write to one file: they take turns through this process, in order
	// (src/lib/server/db/write-queue.ts, decision 019). PostgreSQL needs no turns.
	const sqlite = !/^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? '');
	if (sqlite) serveWriteTurns();
	for (let i = 0; i < workers; i++) cluster.fork(sqlite ? { BERDAYA_WRITE_LOCK: 'cluster' } : {});
	let announced = false;
	cluster.on('listening', () => {
		if (!announced) console.log(`Berdaya is listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port} (${workers} workers)`);
		announced = true;
	});
	// A worker that dies is replaced, so one bad request cannot take the service down.
	cluster.on('exit', (worker, code, signal) => {
		if (signal !== 'SIGTERM' && code !== 0) {
			console.error(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
			cluster.fork(sqlite ? { BERDAYA_WRITE_LOCK: 'cluster' } : {});
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
	const instance = process.env.BERDAYA_INSTANCE;
	// A path in a variable keeps the type checker out of the generated bundle.
	const handlerModule = '../build/handler.js';
	/** @type {{ handler: (req: http.IncomingMessage, res: http.ServerResponse) => void }} */
	const { handler } = await import(handlerModule);
	// Text responses are compressed here, so a program on one laptop without a proxy still sends
	// small pages over costly data: a 6 KB lesson is about 2.4 KB gzipped. Brotli at quality 4
	// compresses better than gzip at a similar CPU cost; its default (11) costs milliseconds a
	// page. Images are already compressed and are left alone (compressible types only).
	const compress = compression({
		threshold: 512,
		level: 6,
		brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }
	});
	const server = http.createServer((request, response) => {
		if (!behindProxy) request.headers['x-forwarded-proto'] = 'http';
		if (instance) response.setHeader('x-berdaya-instance', instance);
		// compression's types are Express's; a plain Node request and response are all it uses.
		compress(/** @type {any} */ (request), /** @type {any} */ (response), () => handler(request, response));
	});
	server.listen(port, host, () => {
		if (workers === 1) console.log(`Berdaya is listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
	});
	for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}

/**
 * The write turn of the whole server: one worker at a time, first asked first served. A worker
 * that exits gives up its turn and its place in the line. The messages are those of
 * src/lib/server/db/write-queue.ts (LOCK_MESSAGE).
 */
function serveWriteTurns() {
	/** @type {{ worker: import('node:cluster').Worker, id: string }[]} */
	const line = [];
	let holder = /** @type {{ worker: import('node:cluster').Worker, id: string } | null} */ (null);
	const grantNext = () => {
		holder = line.shift() ?? null;
		if (holder && holder.worker.isConnected()) holder.worker.send({ type: 'berdaya:write-lock:granted', id: holder.id });
		else if (holder) grantNext();
	};
	cluster.on('message', (worker, message) => {
		if (message?.type === 'berdaya:write-lock:acquire') {
			line.push({ worker, id: message.id });
			if (!holder) grantNext();
		} else if (message?.type === 'berdaya:write-lock:release' && holder?.worker === worker && holder.id === message.id) {
			grantNext();
		}
	});
	cluster.on('exit', (worker) => {
		for (let i = line.length - 1; i >= 0; i--) if (line[i].worker === worker) line.splice(i, 1);
		if (holder?.worker === worker) grantNext();
	});
}
