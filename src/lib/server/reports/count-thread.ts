/**
 * The body of the report counting thread (count-worker.ts starts it). On SQLite a program's
 * report at size L is about a second of synchronous statements; here they run on the thread's
 * own database client, so the request thread keeps serving everyone else. On the main thread
 * this module only tells where it lives (its own chunk in build/, like
 * library/parse-worker-thread.ts).
 */
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readProgressCounts, type CountOptions, type CountScope } from '#lib/server/reports/progress-report';
import { countNeeds, type NeedsGrouping } from '#lib/server/reports/needs';
import { countOutcomes } from '#lib/server/reports/outcomes';

export const COUNT_THREAD_URL = import.meta.url;

export type CountJob =
	| { kind: 'progress'; scope: CountScope; options: CountOptions }
	| { kind: 'needs'; programId: string; by: NeedsGrouping }
	| { kind: 'outcomes'; programId: string };
export type CountRequest = { id: number; job: CountJob };

function countsOf(job: CountJob): Promise<unknown> {
	if (job.kind === 'progress') return readProgressCounts(job.scope, job.options);
	if (job.kind === 'needs') return countNeeds(job.programId, job.by);
	return countOutcomes(job.programId);
}

/** The counts of one job, wherever it runs (the thread, or the process on PostgreSQL), and how long counting took. */
export async function runCountJob(job: CountJob): Promise<{ counts: unknown; tookMs: number }> {
	const started = performance.now();
	const counts = await countsOf(job);
	return { counts, tookMs: performance.now() - started };
}

if (!isMainThread && parentPort && (workerData as { berdayaCountThread?: boolean } | null)?.berdayaCountThread) {
	const port = parentPort;
	port.on('message', async ({ id, job }: CountRequest) => {
		try {
			port.postMessage({ id, ok: true, ...(await runCountJob(job)) });
		} catch (error) {
			port.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
		}
	});
	port.postMessage({ ready: true });
}
