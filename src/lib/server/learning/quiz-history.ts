/** A participant's earlier quiz attempts on one module, for the module page. */
import { db } from '#lib/server/db/client';
import { leanRows } from '#lib/server/db/lean-read';
import { sql } from '#lib/server/db/raw-sql';
import { courseOfParticipant } from '#lib/server/learning/course';

/** Enough to see one's way; older attempts stay stored. */
const SHOWN_ATTEMPTS = 10;

export async function listAttemptsForModule(userId: string, courseSlug: string, moduleSlug: string) {
	const attempts = await db.quizAttempt.findMany({
		where: { userId, module: { slug: moduleSlug, course: { slug: courseSlug, ...courseOfParticipant(userId) } } },
		orderBy: { createdAt: 'desc' },
		take: SHOWN_ATTEMPTS,
		select: { id: true, createdAt: true, percent: true, passed: true }
	});
	return attempts.map((attempt) => ({ id: attempt.id, at: attempt.createdAt, percent: attempt.percent, passed: attempt.passed }));
}

/**
 * The same list for a module the caller has already found to be the participant's
 * (course.readModuleForParticipant): one plain statement, as every lesson view runs it (decision 019).
 */
export async function listAttemptsOfModule(userId: string, moduleId: string) {
	// The LIMIT is SHOWN_ATTEMPTS, written into the SQL rather than sent as a parameter.
	const attempts = await leanRows<{ id: string; createdAt: Date; percent: number; passed: boolean }>(
		sql`
		SELECT "id", "createdAt", "percent", "passed" FROM "QuizAttempt"
		WHERE "userId" = ${userId} AND "moduleId" = ${moduleId}
		ORDER BY "createdAt" DESC LIMIT 10`,
		{ dates: ['createdAt'], numbers: ['percent'], booleans: ['passed'] }
	);
	return attempts.map((attempt) => ({ id: attempt.id, at: attempt.createdAt, percent: attempt.percent, passed: attempt.passed }));
}
