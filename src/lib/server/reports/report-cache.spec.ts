import { describe, expect, it } from 'vitest';
import { createKeptCounts } from '#lib/server/reports/report-cache';

// The rules of keeping counts, on a clock the test moves: counting "takes" as long as the test says.
function setup(tookMs: number, options: { maxEntries?: number } = {}) {
	let clock = 1_000_000;
	const counted: string[] = [];
	let fail = false;
	const gates: (() => void)[] = [];
	let gated = false;
	type Args = { programId: string; split?: string };
	const store = createKeptCounts<Args, { round: number }>({
		now: () => clock,
		maxEntries: options.maxEntries ?? 200,
		keyOf: (args) => `${args.programId}/${args.split ?? ''}`,
		count: async (args) => {
			counted.push(`${args.programId}/${args.split ?? ''}`);
			if (gated) await new Promise<void>((resolve) => gates.push(resolve));
			clock += tookMs;
			if (fail) throw new Error('database gone');
			return { value: { round: counted.length }, tookMs };
		}
	});
	const cache = { read: (args: Args, choice: { split?: string } = {}) => store.read({ ...args, ...choice }), size: () => store.size };
	return {
		cache,
		counted,
		advance: (ms: number) => (clock += ms),
		failNext: () => (fail = true),
		gate: (on: boolean) => (gated = on),
		release: () => gates.splice(0).forEach((open) => open()),
		round: (read: { value: { round: number } }) => read.value.round
	};
}
const scope = (programId = 'p1') => ({ programId });

describe('kept report counts', () => {
	it('never keeps counts that were cheap to make', async () => {
		const t = setup(20);
		expect((await t.cache.read(scope(), {})).countedAt).toBeNull();
		expect((await t.cache.read(scope(), {})).countedAt).toBeNull();
		expect(t.counted).toHaveLength(2);
		expect(t.cache.size()).toBe(0);
	});

	it('keeps expensive counts for five minutes and says when they were made', async () => {
		const t = setup(900);
		const first = await t.cache.read(scope(), {});
		expect(first.countedAt).toEqual(new Date(1_000_000));
		t.advance(4 * 60_000);
		const again = await t.cache.read(scope(), {});
		expect(t.counted).toHaveLength(1);
		expect(again.countedAt).toEqual(new Date(1_000_000));
		// Another split or program is another report.
		await t.cache.read(scope(), { split: 'level' });
		await t.cache.read(scope('p2'), {});
		expect(t.counted).toEqual(['p1/', 'p1/level', 'p2/']);
	});

	it('after five minutes serves the kept counts once more while counting again behind them', async () => {
		const t = setup(900);
		await t.cache.read(scope(), {});
		t.advance(6 * 60_000);
		t.gate(true);
		const stale = await t.cache.read(scope(), {});
		expect(t.round(stale)).toBe(1);
		// A second view during the recount starts no second count.
		await t.cache.read(scope(), {});
		expect(t.counted).toHaveLength(2);
		t.release();
		await new Promise((resolve) => setTimeout(resolve, 0));
		t.gate(false);
		const fresh = await t.cache.read(scope(), {});
		expect(t.round(fresh)).toBe(2);
		expect(t.counted).toHaveLength(2);
	});

	it('after an hour a view waits for new counts', async () => {
		const t = setup(900);
		await t.cache.read(scope(), {});
		t.advance(61 * 60_000);
		expect(t.round(await t.cache.read(scope(), {}))).toBe(2);
	});

	it('shares one count among views that arrive together', async () => {
		const t = setup(900);
		t.gate(true);
		const views = [t.cache.read(scope(), {}), t.cache.read(scope(), {}), t.cache.read(scope(), {})];
		await new Promise((resolve) => setTimeout(resolve, 0));
		t.release();
		const reads = await Promise.all(views);
		expect(t.counted).toHaveLength(1);
		expect(new Set(reads.map((read) => read.value)).size).toBe(1);
	});

	it('keeps serving the old counts when a recount fails, and passes a failure on when there is nothing kept', async () => {
		const t = setup(900);
		await t.cache.read(scope(), {});
		t.advance(6 * 60_000);
		t.failNext();
		expect(t.round(await t.cache.read(scope(), {}))).toBe(1);
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(t.round(await t.cache.read(scope(), {}))).toBe(1);
		await expect(t.cache.read(scope('p3'), {})).rejects.toThrow('database gone');
	});

	it('drops the least recently viewed scope beyond its size', async () => {
		const t = setup(900, { maxEntries: 2 });
		await t.cache.read(scope('a'), {});
		await t.cache.read(scope('b'), {});
		await t.cache.read(scope('a'), {});
		await t.cache.read(scope('c'), {});
		expect(t.cache.size()).toBe(2);
		await t.cache.read(scope('a'), {});
		expect(t.counted).toEqual(['a/', 'b/', 'c/']);
		await t.cache.read(scope('b'), {});
		expect(t.counted).toEqual(['a/', 'b/', 'c/', 'b/']);
	});
});
