import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import { loadPlacementLibrary } from '#lib/server/library/content-placement';
import { importPlacement } from '#lib/server/library/placement-import';
import * as placement from '#lib/server/learning/placement';
import { nextPlacementStep, type PlacementOutcome, type PlacementTest, type PlacementTestItem } from '#lib/server/learning/placement-rules';
import type { LiteracyLevel } from '#lib/content/types';

function item(id: string, level: LiteracyLevel): PlacementTestItem {
	return {
		id,
		level,
		type: 'single',
		promptHtml: id,
		bodyHtml: '',
		options: [
			{ id: `${id}-ya`, text: 'Ya', html: 'Ya', correct: true },
			{ id: `${id}-tidak`, text: 'Tidak', html: 'Tidak', correct: false }
		]
	};
}

/** Reading: 4 items per level, 3 must be right; digital: 2 per level, 1 must be right. */
const TEST: PlacementTest = {
	title: 'Tes',
	summary: 'Tes.',
	parts: [
		{
			slug: 'membaca',
			title: 'Membaca',
			introHtml: '<p>Baca.</p>',
			measures: 'reading',
			cutScores: { dasar: 3, menengah: 3, lanjut: 3 },
			items: (['dasar', 'menengah', 'lanjut'] as const).flatMap((level) => [1, 2, 3, 4].map((n) => item(`b-${level}-${n}`, level)))
		},
		{
			slug: 'digital',
			title: 'HP',
			introHtml: '',
			measures: 'digital',
			cutScores: { dasar: 1, menengah: 1, lanjut: 1 },
			items: (['dasar', 'menengah', 'lanjut'] as const).flatMap((level) => [1, 2].map((n) => item(`d-${level}-${n}`, level)))
		}
	]
};

/** Answers the test with `answer(item)` until it ends; returns the items asked, in order. */
function run(answer: (item: PlacementTestItem) => PlacementOutcome) {
	const responses = new Map<string, PlacementOutcome>();
	const asked: string[] = [];
	const totals: number[] = [];
	for (;;) {
		const step = nextPlacementStep(TEST, responses);
		if (step.kind === 'done') return { asked, totals, levels: step.levels };
		expect(step.position).toBe(asked.length + 1);
		asked.push(step.item.id);
		totals.push(step.total);
		responses.set(step.item.id, answer(step.item));
	}
}

describe('placement rules: cut-scores and early stop', () => {
	it('reaches a level at its cut-score and skips the rest of that level', () => {
		const result = run(() => 'correct');
		expect(result.levels).toEqual({ membaca: 'lanjut', digital: 'lanjut' });
		// Three right per reading level, one per digital level: 9 + 3 of 18 items.
		expect(result.asked).toEqual([
			...['dasar', 'menengah', 'lanjut'].flatMap((level) => [1, 2, 3].map((n) => `b-${level}-${n}`)),
			'd-dasar-1',
			'd-menengah-1',
			'd-lanjut-1'
		]);
		// The most items still possible only ever shrinks; on the last item the second digital
		// lanjut item is still possible (if the first were wrong).
		expect(result.totals[0]).toBe(18);
		expect(result.totals.every((total, index) => index === 0 || total <= result.totals[index - 1])).toBe(true);
		expect(result.totals.at(-1)).toBe(13);
	});

	it('stops a level as soon as its cut-score is out of reach, and places at the level below', () => {
		const result = run((asked) => (asked.level === 'lanjut' ? 'wrong' : 'correct'));
		expect(result.levels.membaca).toBe('menengah');
		// Two wrong of four with a cut of three: the third and fourth lanjut items are never shown.
		expect(result.asked.filter((id) => id.startsWith('b-lanjut'))).toEqual(['b-lanjut-1', 'b-lanjut-2']);
	});

	it('counts a skip as not reached: the level ends at once, while a wrong answer lets it go on', () => {
		const skipped = run((asked) => (asked.id === 'b-menengah-1' ? 'skipped' : 'correct'));
		expect(skipped.levels.membaca).toBe('dasar');
		expect(skipped.asked.filter((id) => id.startsWith('b-menengah'))).toEqual(['b-menengah-1']);
		const wrong = run((asked) => (asked.id === 'b-menengah-1' ? 'wrong' : 'correct'));
		expect(wrong.levels.membaca).toBe('lanjut');
	});

	it('places at dasar when even dasar is not reached, and the reading result never sets digital literacy', () => {
		const result = run((asked) => (asked.id.startsWith('b-') ? 'skipped' : 'correct'));
		expect(result.levels).toEqual({ membaca: 'dasar', digital: 'lanjut' });
		expect(result.asked.filter((id) => id.startsWith('b-'))).toEqual(['b-dasar-1']);
	});
});

async function participant() {
	const tag = randomBytes(4).toString('hex');
	return db.user.create({
		data: { role: 'participant', name: `Peserta ${tag}`, phone: `+62813${tag}`, secretHash: 'x' },
		select: { id: true }
	});
}

