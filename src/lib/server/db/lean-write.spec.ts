import { describe, expect, it } from 'vitest';

// A server in Indonesia runs at UTC+7: written times must still read back as UTC.
process.env.TZ = 'Asia/Jakarta';

import { randomBytes } from 'node:crypto';
import { db } from '#lib/server/db/client';
import { leanTransaction } from '#lib/server/db/lean-write';
import { isUniqueViolation } from '#lib/server/db/errors';
import { newRowId, sql } from '#lib/server/db/raw-sql';

async function moduleAndUser() {
	const tag = randomBytes(4).toString('hex');
	const user = await db.user.create({ data: { role: 'participant', name: `Peserta ${tag}`, secretHash: 'x' }, select: { id: true } });
	const course = await db.course.create({ data: { slug: `lean-${tag}`, title: 'Kursus', summary: '' } });
	const module = await db.module.create({ data: { courseId: course.id, slug: 'modul', position: 1 } });
	return { userId: user.id, moduleId: module.id };
}

const insertProgress = (ids: { userId: string; moduleId: string }, completedAt: Date | null, id = newRowId()) =>
	sql`INSERT INTO "ModuleProgress" ("id", "userId", "moduleId", "status", "bestPercent", "completedAt", "updatedAt")
		VALUES (${id}, ${ids.userId}, ${ids.moduleId}, ${completedAt ? 'completed' : 'started'}, ${80}, ${completedAt}, ${new Date()})`;

describe('leanTransaction', () => {
	it('writes what the ORM reads back (times as UTC), and reads its own writes inside', async () => {
		const ids = await moduleAndUser();
		const completedAt = new Date('2026-07-08T09:10:11.012Z');
		const seen = await leanTransaction(async (tx) => {
			await tx.run(insertProgress(ids, completedAt));
			return tx.rows<{ completedAt: Date; bestPercent: number }>(
				sql`SELECT "completedAt", "bestPercent" FROM "ModuleProgress" WHERE "userId" = ${ids.userId}`,
				{ dates: ['completedAt'], numbers: ['bestPercent'] }
			);
		});
		expect(seen).toEqual([{ completedAt, bestPercent: 80 }]);
		const stored = await db.moduleProgress.findUniqueOrThrow({ where: { userId_moduleId: ids } });
		expect(stored).toMatchObject({ status: 'completed', bestPercent: 80, completedAt });
	});

	it('keeps nothing of a transaction whose work throws', async () => {
		const ids = await moduleAndUser();
		await expect(
			leanTransaction(async (tx) => {
				await tx.run(insertProgress(ids, null));
				throw new Error('grading went wrong');
			})
		).rejects.toThrow('grading went wrong');
		expect(await db.moduleProgress.count({ where: ids })).toBe(0);
	});

	it('passes a unique index refusal on as one isUniqueViolation knows, and the first write stays', async () => {
		const ids = await moduleAndUser();
		await leanTransaction((tx) => tx.run(insertProgress(ids, null)));
		const refused = await leanTransaction((tx) => tx.run(insertProgress(ids, null))).catch((error: unknown) => error);
		expect(isUniqueViolation(refused)).toBe(true);
		expect(await db.moduleProgress.count({ where: ids })).toBe(1);
	});

	it('takes turns with other writers: many at once all land, none lost', async () => {
		const people = await Promise.all(Array.from({ length: 12 }, () => moduleAndUser()));
		await Promise.all(
			people.flatMap((ids, index) => [
				leanTransaction((tx) => tx.run(insertProgress(ids, index % 2 ? new Date() : null))),
				db.user.update({ where: { id: ids.userId }, data: { name: `Ganti ${index}` } })
			])
		);
		expect(await db.moduleProgress.count({ where: { userId: { in: people.map((ids) => ids.userId) } } })).toBe(12);
		expect(await db.user.count({ where: { id: { in: people.map((ids) => ids.userId) }, name: { startsWith: 'Ganti' } } })).toBe(12);
	});
});
