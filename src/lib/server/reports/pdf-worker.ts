/**
 * Report PDFs off the request thread with a time budget (issue 12: PDFs never block the
 * server). pdf-lib is synchronous JavaScript: a 20-page evidence pack with photos would hold
 * the event loop for everyone. Each PDF runs in a kept worker thread, one per process (the app
 * runs a process per core); PDFs queue behind each other. One over its budget is stopped (the
 * thread is terminated and replaced) and the caller gets an error to show as "try again".
 */
import { Worker } from 'node:worker_threads';
import type { ReportDocument } from '#lib/server/reports/pdf-document';
import type { PdfRequest } from '#lib/server/reports/pdf-worker-thread';

/** Far above a real report (a summary takes milliseconds; a pack with photos well under a second). */
export const PDF_BUDGET_MS = 15_000;

type Reply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };
type Task = {
	request: PdfRequest;
	budgetMs: number;
	resolve: (bytes: Uint8Array) => void;
	reject: (error: Error) => void;
	timer?: NodeJS.Timeout;
	worker?: Worker;
};

let thread: { worker: Worker; ready: Promise<void> } | null = null;
let running: Task | null = null;
const queue: Task[] = [];
let nextId = 1;

async function startThread() {
	const { PDF_THREAD_URL } = await import('#lib/server/reports/pdf-worker-thread');
	const options = { workerData: { berdayaPdfThread: true }, resourceLimits: { maxOldGenerationSizeMb: 512 } };
	// From the source tree (tests, tsx, vite dev) the thread is TypeScript: load it through tsx.
	const worker = PDF_THREAD_URL.endsWith('.ts')
		? new Worker(
				`import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(PDF_THREAD_URL)}, ${JSON.stringify(PDF_THREAD_URL)}))`,
				{ ...options, eval: true }
			)
		: new Worker(new URL(PDF_THREAD_URL), options);
	worker.unref();
	const ready = new Promise<void>((resolve, reject) => {
		const onMessage = (message: { ready?: boolean }) => {
			if (!message.ready) return;
			worker.off('message', onMessage);
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
		if (reply.ok) task.resolve(new Uint8Array(reply.bytes));
		else task.reject(new Error(`report PDF failed: ${reply.message}`));
		runNext();
	});
	const fail = (error: Error) => {
		if (thread?.worker === worker) thread = null;
		// Only the task this worker was running fails (a worker stopped for its budget exits later).
		if (!running || running.worker !== worker) return;
		const task = running;
		clearTimeout(task.timer);
		running = null;
		task.reject(error);
		runNext();
	};
	worker.on('error', fail);
	worker.on('exit', () => fail(new Error('the PDF thread stopped')));
	return { worker, ready };
}

function runNext() {
	if (running || queue.length === 0) return;
	const task = queue.shift()!;
	running = task;
	void (async () => {
		try {
			thread ??= await startThread();
			await thread.ready;
		} catch (error) {
			thread = null;
			running = null;
			task.reject(error instanceof Error ? error : new Error(String(error)));
			runNext();
			return;
		}
		const worker = thread.worker;
		task.worker = worker;
		task.timer = setTimeout(() => {
			if (running !== task) return;
			running = null;
			thread = null;
			void worker.terminate();
			task.reject(new Error(`report PDF ran over its budget of ${task.budgetMs} ms`));
			runNext();
		}, task.budgetMs);
		worker.postMessage(task.request);
	})();
}

/** The document as PDF bytes, rendered in the PDF thread. Rejects on failure or over budget. */
export function renderPdfOffThread(
	document: ReportDocument,
	{ budgetMs = PDF_BUDGET_MS }: { budgetMs?: number } = {}
): Promise<Uint8Array> {
	return new Promise((resolve, reject) => {
		queue.push({ request: { id: nextId++, document }, budgetMs, resolve, reject });
		runNext();
	});
}
