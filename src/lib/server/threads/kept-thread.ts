/**
 * Heavy synchronous work off the request thread, with a time budget: one kept worker thread per
 * process (the app runs a process per core), tasks queued behind each other, the budget counting
 * only a task's own running time. A task over its budget stops the thread (a busy thread stops at
 * once) and the next task starts a new one. Used by Markdown parsing (library/parse-worker.ts)
 * and report PDFs (reports/pdf-worker.ts).
 *
 * The thread module answers `{ ready: true }` once, then `{ id, ok: true, … }` or
 * `{ id, ok: false, message }` per request. Each user imports its thread module itself (a dynamic
 * import with a literal path), so that the build gives the thread its own chunk.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

type Failure = { id: number; ok: false; message: string };

export interface KeptThreadConfig<Request extends { id: number }, Success extends { id: number; ok: true }, Result> {
	/** Where the thread module lives (its `import.meta.url`, from a dynamic import). */
	threadUrl: () => Promise<string>;
	workerData: Record<string, unknown>;
	resourceLimits: ResourceLimits;
	/** What the caller gets from a successful reply. */
	fromReply: (reply: Success) => Result;
	/** Prefix of the error a failed reply becomes, e.g. "report PDF failed". */
	failedMessage: string;
	/** The error of a task whose thread crashed or exited. */
	stoppedMessage: string;
	/** A task over its budget: a result to resolve with, or the error to reject with. */
	overBudget: (request: Request, budgetMs: number) => { result: Result } | { error: Error };
}

type Task<Request, Result> = {
	request: Request;
	budgetMs: number;
	resolve: (result: Result) => void;
	reject: (error: Error) => void;
	timer?: NodeJS.Timeout;
	worker?: Worker;
};

/** A function that runs one request in the kept thread; see the module comment. */
export function keptThread<Request extends { id: number }, Success extends { id: number; ok: true }, Result>(
	config: KeptThreadConfig<Request, Success, Result>
): (request: Omit<Request, 'id'>, budgetMs: number) => Promise<Result> {
	let thread: { worker: Worker; ready: Promise<void> } | null = null;
	let running: Task<Request, Result> | null = null;
	const queue: Task<Request, Result>[] = [];
	let nextId = 1;

	async function startThread(): Promise<{ worker: Worker; ready: Promise<void> }> {
		const url = await config.threadUrl();
		const options = { workerData: config.workerData, resourceLimits: config.resourceLimits };
		// From the source tree (tests, tsx, vite dev) the thread is TypeScript: load it through tsx.
		const worker = url.endsWith('.ts')
			? new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(url)}, ${JSON.stringify(url)}))`, {
					...options,
					eval: true
				})
			: new Worker(new URL(url), options);
		worker.unref();
		const ready = new Promise<void>((resolve, reject) => {
			const onMessage = (message: { ready?: boolean }) => {
				if (!message.ready) return;
				worker.off('message', onMessage);
				worker.off('error', reject);
				resolve();
			};
			worker.on('message', onMessage);
			worker.once('error', reject);
		});
		worker.on('message', (reply: Success | Failure | { ready: true }) => {
			if (!('id' in reply) || !running || running.request.id !== reply.id) return;
			const task = running;
			clearTimeout(task.timer);
			running = null;
			if (reply.ok) task.resolve(config.fromReply(reply));
			else task.reject(new Error(`${config.failedMessage}: ${reply.message}`));
			runNext();
		});
		worker.on('error', (error: Error) => failRunning(worker, error));
		worker.on('exit', () => {
			if (thread?.worker === worker) thread = null;
			failRunning(worker, new Error(config.stoppedMessage));
		});
		return { worker, ready };
	}

	/** The task running on this worker fails (a crash, an exit; not a timeout, settled by overBudget). */
	function failRunning(worker: Worker | undefined, error: Error) {
		if (!running || running.worker !== worker) return;
		const task = running;
		clearTimeout(task.timer);
		running = null;
		task.reject(error);
		runNext();
	}

	function runNext() {
		if (running || queue.length === 0) return;
		const task = queue.shift()!;
		running = task;
		void (async () => {
			try {
				// Only one task runs at a time, so only one thread is ever being started.
				thread ??= await startThread();
				await thread.ready;
			} catch (error) {
				thread = null;
				failRunning(undefined, error instanceof Error ? error : new Error(String(error)));
				return;
			}
			const worker = thread.worker;
			task.worker = worker;
			task.timer = setTimeout(() => {
				if (running !== task) return;
				running = null;
				thread = null;
				void worker.terminate();
				const outcome = config.overBudget(task.request, task.budgetMs);
				if ('result' in outcome) task.resolve(outcome.result);
				else task.reject(outcome.error);
				runNext();
			}, task.budgetMs);
			worker.postMessage(task.request);
		})();
	}

	return (request, budgetMs) =>
		new Promise<Result>((resolve, reject) => {
			queue.push({ request: { ...request, id: nextId++ } as Request, budgetMs, resolve, reject });
			runNext();
		});
}
