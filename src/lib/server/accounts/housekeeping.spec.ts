import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { db } from '#lib/server/db/client';
import { PRUNE_LEASE, PRUNE_PERIOD_MS, pruneIfDue, takeLease } from '#lib/server/accounts/housekeeping';
import { LOGIN_ATTEMPT_WINDOW_MS } from '#lib/server/accounts/login';

const HOUR = 60 * 60 * 1000;

describe('takeLease', () => {
	it('gives a free lease to exactly one of several processes asking at once', async () => {
		const name = `uji-${randomBytes(4).toString('hex')}`;
		const now = new Date();
		const taken = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((holder) => takeLease(name, holder, HOUR, now)));
		expect(taken.filter(Boolean)).toHaveLength(1);
		expect(await takeLease(name, 'f', HOUR, new Date(now.getTime() + HOUR - 1))).toBe(false);
	});

	it('gives an expired lease to exactly one of several processes asking at once', async () => {
		const name = `uji-${randomBytes(4).toString('hex')}`;
		const start = new Date();
		expect(await takeLease(name, 'a', HOUR, start)).toBe(true);
		const later = new Date(start.getTime() + HOUR);
		const taken = await Promise.all(['b', 'c', 'd'].map((holder) => takeLease(name, holder, HOUR, later)));
		expect(taken.filter(Boolean)).toHaveLength(1);
		const row = await db.maintenanceLease.findUniqueOrThrow({ where: { name } });
		expect(['b', 'c', 'd']).toContain(row.holder);
		expect(row.expiresAt.getTime()).toBe(later.getTime() + HOUR);
	});
});

describe('pruneIfDue', () => {
	it('deletes ended sessions and old login attempts once per period, and nothing still in use', async () => {
		await db.maintenanceLease.deleteMany({ where: { name: PRUNE_LEASE } });
		const now = new Date();
		const user = await db.user.create({
			data: { role: 'trainer', name: 'Uji', email: `uji-${randomBytes(4).toString('hex')}@contoh.test`, secretHash: 'x' }
		});
		const ended = await db.session.create({
			data: { id: randomBytes(16).toString('hex'), userId: user.id, expiresAt: new Date(now.getTime() - 1) }
		});
		const live = await db.session.create({
			data: { id: randomBytes(16).toString('hex'), userId: user.id, expiresAt: new Date(now.getTime() + HOUR) }
		});
		const key = randomBytes(4).toString('hex');
		await db.loginAttempt.create({ data: { scope: 'account', key, createdAt: new Date(now.getTime() - LOGIN_ATTEMPT_WINDOW_MS - 1000) } });
		await db.loginAttempt.create({ data: { scope: 'account', key, createdAt: new Date(now.getTime() - 1000) } });

		const first = await pruneIfDue('a', now);
		expect(first?.sessions).toBeGreaterThanOrEqual(1);
		expect(first?.loginAttempts).toBeGreaterThanOrEqual(1);
		expect(await db.session.findUnique({ where: { id: ended.id } })).toBeNull();
		expect(await db.session.findUnique({ where: { id: live.id } })).not.toBeNull();
		expect(await db.loginAttempt.count({ where: { key } })).toBe(1);

		// Another process in the same period: nothing to do for it.
		expect(await pruneIfDue('b', new Date(now.getTime() + 1000))).toBeNull();
		// The next period: whoever asks first prunes again.
		expect(await pruneIfDue('b', new Date(now.getTime() + PRUNE_PERIOD_MS))).not.toBeNull();
	});
});
