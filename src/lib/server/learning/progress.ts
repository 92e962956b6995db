/** A participant's progress through modules: the best quiz score and whether it is completed. */
import type { DbTx } from '#lib/server/db/client';

/**
 * Keeps the best score; once completed a module stays completed. True when this outcome is the
 * one that completed the module (only then can the course have become complete).
 */
export async function recordQuizOutcome(
	tx: DbTx,
	outcome: { userId: string; moduleId: string; percent: number; passed: boolean }
): Promise<boolean> {
	const existing = await tx.moduleProgress.findUnique({
		where: { userId_moduleId: { userId: outcome.userId, moduleId: outcome.moduleId } },
		select: { status: true, bestPercent: true, completedAt: true }
	});
	const completed = existing?.status === 'completed' || outcome.passed;
	const data = {
		status: completed ? 'completed' : 'started',
		bestPercent: Math.max(existing?.bestPercent ?? 0, outcome.percent),
		completedAt: existing?.completedAt ?? (outcome.passed ? new Date() : null)
	};
	await tx.moduleProgress.upsert({
		where: { userId_moduleId: { userId: outcome.userId, moduleId: outcome.moduleId } },
		create: { userId: outcome.userId, moduleId: outcome.moduleId, ...data },
		update: data
	});
	return outcome.passed && existing?.status !== 'completed';
}

/** For a module with no quiz, reading it to the end completes it. */
export async function markModuleRead(tx: DbTx, userId: string, moduleId: string): Promise<void> {
	const where = { userId_moduleId: { userId, moduleId } };
	const existing = await tx.moduleProgress.findUnique({ where, select: { status: true, readAt: true } });
	if (existing?.status === 'completed' && existing.readAt) return;
	const now = new Date();
	await tx.moduleProgress.upsert({
		where,
		create: { userId, moduleId, status: 'completed', completedAt: now, readAt: now },
		update: existing?.status === 'completed' ? { readAt: now } : { status: 'completed', completedAt: now, readAt: now }
	});
}

/**
 * For a module with a quiz, reading is one step of completion; the quiz is the other. The first
 * reading is kept. Returns the progress status (completed when the quiz was already passed).
 */
export async function markModuleReadBeforeQuiz(tx: DbTx, userId: string, moduleId: string): Promise<string> {
	const where = { userId_moduleId: { userId, moduleId } };
	const existing = await tx.moduleProgress.findUnique({ where, select: { status: true, readAt: true } });
	if (existing?.readAt) return existing.status;
	const saved = await tx.moduleProgress.upsert({
		where,
		create: { userId, moduleId, status: 'started', readAt: new Date() },
		update: { readAt: new Date() },
		select: { status: true }
	});
	return saved.status;
}
