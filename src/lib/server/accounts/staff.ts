/**
 * Staff accounts as an admin manages them: created with a one-time password that must be
 * replaced at the first sign-in (the same `mustChangePin` flag participants' temporary PINs
 * use), deactivated and reactivated. A deactivated account keeps all its data (courses it
 * wrote, cohorts it led, audit rows) but cannot sign in, and its sessions end at once.
 */
import { db } from '#lib/server/db/client';
import { createStaffUser, type CreateStaffUserFailureReason, type StaffRole } from '#lib/server/accounts/account';
import { checkNewPassword, generateRandomCharacters, hashSecret } from '#lib/server/accounts/password';
import { invalidateAllSessionsOfUser } from '#lib/server/accounts/session';

/** No 0/o, 1/l/i: a password read off paper or a phone screen is typed right the first time. */
const ONE_TIME_PASSWORD_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
const ONE_TIME_PASSWORD_LENGTH = 10;

export function generateOneTimePassword(): string {
	const characters = generateRandomCharacters(ONE_TIME_PASSWORD_ALPHABET, ONE_TIME_PASSWORD_LENGTH);
	return `${characters.slice(0, 5)}-${characters.slice(5)}`;
}

export type CreateStaffAccountResult =
	{ ok: true; userId: string; oneTimePassword: string } | { ok: false; reason: CreateStaffUserFailureReason };

/** The one-time password is returned once to show the admin; only its hash is stored. */
export async function createStaffAccount(input: {
	role: StaffRole;
	name: string;
	email?: string | null;
	phone?: string | null;
}): Promise<CreateStaffAccountResult> {
	const oneTimePassword = generateOneTimePassword();
	const result = await createStaffUser({ ...input, password: oneTimePassword, mustChangePin: true });
	return result.ok ? { ok: true, userId: result.user.id, oneTimePassword } : result;
}

export type DeactivateResult = { ok: true } | { ok: false; reason: 'account-not-found' | 'own-account' };

/** Its sessions end in the same transaction, so no page loads for it after this returns. */
export async function deactivateAccount({ adminId, userId }: { adminId: string; userId: string }): Promise<DeactivateResult> {
	if (adminId === userId) return { ok: false, reason: 'own-account' };
	return db.$transaction(async (tx) => {
		const { count } = await tx.user.updateMany({ where: { id: userId, deactivatedAt: null }, data: { deactivatedAt: new Date() } });
		if (count === 0 && !(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) {
			return { ok: false, reason: 'account-not-found' } as const;
		}
		await invalidateAllSessionsOfUser(userId, tx);
		return { ok: true } as const;
	});
}

export async function reactivateAccount(userId: string): Promise<boolean> {
	const { count } = await db.user.updateMany({ where: { id: userId }, data: { deactivatedAt: null } });
	return count === 1;
}

export type ChangeOwnPasswordResult = { ok: true } | { ok: false; reason: 'password-too-short' | 'password-too-long' | 'not-staff' };

/**
 * A staff member replaces their one-time password (or changes it later). Every other session
 * ends, as after a participant's PIN change.
 */
export async function changeOwnPassword(
	userId: string,
	newPassword: string,
	{ keepSessionId }: { keepSessionId: string | null }
): Promise<ChangeOwnPasswordResult> {
	const staff = await db.user.findFirst({ where: { id: userId, role: { not: 'participant' } }, select: { id: true } });
	if (!staff) return { ok: false, reason: 'not-staff' };
	const check = checkNewPassword(newPassword);
	if (!check.ok) return check;
	const secretHash = await hashSecret(newPassword);
	await db.$transaction([
		db.user.update({ where: { id: staff.id }, data: { secretHash, mustChangePin: false } }),
		db.session.deleteMany({ where: keepSessionId ? { userId: staff.id, id: { not: keepSessionId } } : { userId: staff.id } })
	]);
	return { ok: true };
}

/** Every account but participants (those are managed per cohort), newest first. */
export async function listStaffAccounts() {
	return db.user.findMany({
		where: { role: { not: 'participant' } },
		orderBy: [{ deactivatedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
		select: { id: true, role: true, name: true, phone: true, email: true, mustChangePin: true, deactivatedAt: true }
	});
}
