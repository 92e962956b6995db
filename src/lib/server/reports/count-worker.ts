/**
 * Report counts off the request thread (decision 026). better-sqlite3 answers synchronously, so
 * on SQLite a program report's statements (about a second at size L) would hold the event loop
 * for every participant; they run in the kept thread of threads/kept-thread.ts instead, one job
 * after another. PostgreSQL answers asynchronously: there the counts are read in the process,
 * and no second pool of connections is opened.
 */
import { keptThread } from '#lib/server/threads/kept-thread';
import { databaseKind, databaseUrl } from '#lib/server/db/url';
import type { CountOptions, CountScope, ProgressCounts } from '#lib/server/reports/progress-report';
import type { NeedsCounts, NeedsGrouping } from '#lib/server/reports/needs';
import type { OutcomeCounts } from '#lib/server/reports/outcomes';
import type { CountJob, CountRequest } from '#lib/server/reports/count-thread';

/** Far above a real report (a program of 10,000 participants takes about a second). */
export const COUNT_BUDGET_MS = 30_000;

const countInThread = keptThread<CountRequest, { id: number; ok: true; counts: unknown }, unknown>({
	threadUrl: async () => (await import('#lib/server/reports/count-thread')).COUNT_THREAD_URL,
	workerData: { berdayaCountThread: true },
	resourceLimits: { maxOldGenerationSizeMb: 512 },
	fromReply: (reply) => reply.counts,
	failedMessage: 'report counting failed',
	stoppedMessage: 'the report counting thread stopped',
	overBudget: (_request, budgetMs) => ({ error: new Error(`report counting ran over its budget of ${budgetMs} ms`) })
});

async function runOffThread(job: CountJob): Promise<unknown> {
	if (databaseKind(databaseUrl()) === 'postgres') return (await import('#lib/server/reports/count-thread')).runCountJob(job);
	return countInThread({ job }, COUNT_BUDGET_MS);
}

export async function countProgressOffThread(scope: CountScope, options: CountOptions): Promise<ProgressCounts> {
	const plain = { programId: scope.programId, cohortId: scope.cohortId, place: { ...scope.place } };
	return (await runOffThread({
		kind: 'progress',
		scope: plain,
		options: { courseId: options.courseId ?? null, split: options.split ?? null }
	})) as ProgressCounts;
}

export async function countNeedsOffThread(programId: string, by: NeedsGrouping): Promise<NeedsCounts> {
	return (await runOffThread({ kind: 'needs', programId, by })) as NeedsCounts;
}

export async function countOutcomesOffThread(programId: string): Promise<OutcomeCounts> {
	return (await runOffThread({ kind: 'outcomes', programId })) as OutcomeCounts;
}
