/**
 * The body of a Markdown parsing thread (parse-worker.ts starts it). On the main thread this
 * module only tells where it lives: its URL is the file the thread runs, in the source tree
 * (vitest, tsx, vite dev) and in build/ alike, where it becomes its own chunk because
 * parse-worker.ts imports it dynamically.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parseModule, type ParseModuleOptions } from '#lib/content/parse';

export const PARSE_THREAD_URL = import.meta.url;

export type ParseRequest = { id: number; source: string; options: ParseModuleOptions };

if (!isMainThread && parentPort && (workerData as { berdayaParseThread?: boolean } | null)?.berdayaParseThread) {
	const port = parentPort;
	port.on('message', ({ id, source, options }: ParseRequest) => {
		try {
			port.postMessage({ id, ok: true, result: parseModule(source, options) });
		} catch (error) {
			port.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
		}
	});
	port.postMessage({ ready: true });
}
