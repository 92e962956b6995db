/**
 * Quiz results suggest a reading level; the participant decides (docs/decisions/012). Failing a
 * module's quiz twice at a level offers the easier level; passing with 90 % or more offers the
 * harder one. The offer is computed from stored attempts every time it is shown or taken, so
 * nothing changes silently and a stale or forged offer changes nothing.
 */
import { db, type DbTx } from '#lib/server/db/client';
import { isLiteracyLevel, type LiteracyLevel } from '#lib/content/types';
import * as levels from '#lib/server/learning/levels';

export const FAILURES_BEFORE_EASIER = 2;
export const PERCENT_FOR_HARDER = 90;

export type LevelOffer = { kind: 'easier' | 'harder'; to: LiteracyLevel } | null;

async function offerFor(client: DbTx, userId: string, attemptId: string): Promise<LevelOffer> {
	const attempt = await client.quizAttempt.findFirst({
		where: { id: attemptId, userId },
		select: { moduleId: true, level: true, percent: true, passed: true, createdAt: true }
	});
	if (!attempt || !isLiteracyLevel(attempt.level)) return null;
	const user = await client.user.findUniqueOrThrow({ where: { id: userId }, select: { literacyLevel: true, levelSetAt: true } });
	// The offer is about the level the quiz was taken at; once the level moved, it is moot.
	if (levels.readingLevelOf(user) !== attempt.level) return null;
	const taken = await client.levelChange.count({ where: { userId, quizAttemptId: attemptId } });
	if (taken > 0) return null;
	if (attempt.passed) {
		const to = levels.harderLevel(attempt.level);
		return to && attempt.percent >= PERCENT_FOR_HARDER ? { kind: 'harder', to } : null;
	}
	const to = levels.easierLevel(attempt.level);
	if (!to) return null;
	const failures = await client.quizAttempt.count({
		where: { userId, moduleId: attempt.moduleId, level: attempt.level, passed: false, createdAt: { lte: attempt.createdAt } }
	});
	return failures >= FAILURES_BEFORE_EASIER ? { kind: 'easier', to } : null;
}

/** What the result page offers for this attempt, if anything. */
export async function readLevelOffer(userId: string, attemptId: string): Promise<LevelOffer> {
	return offerFor(db, userId, attemptId);
}

/** Takes the offer the attempt gives now; false when there is none (nothing is changed). */
export async function takeLevelOffer(userId: string, attemptId: string): Promise<boolean> {
	return db.$transaction(async (tx) => {
		const offer = await offerFor(tx, userId, attemptId);
		if (!offer) return false;
		await levels.setReadingLevel(tx, { userId, toLevel: offer.to, reason: 'quiz', changedById: userId, quizAttemptId: attemptId });
		return true;
	});
}
