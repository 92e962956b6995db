import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { db } from '#lib/server/db/client';
import { isUniqueViolation } from '#lib/server/db/errors';

describe('isUniqueViolation', () => {
	it('knows a duplicate key from the database, and nothing else', async () => {
		const email = `sama-${randomBytes(4).toString('hex')}@contoh.test`;
		await db.user.create({ data: { role: 'trainer', name: 'Satu', email, secretHash: 'x' } });
		const duplicate = await db.user
			.create({ data: { role: 'trainer', name: 'Dua', email, secretHash: 'x' } })
			.catch((error: unknown) => error);
		expect(isUniqueViolation(duplicate)).toBe(true);
		// The same refusal of a plain statement, inside a transaction as the quiz writes it.
		const other = await db.user.create({ data: { role: 'trainer', name: 'Tiga', email: `lain-${email}`, secretHash: 'x' } });
		const rawRefused = await db
			.$transaction((tx) => tx.$executeRaw`UPDATE "User" SET "email" = ${email} WHERE "id" = ${other.id}`)
			.catch((error: unknown) => error);
		expect(isUniqueViolation(rawRefused)).toBe(true);
		// A different refusal of a plain statement is not a duplicate.
		const notNull = await db.$executeRaw`UPDATE "User" SET "name" = NULL WHERE "id" = ${other.id}`.catch((error: unknown) => error);
		expect(notNull).toBeInstanceOf(Error);
		expect(isUniqueViolation(notNull)).toBe(false);
		expect(isUniqueViolation(new Error('P2002'))).toBe(false);
		expect(isUniqueViolation(null)).toBe(false);
		expect(isUniqueViolation({ code: 'P2025' })).toBe(false);
	});
});
