/**
 * Taking the placement test: one item per request, answers stored as they come, the next item
 * (or the end) decided by placement-rules from what is stored. Nothing lives in the session or
 * in process memory, so a participant can stop, come back on another day or another server
 * instance, and continue where they were.
 *
 * Answers are graded here against the stored version; the page never holds the right answer.
 */
import { isUniqueViolation } from '#lib/server/db/errors';
import { db, type DbTx } from '#lib/server/db/client';
import { shuffleBySeed } from '#lib/content/shuffle';
import type { LiteracyLevel } from '#lib/content/types';
import * as levels from '#lib/server/learning/levels';
import { levelMeasured, nextPlacementStep, type PlacementOutcome, type PlacementTest } from '#lib/server/learning/placement-rules';

const PLACEMENT_SLUG = 'placement';

async function readPublishedVersion(client: DbTx = db) {
	const placement = await client.placement.findUnique({
		where: { slug: PLACEMENT_SLUG },
		select: { publishedVersion: { select: { id: true, title: true, summary: true } } }
	});
	return placement?.publishedVersion ?? null;
}

/** True when a placement test is imported: only then are unplaced participants sent to it. */
export async function placementAvailable(): Promise<boolean> {
	return (await readPublishedVersion()) !== null;
}

const testCache = new Map<string, PlacementTest>();

/** Versions are immutable, so a parsed test can be kept by id (bounded: a handful of versions ever). */
async function testOfVersion(client: DbTx, versionId: string): Promise<PlacementTest> {
	const cached = testCache.get(versionId);
	if (cached) return cached;
	const version = await client.placementVersion.findUniqueOrThrow({ where: { id: versionId }, select: { testJson: true } });
	const test = JSON.parse(version.testJson) as PlacementTest;
	if (testCache.size > 20) testCache.clear();
	testCache.set(versionId, test);
	return test;
}

async function openAttemptOf(client: DbTx, userId: string) {
	return client.placementAttempt.findFirst({
		where: { userId, finishedAt: null },
		orderBy: { startedAt: 'desc' },
		select: { id: true, placementVersionId: true }
	});
}

async function responsesOf(client: DbTx, attemptId: string): Promise<Map<string, PlacementOutcome>> {
	const answers = await client.placementAnswer.findMany({ where: { attemptId }, select: { itemId: true, outcome: true } });
	return new Map(answers.map((answer) => [answer.itemId, answer.outcome as PlacementOutcome]));
}

/** The start page: the test's title, whether one is under way, whether one was finished. */
export async function readPlacementOverview(userId: string) {
	const version = await readPublishedVersion();
	if (!version) return null;
	const [open, finished] = await Promise.all([
		openAttemptOf(db, userId),
		db.placementAttempt.count({ where: { userId, finishedAt: { not: null } } })
	]);
	return { title: version.title, summary: version.summary, underway: open !== null, finishedBefore: finished > 0 };
}

/** Starts a sitting of the published version, or returns the one under way. Null: no test imported. */
export async function startPlacement(userId: string): Promise<string | null> {
	return db.$transaction(async (tx) => {
		const open = await openAttemptOf(tx, userId);
		if (open) return open.id;
		const version = await readPublishedVersion(tx);
		if (!version) return null;
		const created = await tx.placementAttempt.create({ data: { userId, placementVersionId: version.id }, select: { id: true } });
		return created.id;
	});
}

export type CurrentPlacementItem =
	| { state: 'none' }
	| {
			state: 'item';
			attemptId: string;
			partTitle: string;
			partNumber: number;
			partCount: number;
			measures: 'reading' | 'digital';
			introHtml: string | null;
			position: number;
			total: number;
			item: { id: string; type: string; promptHtml: string; bodyHtml: string; options: { id: string; text: string; html: string }[] };
	  };

/** The item to show now, without its answer. Options in an order fixed per attempt and item. */
export async function readCurrentItem(userId: string): Promise<CurrentPlacementItem> {
	const open = await openAttemptOf(db, userId);
	if (!open) return { state: 'none' };
	const test = await testOfVersion(db, open.placementVersionId);
	const step = nextPlacementStep(test, await responsesOf(db, open.id));
	// Cannot happen: the answer that decides the last part finishes the attempt in the same
	// transaction, and an attempt's version never changes.
	if (step.kind === 'done') return { state: 'none' };
	const { item } = step;
	return {
		state: 'item',
		attemptId: open.id,
		partTitle: step.part.title,
		partNumber: step.partIndex + 1,
		partCount: test.parts.length,
		measures: step.part.measures,
		introHtml: step.firstOfPart ? step.part.introHtml : null,
		position: step.position,
		total: step.total,
		item: {
			id: item.id,
			type: item.type,
			promptHtml: item.promptHtml,
			bodyHtml: item.bodyHtml,
			// A picture option is the answer itself: it loads with the page, not lazily on scroll.
			options: shuffleBySeed(`${open.id}:${item.id}`, item.options).map(({ id, text, html }) => ({
				id,
				text,
				html: html.replaceAll(' loading="lazy"', '')
			}))
		}
	};
}

