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
		expect(isUniqueViolation(new Error('P2002'))).toBe(false);
		expect(isUniqueViolation(null)).toBe(false);
		expect(isUniqueViolation({ code: 'P2025' })).toBe(false);
	});
});
