import { describe, expect, it } from 'vitest';

// A server in Indonesia runs at UTC+7: stored times must still read and compare as UTC.
process.env.TZ = 'Asia/Jakarta';

import { db } from '#lib/server/db/client';
import { leanRows } from '#lib/server/db/lean-read';
import { isPostgres, sql } from '#lib/server/db/raw-sql';

describe('leanRows', () => {
	it('gives the same types from both databases and binds values as parameters', async () => {
		const email = `lean-${Date.now()}@contoh.test`;
		const levelSetAt = new Date('2026-03-04T05:06:07.089Z');
		const user = await db.user.create({
			data: { role: 'participant', name: "Siti 'Ani'", email, secretHash: 'x', levelSetAt, mustChangePin: true }
		});
		const rows = await leanRows<{ id: string; name: string; levelSetAt: Date; mustChangePin: boolean; deactivatedAt: Date | null }>(
			sql`SELECT "id", "name", "levelSetAt", "mustChangePin", "deactivatedAt" FROM "User" WHERE "email" = ${email}`,
			{ dates: ['levelSetAt', 'deactivatedAt'], booleans: ['mustChangePin'] }
		);
		expect(rows).toEqual([{ id: user.id, name: "Siti 'Ani'", levelSetAt, mustChangePin: true, deactivatedAt: null }]);
		// A value that looks like SQL is only ever a value.
		expect(await leanRows(sql`SELECT "id" FROM "User" WHERE "email" = ${"x' OR '1'='1"}`)).toEqual([]);
	});

	it('compares a bound Date with stored timestamps as Prisma stores them', async () => {
		const email = `lean-date-${Date.now()}@contoh.test`;
		const levelSetAt = new Date('2026-05-06T07:08:09.010Z');
		await db.user.create({ data: { role: 'participant', name: 'Budi', email, secretHash: 'x', levelSetAt } });
		const count = async (from: Date) =>
			(
				await leanRows<{ n: number }>(sql`SELECT COUNT(*) AS "n" FROM "User" WHERE "email" = ${email} AND "levelSetAt" >= ${from}`, {
					numbers: ['n']
				})
			)[0].n;
		expect(await count(new Date(levelSetAt.getTime() - 1))).toBe(1);
		expect(await count(levelSetAt)).toBe(1);
		expect(await count(new Date(levelSetAt.getTime() + 1))).toBe(0);
	});

	it('sees a write as soon as it is committed, and cannot write', async () => {
		const email = `lean-write-${Date.now()}@contoh.test`;
		const find = () => leanRows<{ name: string }>(sql`SELECT "name" FROM "User" WHERE "email" = ${email}`);
		expect(await find()).toEqual([]);
		await db.user.create({ data: { role: 'participant', name: 'Cici', email, secretHash: 'x' } });
		expect(await find()).toEqual([{ name: 'Cici' }]);
		// Only reads belong here: on SQLite the connection refuses a write outright.
		if (!isPostgres()) {
			await expect(leanRows(sql`UPDATE "User" SET "name" = 'Dodi' WHERE "email" = ${email} RETURNING "name"`)).rejects.toThrow(
				/readonly|read-only|query_only|attempt to write/i
			);
			expect(await find()).toEqual([{ name: 'Cici' }]);
		}
	});

	it('runs one text with new values again and again (on PostgreSQL a named statement each pooled connection keeps)', async () => {
		const stamp = Date.now();
		const emails = [0, 1, 2, 3, 4, 5].map((index) => `lean-named-${stamp}-${index}@contoh.test`);
		await db.user.createMany({
			data: emails.map((email, index) => ({ role: 'participant', name: `Peserta ${index}`, email, secretHash: 'x' }))
		});
		const nameOf = (email: string) => leanRows<{ name: string }>(sql`SELECT "name" FROM "User" WHERE "email" = ${email}`);
		// More runs than PostgreSQL's five custom plans before it may keep a generic one, and at once.
		const names = await Promise.all([...emails, ...emails].map(nameOf));
		expect(names.map((rows) => rows[0]?.name)).toEqual([...emails, ...emails].map((email) => `Peserta ${emails.indexOf(email)}`));
	});
});
