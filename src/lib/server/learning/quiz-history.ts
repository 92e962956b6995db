/** A participant's earlier quiz attempts on one module, for the module page. */
import { db } from '#lib/server/db/client';
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
