/**
 * One writer at a time for a SQLite file, in arrival order, without blocking anyone's event loop
 * (decision 019).
 *
 * SQLite lets one connection write at a time. Left to itself, a second writer (another worker
 * process) waits in SQLite's busy handler, which sleeps inside the synchronous call: the whole
 * process, every request it holds, stops until the lock frees, and retries at growing intervals
 * up to 100 ms. Under a class submitting quizzes together that made p99 over a second.
 *
 * Here a writer first queues for its turn, asynchronously: in this process (a FIFO), and across
 * the worker processes of one server through the cluster primary (scripts/serve.js grants the
 * turn to one worker at a time, in order). Only then does it take SQLite's write lock, which is
 * then free unless a process outside the server (a CLI import, a backup) holds it; that case is
 * retried with short asynchronous pauses, never a sleeping busy handler.
 */
import { randomUUID } from 'node:crypto';

/** How long a writer may wait for its turn before giving up (then a 503 "try again"). */
export const WRITE_WAIT_MS = 15_000;

export class WriteTimeoutError extends Error {
	constructor() {
		super(`waited more than ${WRITE_WAIT_MS / 1000} s for the database write lock`);
		this.name = 'WriteTimeoutError';
	}
}

/** A FIFO mutex: acquire() resolves in call order; the returned function releases it. */
export class WriteQueue {
	#held = false;
	#waiting: (() => void)[] = [];

	get pending(): number {
		return this.#waiting.length;
	}

	async acquire(): Promise<() => void> {
		if (this.#held) await new Promise<void>((resolve) => this.#waiting.push(resolve));
		this.#held = true;
		let released = false;
		return () => {
			if (released) return;
			released = true;
			const next = this.#waiting.shift();
			if (next) next();
			else this.#held = false;
		};
	}
}

/** Messages between a worker and the cluster primary's lock (scripts/serve.js speaks the same). */
export const LOCK_MESSAGE = {
	acquire: 'berdaya:write-lock:acquire',
	granted: 'berdaya:write-lock:granted',
	release: 'berdaya:write-lock:release'
};

type LockMessage = { type: string; id: string };

function isLockMessage(value: unknown): value is LockMessage {
	return typeof value === 'object' && value !== null && typeof (value as LockMessage).type === 'string';
}

/**
 * The turn among the worker processes of this server, when scripts/serve.js runs several and
 * offers its lock (BERDAYA_WRITE_LOCK=cluster); null in a single process (tests, scripts, one
 * worker), where the in-process queue is the whole story.
 */
function clusterTurn(): (() => Promise<() => void>) | null {
	if (process.env.BERDAYA_WRITE_LOCK !== 'cluster' || typeof process.send !== 'function') return null;
	const granted = new Map<string, () => void>();
	process.on('message', (message: unknown) => {
		if (isLockMessage(message) && message.type === LOCK_MESSAGE.granted) granted.get(message.id)?.();
	});
	return async () => {
		const id = randomUUID();
		await new Promise<void>((resolve) => {
			granted.set(id, resolve);
			process.send!({ type: LOCK_MESSAGE.acquire, id });
		});
		granted.delete(id);
		return () => process.send!({ type: LOCK_MESSAGE.release, id });
	};
}

/** The turn among this server's processes: a function to ask for it, or null in a single process. */
export function createClusterTurns(): (() => Promise<() => void>) | null {
	return clusterTurn();
}
