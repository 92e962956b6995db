import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import { login } from '#lib/server/accounts/login';
import { createSession, generateSessionToken, validateSessionToken } from '#lib/server/accounts/session';
import { changeOwnPassword, createStaffAccount, deactivateAccount, reactivateAccount } from '#lib/server/accounts/staff';

const email = () => `staf-${randomBytes(4).toString('hex')}@contoh.test`;

describe('staff accounts', () => {
	it('creates an account with a one-time password that must be changed', async () => {
		const address = email();
		const created = await createStaffAccount({ role: 'organizer', name: 'Rina Penyelenggara', email: address });
		expect(created.ok).toBe(true);
		if (!created.ok) return;
		expect(created.oneTimePassword).toMatch(/^[2-9a-z]{5}-[2-9a-z]{5}$/);
		const signedIn = await login({ identifier: address, secret: created.oneTimePassword, clientAddress: '10.9.0.1' });
		expect(signedIn.ok && signedIn.user.mustChangePin).toBe(true);

		expect(await changeOwnPassword(created.userId, 'pendek', { keepSessionId: null })).toEqual({ ok: false, reason: 'password-too-short' });
		expect(await changeOwnPassword(created.userId, 'kata-sandi-baru-saya', { keepSessionId: null })).toEqual({ ok: true });
		const again = await login({ identifier: address, secret: 'kata-sandi-baru-saya', clientAddress: '10.9.0.1' });
		expect(again.ok && again.user.mustChangePin).toBe(false);
	});

	it('refuses a contact that already has an account', async () => {
		const address = email();
		expect((await createStaffAccount({ role: 'trainer', name: 'Pelatih Satu', email: address })).ok).toBe(true);
		expect(await createStaffAccount({ role: 'admin', name: 'Pelatih Dua', email: address })).toEqual({ ok: false, reason: 'email-taken' });
	});

	it('deactivation ends sessions, keeps the data and refuses login (said only after the right password)', async () => {
		const admin = await createStaffAccount({ role: 'admin', name: 'Admin Satu', email: email() });
		const address = email();
		const trainer = await createStaffAccount({ role: 'trainer', name: 'Pelatih Pergi', email: address });
		if (!admin.ok || !trainer.ok) throw new Error('setup');
		const token = generateSessionToken();
		await createSession(token, trainer.userId);
		expect(await validateSessionToken(token)).not.toBeNull();

		expect(await deactivateAccount({ adminId: admin.userId, userId: trainer.userId })).toEqual({ ok: true });
		expect(await validateSessionToken(token)).toBeNull();
		expect(await db.session.count({ where: { userId: trainer.userId } })).toBe(0);
		expect(await db.user.count({ where: { id: trainer.userId } })).toBe(1);

		const wrong = await login({ identifier: address, secret: 'bukan-sandinya', clientAddress: '10.9.0.2' });
		expect(wrong).toEqual({ ok: false, reason: 'invalid-credentials' });
		const right = await login({ identifier: address, secret: trainer.oneTimePassword, clientAddress: '10.9.0.2' });
		expect(right).toEqual({ ok: false, reason: 'account-deactivated' });

		expect(await deactivateAccount({ adminId: admin.userId, userId: admin.userId })).toEqual({ ok: false, reason: 'own-account' });
		expect(await reactivateAccount(trainer.userId)).toBe(true);
		expect((await login({ identifier: address, secret: trainer.oneTimePassword, clientAddress: '10.9.0.2' })).ok).toBe(true);
	});
});
