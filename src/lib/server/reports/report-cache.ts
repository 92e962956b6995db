/**
 * Report counts, kept a while when counting them is expensive (decision 026).
 *
 * A program's progress report at size L (7,500 participants of a course, half a million
 * progress and attempt rows) takes about a second to count however the SQL is written; a
 * cohort's takes a few milliseconds. So counts whose counting ran at least KEEP_WHEN_SLOWER_MS
 * (its own time: not a wait for the counting thread to start or for the job before it) are kept
 * per key (the scope and choices they were counted for): for FRESH_MS they are served as they
 * are; after that the next view is still served the kept counts while they are counted again
 * behind it (one count per key at a time); after MAX_AGE_MS a view waits for a new count. The
 * page says when kept counts were made. Cheap counts are never kept: a trainer watching a class
 * sees every answer at once.
 *
 * Kept counts live in this process only (each instance keeps its own; nothing another instance
 * needs), at most maxEntries keys, the least recently viewed dropped first. kept-reports.ts
 * holds the process's stores.
 */
import { log } from '#lib/server/log';

export const KEEP_WHEN_SLOWER_MS = 100;
export const FRESH_MS = 5 * 60_000;
export const MAX_AGE_MS = 60 * 60_000;

export interface KeptRead<Value> {
	value: Value;
	/** When the counts were made if they are kept ones; null when counted live for this view. */
	countedAt: Date | null;
}

export interface Counted<Value> {
	value: Value;
	tookMs: number;
}

export interface KeptCountsOptions<Args, Value> {
	/** What the counts depend on, as a string (never who is looking). */
	keyOf: (args: Args) => string;
	/** Counts, and how long the counting itself ran (not a wait for the thread or its queue). */
	count: (args: Args) => Promise<Counted<Value>>;
	maxEntries: number;
	now?: () => number;
	keepWhenSlowerMs?: number;
	freshMs?: number;
	maxAgeMs?: number;
}

/** A store of counts with the rules of the module comment. */
export function createKeptCounts<Args, Value>({
	keyOf,
	count,
	maxEntries,
	now = Date.now,
	keepWhenSlowerMs = KEEP_WHEN_SLOWER_MS,
	freshMs = FRESH_MS,
	maxAgeMs = MAX_AGE_MS
}: KeptCountsOptions<Args, Value>) {
	/** In order of last view (a Map keeps insertion order: delete and set again to move one to the end). */
	const kept = new Map<string, { value: Value; countedAt: number }>();
	const counting = new Map<string, Promise<KeptRead<Value>>>();

	function countNow(key: string, args: Args): Promise<KeptRead<Value>> {
		const running = counting.get(key);
		if (running) return running;
		const started = now();
		const promise = count(args)
			.then(({ value, tookMs }): KeptRead<Value> => {
				kept.delete(key);
				if (tookMs < keepWhenSlowerMs) return { value, countedAt: null };
				kept.set(key, { value, countedAt: started });
				while (kept.size > maxEntries) kept.delete(kept.keys().next().value!);
				return { value, countedAt: new Date(started) };
			})
			.finally(() => counting.delete(key));
		counting.set(key, promise);
		return promise;
	}

	return {
		async read(args: Args): Promise<KeptRead<Value>> {
			const key = keyOf(args);
			const entry = kept.get(key);
			const age = entry ? now() - entry.countedAt : Infinity;
			if (!entry || age >= maxAgeMs) return countNow(key, args);
			kept.delete(key);
			kept.set(key, entry);
			if (age >= freshMs)
				countNow(key, args).catch((error: unknown) =>
					log.warn({ message: error instanceof Error ? error.message : String(error) }, 'report recount failed; kept counts served')
				);
			return { value: entry.value, countedAt: new Date(entry.countedAt) };
		},
		/** How many keys are kept (for tests). */
		get size() {
			return kept.size;
		}
	};
}
