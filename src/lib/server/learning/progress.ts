/** A participant's progress through modules: the best quiz score and whether it is completed. */
import type { DbTx } from '#lib/server/db/client';
import { newRowId, sql } from '#lib/server/db/raw-sql';
import type { LeanTx } from '#lib/server/db/lean-write';

/**
 * Keeps the best score; once completed a module stays completed. True when this outcome is the
 * one that completed the module (only then can the course have become complete).
 */
export async function recordQuizOutcome(
	tx: LeanTx,
	outcome: { userId: string; moduleId: string; percent: number; passed: boolean }
): Promise<boolean> {
	// Plain statements: a class submits together and this runs inside every submission's write
	// turn (decisions 025, 027). The upsert is one statement on both databases (ON CONFLICT), so
	// two first attempts at once cannot both insert, and its update only ever moves forward (kept
	// completion, the better score, the first completion time) even if another attempt's write
	// landed after the read above (PostgreSQL lets two transactions run side by side).
	const [existing] = await tx.rows<{ status: string; bestPercent: number; completedAt: Date | null }>(
		sql`SELECT "status", "bestPercent", "completedAt" FROM "ModuleProgress" WHERE "userId" = ${outcome.userId} AND "moduleId" = ${outcome.moduleId}`,
		{ dates: ['completedAt'], numbers: ['bestPercent'] }
	);
	const now = new Date();
	const completed = existing?.status === 'completed' || outcome.passed;
	const status = completed ? 'completed' : 'started';
	const bestPercent = Math.max(existing?.bestPercent ?? 0, outcome.percent);
	const completedAt = existing?.completedAt ?? (outcome.passed ? now : null);
	await tx.run(sql`
		INSERT INTO "ModuleProgress" ("id", "userId", "moduleId", "status", "bestPercent", "completedAt", "updatedAt")
		VALUES (${newRowId()}, ${outcome.userId}, ${outcome.moduleId}, ${status}, ${bestPercent}, ${completedAt}, ${now})
		ON CONFLICT ("userId", "moduleId") DO UPDATE SET
			"status" = CASE WHEN "ModuleProgress"."status" = 'completed' THEN 'completed' ELSE excluded."status" END,
			"bestPercent" = CASE WHEN "ModuleProgress"."bestPercent" > excluded."bestPercent" THEN "ModuleProgress"."bestPercent" ELSE excluded."bestPercent" END,
			"completedAt" = COALESCE("ModuleProgress"."completedAt", excluded."completedAt"),
			"updatedAt" = excluded."updatedAt"`);
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
