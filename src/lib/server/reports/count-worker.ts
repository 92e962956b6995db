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
import type { Counted } from '#lib/server/reports/report-cache';

/** Far above a real report (a program of 10,000 participants takes about a second). */
export const COUNT_BUDGET_MS = 30_000;

type Reply = { counts: unknown; tookMs: number };

const countInThread = keptThread<CountRequest, { id: number; ok: true } & Reply, Reply>({
	threadUrl: async () => (await import('#lib/server/reports/count-thread')).COUNT_THREAD_URL,
	workerData: { berdayaCountThread: true },
	resourceLimits: { maxOldGenerationSizeMb: 512 },
	fromReply: (reply) => ({ counts: reply.counts, tookMs: reply.tookMs }),
	failedMessage: 'report counting failed',
	stoppedMessage: 'the report counting thread stopped',
	overBudget: (_request, budgetMs) => ({ error: new Error(`report counting ran over its budget of ${budgetMs} ms`) })
});

async function runOffThread(job: CountJob): Promise<Reply> {
	if (databaseKind(databaseUrl()) === 'postgres') return (await import('#lib/server/reports/count-thread')).runCountJob(job);
	return countInThread({ job }, COUNT_BUDGET_MS);
}

async function counted<Value>(job: CountJob): Promise<Counted<Value>> {
	const { counts, tookMs } = await runOffThread(job);
	return { value: counts as Value, tookMs };
}

export function countProgressOffThread(scope: CountScope, options: CountOptions): Promise<Counted<ProgressCounts>> {
	const plain = { programId: scope.programId, cohortId: scope.cohortId, place: { ...scope.place } };
	return counted({ kind: 'progress', scope: plain, options: { courseId: options.courseId ?? null, split: options.split ?? null } });
}

export function countNeedsOffThread(programId: string, by: NeedsGrouping): Promise<Counted<NeedsCounts>> {
	return counted({ kind: 'needs', programId, by });
}

export function countOutcomesOffThread(programId: string): Promise<Counted<OutcomeCounts>> {
	return counted({ kind: 'outcomes', programId });
}