async function publishedTest(): Promise<PlacementTest> {
	const version = await db.placementVersion.findFirstOrThrow({ where: { publishedOf: { isNot: null } }, select: { testJson: true } });
	return JSON.parse(version.testJson) as PlacementTest;
}

async function answerCurrent(userId: string, choose: (item: PlacementTestItem) => 'right' | 'wrong' | 'skip') {
	const current = await placement.readCurrentItem(userId);
	if (current.state !== 'item') throw new Error('no item');
	const stored = (await publishedTest()).parts.flatMap((part) => part.items).find((candidate) => candidate.id === current.item.id)!;
	const choice = choose(stored);
	const optionId = choice === 'skip' ? null : stored.options.find((option) => option.correct === (choice === 'right'))!.id;
	return placement.answerPlacementItem(userId, {
		attemptId: current.attemptId,
		itemId: current.item.id,
		optionId,
		skip: choice === 'skip'
	});
}

describe('placement in the database (shipped content/placement)', () => {
	beforeAll(async () => {
		const load = await loadPlacementLibrary('content/placement');
		expect(load.errors).toEqual([]);
		expect(await db.$transaction((tx) => importPlacement(tx, load.placement))).toEqual({ status: 'created', publishedVersion: 1 });
	});

	it('imports an unchanged folder as no new version', async () => {
		const load = await loadPlacementLibrary('content/placement');
		expect(await db.$transaction((tx) => importPlacement(tx, load.placement))).toEqual({ status: 'unchanged', publishedVersion: 1 });
		expect(await db.placementVersion.count()).toBe(1);
		expect(await db.placementMedia.count({ where: { path: 'gambar/kaus.svg' } })).toBe(1);
	});

	it('places at menengah, keeps the change with reason placement, and sets digital literacy apart', async () => {
		const { id } = await participant();
		expect(await placement.readCurrentItem(id)).toEqual({ state: 'none' });
		await placement.startPlacement(id);
		const first = await placement.readCurrentItem(id);
		expect(first).toMatchObject({ state: 'item', position: 1, total: 21, partNumber: 1, partCount: 2, measures: 'reading' });
		let result;
		do {
			result = await answerCurrent(id, (item) => (item.level === 'lanjut' && item.id.length > 0 ? 'skip' : 'right'));
			expect(result.ok).toBe(true);
		} while (result.ok && !result.finished);
		const user = await db.user.findUniqueOrThrow({ where: { id }, select: { literacyLevel: true, levelSetAt: true, digitalLevel: true } });
		expect(user).toMatchObject({ literacyLevel: 'menengah', digitalLevel: 'menengah' });
		expect(user.levelSetAt).not.toBeNull();
		const changes = await db.levelChange.findMany({
			where: { userId: id },
			select: { fromLevel: true, toLevel: true, reason: true, changedById: true }
		});
		expect(changes).toEqual([{ fromLevel: null, toLevel: 'menengah', reason: 'placement', changedById: id }]);
		// 3 + 3 reading items reached, one lanjut skipped; 2 + 2 digital, one skipped.
		expect(await db.placementAnswer.count({ where: { attempt: { userId: id } } })).toBe(7 + 5);
		expect(await placement.readPlacementResult(id)).toMatchObject({ readingLevel: 'menengah', digitalLevel: 'menengah', phoneTips: false });
	});

	it('counts a replayed answer once and refuses an option not in the item, storing nothing', async () => {
		const { id } = await participant();
		const attemptId = (await placement.startPlacement(id))!;
		const current = await placement.readCurrentItem(id);
		if (current.state !== 'item') throw new Error('no item');
		const post = { attemptId, itemId: current.item.id, optionId: current.item.options[0].id, skip: false };
		expect(await placement.answerPlacementItem(id, post)).toEqual({ ok: true, finished: false });
		expect(await placement.answerPlacementItem(id, post)).toEqual({ ok: true, finished: false });
		expect(await db.placementAnswer.count({ where: { attemptId } })).toBe(1);

		const next = await placement.readCurrentItem(id);
		if (next.state !== 'item') throw new Error('no item');
		expect(await placement.answerPlacementItem(id, { ...post, itemId: next.item.id, optionId: 'o-bukan-pilihan' })).toEqual({
			ok: false,
			reason: 'unknown-option'
		});
		expect(await placement.answerPlacementItem(id, { ...post, itemId: 'soal-lain' })).toEqual({ ok: false, reason: 'unknown-item' });
		const other = await participant();
		expect(await placement.answerPlacementItem(other.id, { ...post, itemId: next.item.id, skip: true })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await db.placementAnswer.count({ where: { attemptId } })).toBe(1);
	});

	it('shows options in an order fixed per attempt and item, with no answers in it', async () => {
		const { id } = await participant();
		await placement.startPlacement(id);
		const once = await placement.readCurrentItem(id);
		const again = await placement.readCurrentItem(id);
		expect(again).toEqual(once);
		expect(JSON.stringify(once)).not.toContain('correct');
	});
});
