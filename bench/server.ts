/**
 * Starting and stopping the app for a benchmark: what `npm start` does (scripts/setup.ts, then
 * scripts/serve.js on plain Node) on a fresh SQLite database, on a free loopback port.
 */
import fs from 'node:fs';
import net from 'node:net';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export const HOST = '127.0.0.1';
const READY_LINE = 'Berdaya is listening on';
/** A first start runs `vite build`, which takes a while on two cores. */
const READY_TIMEOUT_MS = 300_000;
const STOP_TIMEOUT_MS = 5_000;

/** Ask the kernel for a free port; the tiny race until the server binds it is acceptable here. */
export async function freePort(): Promise<number> {
	const probe = net.createServer();
	probe.listen(0, HOST);
	await once(probe, 'listening');
	const { port } = probe.address() as net.AddressInfo;
	probe.close();
	await once(probe, 'close');
	return port;
}

/**
 * scripts/setup.ts (build if asked, migrate, import, seed) on a fresh database file, then
 * `beforeServe` (extra seeding from this process), then scripts/serve.js as the one process to
 * signal at the end. Sets process.env.DATABASE_URL so this process's Prisma client sees the same file.
 */
export async function startServer(options: {
	port: number;
	databaseFile: string;
	build?: boolean;
	env?: Record<string, string>;
	beforeServe?: () => Promise<void>;
}): Promise<ChildProcess> {
	const { port, databaseFile } = options;
	for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(databaseFile + suffix, { force: true });
	console.log(`Starting the server on ${HOST}:${port} with ${databaseFile}${options.build ? ' (fresh build)' : ''}…`);
	const env = { ...process.env, DATABASE_URL: `file:./${databaseFile}`, PORT: String(port), HOST, BERDAYA_DEMO: '1', ...options.env };
	execFileSync(process.execPath, ['--import', 'tsx', 'scripts/setup.ts', ...(options.build ? ['--build'] : [])], {
		env,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	process.env.DATABASE_URL = env.DATABASE_URL;
	await options.beforeServe?.();
	return serveBuild(env);
}

/**
 * scripts/serve.js on plain Node with this environment, once it says it is listening; its
 * output is kept for the failure message. The one process to signal at the end.
 */
export async function serveBuild(env: NodeJS.ProcessEnv, timeoutMs = READY_TIMEOUT_MS): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['scripts/serve.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	// Keep the output for a failure message, and drain both pipes so the server never blocks on them.
	let output = '';
	const collect = (chunk: Buffer) => {
		output = (output + chunk.toString()).slice(-8_000);
	};
	child.stderr!.on('data', collect);
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => fail(`the server was not ready after ${timeoutMs / 1000} s`), timeoutMs);
		function fail(reason: string) {
			clearTimeout(timer);
			child.kill('SIGKILL');
			reject(new Error(`${reason}. Server output:\n${output}`));
		}
		child.once('exit', (code, signal) => fail(`the server exited before it was ready (${signal ?? `code ${code}`})`));
		child.stdout!.on('data', (chunk: Buffer) => {
			collect(chunk);
			if (output.includes(READY_LINE)) {
				clearTimeout(timer);
				child.removeAllListeners('exit');
				resolve();
			}
		});
	});
	return child;
}

/** SIGTERM lets serve.js close its listener(s); SIGKILL if it does not go within a few seconds. */
export async function stopServer(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = once(child, 'exit');
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
	await exited;
	clearTimeout(timer);
}

/**
 * User + system CPU seconds of these processes and everything they started (the cluster's
 * workers), from /proc; a process that has ended counts 0.
 */
export function cpuSeconds(pids: number[]): number {
	let ticks = 0;
	const seen = new Set<number>();
	const visit = (pid: number) => {
		if (seen.has(pid)) return;
		seen.add(pid);
		try {
			// Fields 14 and 15 (utime, stime) follow the command name, which may contain spaces.
			const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			ticks += Number(fields[11]) + Number(fields[12]);
			for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
				const children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
				if (children) for (const child of children.split(/\s+/)) visit(Number(child));
			}
		} catch {
			// the process ended
		}
	};
	for (const pid of pids) visit(pid);
	return ticks / 100;
}
