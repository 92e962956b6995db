/**
 * Markdown parsing off the request thread, with a time budget (issue 13). A trainer's text can
 * take the parser seconds or minutes; on the request thread that would stop the server for
 * everyone. Here each parse runs in a kept worker thread; one that runs over its budget is
 * terminated (a busy thread stops at once) and replaced, and the trainer gets a located error,
 * `source.too-slow`, in the parser's own result shape. Shapes known to be slow are refused
 * earlier by the parser itself (src/lib/content/source-limits.ts), so the CLI refuses them too.
 *
 * One thread per process: the app runs one process per core (scripts/serve.js), and parsing is
 * rare (preview, publish, import). Parses queue behind each other; the budget counts only a
 * parse's own running time.
 */
import { Worker } from 'node:worker_threads';
import type { ParseModuleOptions } from '#lib/content/parse';
import type { ParseResult } from '#lib/content/types';
import { contentError } from '#lib/content/messages';
import { likeliestSlowLine } from '#lib/content/source-limits';
import type { ParseRequest } from '#lib/server/library/parse-worker-thread';

/** Far above a real module's parse (a 1 MB module takes about a second on a slow core). */
export const PARSE_BUDGET_MS = 10_000;

type Reply = { id: number; ok: true; result: ParseResult } | { id: number; ok: false; message: string };
type Task = {
	request: ParseRequest;
	budgetMs: number;
	resolve: (result: ParseResult) => void;
	reject: (error: Error) => void;
	timer?: NodeJS.Timeout;
	worker?: Worker;
};

let thread: { worker: Worker; ready: Promise<void> } | null = null;
let running: Task | null = null;
const queue: Task[] = [];
let nextId = 1;

async function startThread(): Promise<{ worker: Worker; ready: Promise<void> }> {
	const { PARSE_THREAD_URL } = await import('#lib/server/library/parse-worker-thread');
	const options = {
		workerData: { berdayaParseThread: true },
		// A parse may use memory, not the whole server's.
		resourceLimits: { maxOldGenerationSizeMb: 512, stackSizeMb: 8 }
	};
	// From the source tree (tests, tsx, vite dev) the thread is TypeScript: load it through tsx.
	const worker = PARSE_THREAD_URL.endsWith('.ts')
		? new Worker(
				`import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(PARSE_THREAD_URL)}, ${JSON.stringify(PARSE_THREAD_URL)}))`,
				{ ...options, eval: true }
			)
		: new Worker(new URL(PARSE_THREAD_URL), options);
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
	worker.on('message', (reply: Reply | { ready: true }) => {
		if (!('id' in reply) || !running || running.request.id !== reply.id) return;
		const task = running;
		clearTimeout(task.timer);
		running = null;
		if (reply.ok) task.resolve(reply.result);
		else task.reject(new Error(`module parse failed: ${reply.message}`));
		runNext();
	});
	worker.on('error', (error: Error) => failRunning(worker, error));
	worker.on('exit', () => {
		if (thread?.worker === worker) thread = null;
		failRunning(worker, new Error('the parse thread stopped'));
	});
	return { worker, ready };
}

/** The task running on this worker fails (a crash, an exit; not a timeout, which resolves). */
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
			const seconds = Math.max(1, Math.round(task.budgetMs / 1000));
			const tooSlow = contentError('source.too-slow', { line: likeliestSlowLine(task.request.source), column: 1 }, { seconds });
			const file = task.request.options.fileName;
			task.resolve({ ok: false, errors: [file ? { ...tooSlow, file } : tooSlow], warnings: [] });
			runNext();
		}, task.budgetMs);
		worker.postMessage(task.request);
	})();
}

/**
 * parseModule's result, computed in the parse thread; a parse over the budget gives
 * `{ ok: false, errors: [source.too-slow at the likeliest line] }`.
 */
export function parseModuleOffThread(
	source: string,
	options: ParseModuleOptions = {},
	{ budgetMs = PARSE_BUDGET_MS }: { budgetMs?: number } = {}
): Promise<ParseResult> {
	return new Promise<ParseResult>((resolve, reject) => {
		queue.push({ request: { id: nextId++, source, options }, budgetMs, resolve, reject });
		runNext();
	});
}

/** A result that ran out of time (for callers that want to say more than the error does). */
export function ranOutOfTime(result: ParseResult): boolean {
	return !result.ok && result.errors.some((error) => error.code === 'source.too-slow');
}
