/**
 * A class taking quizzes over and over until told to stop, for the fault tests: every
 * participant takes the quiz, then again with a fresh form, and so on. Keeps every run and
 * every reply, so a test can check what was acknowledged against what the database holds.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { disconnectDb } from '../../src/lib/server/db/client';
import { takeQuiz, type Participant, type QuizRun, type ReplySeen } from '../../bench/class';

/** Point this process's Prisma client at another database (the next query connects to it). */
export async function useDatabase(url: string): Promise<void> {
	await disconnectDb();
	process.env.DATABASE_URL = url;
}

export type Load = {
	runs: QuizRun[];
	replies: (ReplySeen & { at: number })[];
	/** Resolves once at least this many attempts are acknowledged; rejects after a minute. */
	acknowledged: (count: number) => Promise<void>;
	/** No participant starts another quiz; resolves when every one in progress has ended. */
	stop: () => Promise<void>;
	/** Resolves when every participant has taken the quiz `maxRounds` times (or given up). */
	finished: () => Promise<void>;
};

export function startLoad(
	origin: string,
	participants: Participant[],
	options: { retries: number; pauseMs?: number; maxRounds?: number }
): Load {
	const agent = new http.Agent({ keepAlive: true, maxSockets: participants.length });
	const runs: QuizRun[] = [];
	const replies: Load['replies'] = [];
	let stopping = false;
	const waiting: { count: number; resolve: () => void }[] = [];
	const acknowledgedCount = () => runs.filter((run) => run.attemptId).length;

	const loops = participants.map(async (participant) => {
		for (let round = 0; !stopping && round < (options.maxRounds ?? Infinity); round++) {
			const run = await takeQuiz(agent, origin, participant, {
				retries: options.retries,
				pauseMs: options.pauseMs,
				onReply: (seen) => replies.push({ ...seen, at: performance.now() })
			});
			runs.push(run);
			for (const waiter of waiting.filter((entry) => acknowledgedCount() >= entry.count)) {
				waiting.splice(waiting.indexOf(waiter), 1);
				waiter.resolve();
			}
			// A participant whose server is gone for good stops trying.
			if (run.error && options.retries === 0) break;
		}
	});
	const all = Promise.all(loops).finally(() => agent.destroy());

	return {
		runs,
		replies,
		acknowledged: (count) =>
			acknowledgedCount() >= count
				? Promise.resolve()
				: new Promise((resolve, reject) => {
						const timer = setTimeout(
							() => reject(new Error(`only ${acknowledgedCount()} of ${count} attempts acknowledged after 60 s`)),
							60_000
						);
						waiting.push({
							count,
							resolve: () => {
								clearTimeout(timer);
								resolve();
							}
						});
					}),
		stop: async () => {
			stopping = true;
			await all;
		},
		finished: async () => {
			await all;
		}
	};
}