export type AnswerResult =
	{ ok: true; finished: boolean } | { ok: false; reason: 'not-found' | 'unknown-item' | 'unknown-option' | 'not-current' | 'finished' };

/**
 * Stores one answer (an option id, or a skip). A replayed or doubled post of an item already
 * answered changes nothing and counts once. The answer that decides the last part finishes the
 * attempt and sets the levels.
 */
export async function answerPlacementItem(
	userId: string,
	input: { attemptId: string; itemId: string; optionId: string | null; skip: boolean }
): Promise<AnswerResult> {
	try {
		return await db.$transaction(async (tx) => {
			const attempt = await tx.placementAttempt.findFirst({
				where: { id: input.attemptId, userId },
				select: { id: true, placementVersionId: true, finishedAt: true }
			});
			if (!attempt) return { ok: false, reason: 'not-found' } as const;
			const test = await testOfVersion(tx, attempt.placementVersionId);
			const part = test.parts.find((candidate) => candidate.items.some((item) => item.id === input.itemId));
			const item = part?.items.find((candidate) => candidate.id === input.itemId);
			if (!part || !item) return { ok: false, reason: 'unknown-item' } as const;
			if (!input.skip && !item.options.some((option) => option.id === input.optionId))
				return { ok: false, reason: 'unknown-option' } as const;
			const responses = await responsesOf(tx, attempt.id);
			if (responses.has(item.id)) return { ok: true, finished: attempt.finishedAt !== null } as const;
			if (attempt.finishedAt) return { ok: false, reason: 'finished' } as const;
			const step = nextPlacementStep(test, responses);
			if (step.kind === 'item' && step.item.id !== item.id) return { ok: false, reason: 'not-current' } as const;

			if (step.kind === 'item') {
				const outcome: PlacementOutcome = input.skip
					? 'skipped'
					: item.options.find((option) => option.id === input.optionId)!.correct
						? 'correct'
						: 'wrong';
				await tx.placementAnswer.create({
					data: {
						attemptId: attempt.id,
						part: part.slug,
						itemId: item.id,
						level: item.level,
						optionIdsJson: JSON.stringify(input.skip ? [] : [input.optionId]),
						outcome
					}
				});
				responses.set(item.id, outcome);
			}
			const after = nextPlacementStep(test, responses);
			if (after.kind === 'item') return { ok: true, finished: false } as const;
			await finishAttempt(tx, userId, attempt.id, test, after.levels);
			return { ok: true, finished: true } as const;
		});
	} catch (error) {
		// Two posts of the same answer at once: the second hits the unique (attempt, item) key.
		if (isUniqueViolation(error)) return { ok: true, finished: false };
		throw error;
	}
}

async function finishAttempt(tx: DbTx, userId: string, attemptId: string, test: PlacementTest, partLevels: Record<string, LiteracyLevel>) {
	const readingLevel = levelMeasured(test, partLevels, 'reading');
	const digitalLevel = levelMeasured(test, partLevels, 'digital');
	const finished = await tx.placementAttempt.updateMany({
		where: { id: attemptId, finishedAt: null },
		data: { finishedAt: new Date(), readingLevel, digitalLevel }
	});
	if (finished.count === 0) return;
	await tx.user.update({ where: { id: userId }, data: { digitalLevel } });
	await levels.setReadingLevel(tx, {
		userId,
		toLevel: readingLevel,
		reason: 'placement',
		changedById: userId,
		placementAttemptId: attemptId
	});
}

/** The end page: the levels the last finished sitting gave. */
export async function readPlacementResult(userId: string) {
	const attempt = await db.placementAttempt.findFirst({
		where: { userId, finishedAt: { not: null } },
		orderBy: { finishedAt: 'desc' },
		select: { readingLevel: true, digitalLevel: true, _count: { select: { answers: true } } }
	});
	if (!attempt) return null;
	return {
		readingLevel: attempt.readingLevel as LiteracyLevel,
		digitalLevel: attempt.digitalLevel as LiteracyLevel,
		answered: attempt._count.answers,
		phoneTips: levels.needsPhoneTips(attempt.digitalLevel)
	};
}

/**
 * A participant whose level nobody has set yet takes the placement test before the first
 * lesson, when there is one to take.
 */
export async function mustTakePlacement(user: { role: string; levelSet: boolean }): Promise<boolean> {
	return user.role === 'participant' && !user.levelSet && (await placementAvailable());
}
