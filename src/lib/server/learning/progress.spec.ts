import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import { recordQuizOutcome } from '#lib/server/learning/progress';
import { leanTransaction } from '#lib/server/db/lean-write';

async function participantAndModule() {
	const tag = randomBytes(4).toString('hex');
	const user = await db.user.create({
		data: { role: 'participant', name: `Ani ${tag}`, email: `ani-${tag}@contoh.test`, secretHash: 'x' }
	});
	const course = await db.course.create({ data: { slug: `kursus-${tag}`, title: 'Menjahit', summary: '' } });
	const module = await db.module.create({ data: { courseId: course.id, slug: 'jelujur', position: 1 } });
	return { userId: user.id, moduleId: module.id };
}

const progressOf = (ids: { userId: string; moduleId: string }) =>
	db.moduleProgress.findUniqueOrThrow({ where: { userId_moduleId: ids }, select: { status: true, bestPercent: true, completedAt: true } });

describe('recordQuizOutcome', () => {
	it('keeps the best score and a completion once made, and says only once that it completed the module', async () => {
		const ids = await participantAndModule();
		expect(await leanTransaction((tx) => recordQuizOutcome(tx, { ...ids, percent: 40, passed: false }))).toBe(false);
		expect(await progressOf(ids)).toMatchObject({ status: 'started', bestPercent: 40, completedAt: null });
		expect(await leanTransaction((tx) => recordQuizOutcome(tx, { ...ids, percent: 80, passed: true }))).toBe(true);
		const completed = await progressOf(ids);
		expect(completed).toMatchObject({ status: 'completed', bestPercent: 80 });
		expect(completed.completedAt).toBeInstanceOf(Date);
		expect(await leanTransaction((tx) => recordQuizOutcome(tx, { ...ids, percent: 30, passed: false }))).toBe(false);
		expect(await progressOf(ids)).toEqual(completed);
	});

	it('never loses a pass to a failed attempt written at the same moment', async () => {
		// On PostgreSQL the two transactions run side by side and both may read "no progress yet";
		// the upsert itself must keep the completion and the better score.
		for (let round = 0; round < 6; round++) {
			const ids = await participantAndModule();
			const outcomes = round % 2 === 0 ? [true, false] : [false, true];
			await Promise.all(
				outcomes.map((passed) => leanTransaction((tx) => recordQuizOutcome(tx, { ...ids, percent: passed ? 90 : 20, passed })))
			);
			expect(await progressOf(ids)).toMatchObject({ status: 'completed', bestPercent: 90 });
		}
	});
});
