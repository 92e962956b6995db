import { isUniqueViolation } from '#lib/server/db/errors';
import { db } from '#lib/server/db/client';
import { clearLoginFailures, isLoginLocked, login, normalizeEmail, spendOneVerification } from '#lib/server/accounts/login';
import {
	checkNewPassword,
	checkNewPin,
	generateRandomCharacters,
	generateTemporaryPin,
	hashSecret,
	isValidPin,
	verifySecret
} from '#lib/server/accounts/password';
import { normalizeIndonesianPhone } from '#lib/server/accounts/phone';
import { invalidateAllSessionsOfUser, sessionUserSelect, toSessionUser, type Role, type SessionUser } from '#lib/server/accounts/session';

/**
 * Accounts: participants joining with a cohort's code or created by their trainer, PIN resets
 * and changes, and staff accounts. Every function returns a reason code instead of throwing for
 * anything a person can get wrong; routes turn reason codes into messages.
 *
 * A phone number that already has an account is never taken over: not by a join code (which
 * would overwrite someone's PIN) and not by a trainer (who could otherwise pull any participant
 * whose number they know into their cohort and see their progress). The participant signs in
 * and joins the new cohort themselves (enrollInCohortWithJoinCode).
 */

// ---------------------------------------------------------------- names and join codes

export const NAME_MIN_LENGTH = 2;
export const NAME_MAX_LENGTH = 80;

/** Trimmed, inner whitespace collapsed, 2–80 characters, no control characters; null if not. */
export function normalizePersonName(input: string): string | null {
	if (typeof input !== 'string') return null;
	const name = input.normalize('NFC').replace(/\s+/g, ' ').trim();
	const length = [...name].length;
	if (length < NAME_MIN_LENGTH || length > NAME_MAX_LENGTH || /\p{Cc}/u.test(name)) return null;
	return name;
}

/** No 0/O and 1/I: a code read aloud in a classroom or copied from a whiteboard stays unambiguous. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * `K7QM-XR4D`: 8 characters (40 bits) shown as two groups of four. Stored with the dash.
 * Collisions are improbable but possible: whoever stores it relies on Cohort.joinCode being
 * unique and retries on a unique-constraint error.
 */
export function generateJoinCode(): string {
	const code = generateRandomCharacters(JOIN_CODE_ALPHABET, 8);
	return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Upper-case, spaces removed, any dash-like character as `-`. Codes are stored in this form. */
export function normalizeJoinCode(input: string): string {
	if (typeof input !== 'string') return '';
	return input
		.normalize('NFKC')
		.toUpperCase()
		.replace(/[\s\u200b-\u200f\u2060\ufeff]/g, '')
		.replace(/[\u2010-\u2015\u2212_]/g, '-');
}

const cohortForJoiningSelect = {
	id: true,
	name: true,
	joinCode: true,
	joinClosedAt: true,
	program: { select: { id: true, name: true } }
} as const;

export type CohortForJoining = {
	id: string;
	name: string;
	joinCode: string;
	/** Set when the organizer closed joining: the code is known but enrolls nobody. */
	joinClosedAt: Date | null;
	program: { id: string; name: string };
};

/**
 * The cohort a typed code belongs to, or null. A code typed without its dash (`K7QMXR4D`) also
 * finds a generated `K7QM-XR4D`.
 */
export async function findCohortByJoinCode(code: string): Promise<CohortForJoining | null> {
	const normalized = normalizeJoinCode(code);
	if (normalized.length === 0 || normalized.length > 32) return null;
	const candidates = [normalized];
	if (/^[A-Z0-9]{8}$/.test(normalized)) candidates.push(`${normalized.slice(0, 4)}-${normalized.slice(4)}`);
	return db.cohort.findFirst({ where: { joinCode: { in: candidates } }, select: cohortForJoiningSelect });
}

// ---------------------------------------------------------------- participants

export type JoinCohortInput = { joinCode: string; name: string; phone: string; pin: string; clientAddress: string };

export type JoinCohortFailureReason = 'join-code-unknown' | 'join-closed' | 'name-invalid' | 'phone-invalid' | 'pin-invalid' | 'pin-weak';

/**
 * `accepted`: what everyone sees who is not the signed-in owner of the number, whether a new
 * account was made or the number already had one and the PIN did not open it (decision 018).
 * `signed-in`: the number's owner typed their own PIN; sign them in.
 */
export type JoinCohortResult =
	| { ok: true; outcome: 'accepted' }
	| { ok: true; outcome: 'signed-in'; user: SessionUser; cohort: CohortForJoining }
	| { ok: false; reason: JoinCohortFailureReason };

/**
 * Joining with a cohort's code. Checks run in the order of the form (code, name, phone, PIN) and
 * the first problem is returned; routes that want every field's error at once can call
 * normalizePersonName, normalizeIndonesianPhone and checkNewPin themselves first.
 *
 * Then, so that nobody learns from this form whether a number is registered (decision 018):
 * - a new number gets an account with this PIN, enrolled in the cohort: `accepted` (the person
 *   signs in next, with the number and PIN they just chose);
 * - a registered number is a sign-in attempt with the typed PIN, counted by the login limits
 *   like one at /masuk. The right PIN signs the owner in (and enrolls a participant not yet
 *   in the cohort); anything else is `accepted` too and changes nothing.
 * Both paths pay one argon2 operation (a hash for the new account, a verify otherwise), so the
 * time taken does not tell them apart either.
 */
export async function joinCohortWithCode(input: JoinCohortInput): Promise<JoinCohortResult> {
	const cohort = await findCohortByJoinCode(input.joinCode);
	if (!cohort) return { ok: false, reason: 'join-code-unknown' };
	if (cohort.joinClosedAt) return { ok: false, reason: 'join-closed' };
	const name = normalizePersonName(input.name);
	if (!name) return { ok: false, reason: 'name-invalid' };
	const phone = normalizeIndonesianPhone(input.phone);
	if (!phone.ok) return { ok: false, reason: 'phone-invalid' };
	const pinCheck = checkNewPin(input.pin, { phone: phone.e164 });
	if (!pinCheck.ok) return { ok: false, reason: pinCheck.reason };

	if (!(await phoneHasAccount(phone.e164))) {
		const secretHash = await hashSecret(input.pin);
		// Null when a double tap made the account a moment ago: the same neutral answer.
		await createEnrolledParticipant({ name, phone: phone.e164, secretHash }, { cohortId: cohort.id });
		return { ok: true, outcome: 'accepted' };
	}

	const signIn = await login({ identifier: phone.e164, secret: input.pin, clientAddress: input.clientAddress });
	if (!signIn.ok) {
		// Refused by a limit before any secret was checked: spend the verification anyway.
		if (signIn.reason !== 'invalid-credentials' && signIn.reason !== 'account-deactivated') await spendOneVerification();
		return { ok: true, outcome: 'accepted' };
	}
	if (signIn.user.role === 'participant') {
		try {
			await db.enrollment.create({ data: { cohortId: cohort.id, userId: signIn.user.id } });
		} catch (error) {
			if (!isUniqueViolation(error)) throw error;
		}
	}
	return { ok: true, outcome: 'signed-in', user: signIn.user, cohort };
}

export type EnrollWithJoinCodeResult =
	| { ok: true; cohort: CohortForJoining; alreadyEnrolled: boolean }
	| { ok: false; reason: 'join-code-unknown' | 'join-closed' | 'not-a-participant' };

/** A signed-in participant joins one more cohort with its code. Joining twice is not an error. */
export async function enrollInCohortWithJoinCode({
	userId,
	joinCode
}: {
	userId: string;
	joinCode: string;
}): Promise<EnrollWithJoinCodeResult> {
	const cohort = await findCohortByJoinCode(joinCode);
	if (!cohort) return { ok: false, reason: 'join-code-unknown' };
	if (cohort.joinClosedAt) return { ok: false, reason: 'join-closed' };
	const participant = await db.user.findFirst({ where: { id: userId, role: 'participant' }, select: { id: true } });
	if (!participant) return { ok: false, reason: 'not-a-participant' };
	try {
		await db.enrollment.create({ data: { cohortId: cohort.id, userId } });
		return { ok: true, cohort, alreadyEnrolled: false };
	} catch (error) {
		if (isUniqueViolation(error)) return { ok: true, cohort, alreadyEnrolled: true };
		throw error;
	}
}

export type CreateParticipantInput = { trainerId: string; cohortId: string; name: string; phone: string };

export type CreateParticipantResult =
	| { ok: true; user: SessionUser; temporaryPin: string }
	| { ok: false; reason: 'cohort-not-found' | 'name-invalid' | 'phone-invalid' | 'phone-taken' };

/**
 * A trainer registers a participant (who may have no email and struggle with a form) in one
 * of the trainer's own cohorts. The temporary PIN is returned once to show the trainer; only
 * its hash is stored, and the participant must choose their own PIN at first sign-in.
 * `cohort-not-found` also covers "not your cohort": the trainer learns nothing about others.
 */
export async function createParticipantByTrainer(input: CreateParticipantInput): Promise<CreateParticipantResult> {
	const cohort = await db.cohort.findFirst({
		where: { id: input.cohortId, trainers: { some: { userId: input.trainerId } } },
		select: { id: true }
	});
	if (!cohort) return { ok: false, reason: 'cohort-not-found' };
	const name = normalizePersonName(input.name);
	if (!name) return { ok: false, reason: 'name-invalid' };
	const phone = normalizeIndonesianPhone(input.phone);
	if (!phone.ok) return { ok: false, reason: 'phone-invalid' };
	if (await phoneHasAccount(phone.e164)) return { ok: false, reason: 'phone-taken' };

	const temporaryPin = generateTemporaryPin();
	const secretHash = await hashSecret(temporaryPin);
	const user = await createEnrolledParticipant(
		{ name, phone: phone.e164, secretHash, mustChangePin: true },
		{ cohortId: cohort.id, enrolledById: input.trainerId }
	);
	return user ? { ok: true, user, temporaryPin } : { ok: false, reason: 'phone-taken' };
}

/**
 * A participant's account and their first enrollment, in one write. Null when the phone got an
 * account after the caller's phoneHasAccount check: two submissions of the same form (a double
 * tap on a slow connection) race to here.
 */
async function createEnrolledParticipant(
	account: { name: string; phone: string; secretHash: string; mustChangePin?: boolean },
	enrollment: { cohortId: string; enrolledById?: string }
): Promise<SessionUser | null> {
	try {
		const user = await db.user.create({
			data: { role: 'participant', ...account, enrollments: { create: enrollment } },
			select: sessionUserSelect
		});
		return toSessionUser(user);
	} catch (error) {
		if (isUniqueViolation(error)) return null;
		throw error;
	}
}

export type ResetParticipantPinResult = { ok: true; temporaryPin: string } | { ok: false; reason: 'participant-not-found' };

/**
 * For a participant who forgot their PIN or is locked out: a new temporary PIN (returned once),
 * which must be changed at next sign-in; every session of theirs ends (someone else may hold
 * the phone), and their failed-login lock is lifted so they can sign in right away.
 * Only a trainer of one of the participant's cohorts may do it; anyone else gets
 * `participant-not-found`.
 */
export async function resetParticipantPin({
	trainerId,
	participantId
}: {
	trainerId: string;
	participantId: string;
}): Promise<ResetParticipantPinResult> {
	const participant = await db.user.findFirst({
		where: {
			id: participantId,
			role: 'participant',
			enrollments: { some: { cohort: { trainers: { some: { userId: trainerId } } } } }
		},
		select: { id: true, phone: true, email: true }
	});
	if (!participant) return { ok: false, reason: 'participant-not-found' };

	const temporaryPin = generateTemporaryPin();
	const secretHash = await hashSecret(temporaryPin);
	await db.$transaction(async (tx) => {
		const before = await tx.user.findUniqueOrThrow({ where: { id: participant.id }, select: { secretHash: true } });
		await tx.user.update({
			where: { id: participant.id },
			data: { secretHash, previousSecretHash: before.secretHash, mustChangePin: true }
		});
		await invalidateAllSessionsOfUser(participant.id, tx);
		await clearLoginFailures(loginKeysOf(participant), tx);
		await tx.auditEvent.create({
			data: { actorId: trainerId, action: 'account.pin-reset', detail: JSON.stringify({ participantId: participant.id }) }
		});
	});
	return { ok: true, temporaryPin };
}

/**
 * A participant of this trainer's cohort, with whether their sign-in is locked now (10 wrong
 * PINs within the hour), for the trainer's participant page. Null for anyone else.
 */
export async function readParticipantLoginLock({
	trainerId,
	cohortId,
	participantId
}: {
	trainerId: string;
	cohortId: string;
	participantId: string;
}): Promise<{ locked: boolean } | null> {
	const participant = await findParticipantOfTrainerCohort({ trainerId, cohortId, participantId });
	if (!participant) return null;
	return { locked: await isLoginLocked(loginKeysOf(participant)) };
}

export type UnlockParticipantResult = { ok: true; wasLocked: boolean } | { ok: false; reason: 'participant-not-found' };

/**
 * The trainer lifts a participant's sign-in lock without touching their PIN or sessions: for
 * someone who knows their PIN but was locked by their own typos or by a stranger's guesses
 * (decision 018). Only a trainer of this cohort, for a participant enrolled in it; anyone else
 * gets `participant-not-found`. Kept in the audit log like a PIN reset.
 */
export async function unlockParticipant({
	trainerId,
	cohortId,
	participantId
}: {
	trainerId: string;
	cohortId: string;
	participantId: string;
}): Promise<UnlockParticipantResult> {
	const participant = await findParticipantOfTrainerCohort({ trainerId, cohortId, participantId });
	if (!participant) return { ok: false, reason: 'participant-not-found' };
	const keys = loginKeysOf(participant);
	const wasLocked = await db.$transaction(async (tx) => {
		const locked = await isLoginLocked(keys, tx);
		await clearLoginFailures(keys, tx);
		await tx.auditEvent.create({
			data: {
				actorId: trainerId,
				action: 'account.unlock',
				detail: JSON.stringify({ participantId: participant.id, cohortId, wasLocked: locked })
			}
		});
		return locked;
	});
	return { ok: true, wasLocked };
}

async function findParticipantOfTrainerCohort({
	trainerId,
	cohortId,
	participantId
}: {
	trainerId: string;
	cohortId: string;
	participantId: string;
}): Promise<{ id: string; phone: string | null; email: string | null } | null> {
	return db.user.findFirst({
		where: {
			id: participantId,
			role: 'participant',
			enrollments: { some: { cohortId, cohort: { trainers: { some: { userId: trainerId } } } } }
		},
		select: { id: true, phone: true, email: true }
	});
}

/** The LoginAttempt `account` keys of a person: what they sign in with. */
function loginKeysOf(person: { phone: string | null; email: string | null }): string[] {
	return [person.phone, person.email].filter((key): key is string => key !== null);
}

export type ChangeOwnPinResult =
	{ ok: true } | { ok: false; reason: 'pin-invalid' | 'pin-weak' | 'not-a-participant' | 'current-pin-wrong' | 'pin-reused' };

/**
 * A participant sets their own PIN (after a temporary one, or whenever they like) and
 * mustChangePin is cleared. Every other session of theirs ends, as the Lucia guide advises
 * after a credential change (whoever knew the temporary PIN may be signed in elsewhere).
 * keepSessionId is required so the caller decides: the current session's id keeps this phone
 * signed in; null ends every session (then create a new one).
 *
 * A voluntary change needs the current PIN (a phone shared with family stays signed in). The
 * forced change after a trainer's reset does not (the temporary PIN was just typed to sign in)
 * but refuses the temporary PIN and the PIN from before the reset: either would leave the
 * account open to whoever saw the reset or knew the old PIN.
 */
export async function changeOwnPin(
	userId: string,
	newPin: string,
	{ keepSessionId, currentPin }: { keepSessionId: string | null; currentPin?: string }
): Promise<ChangeOwnPinResult> {
	const participant = await db.user.findFirst({
		where: { id: userId, role: 'participant' },
		select: { id: true, phone: true, secretHash: true, previousSecretHash: true, mustChangePin: true }
	});
	if (!participant) return { ok: false, reason: 'not-a-participant' };
	if (!participant.mustChangePin) {
		const current = typeof currentPin === 'string' && isValidPin(currentPin) ? currentPin : '';
		if (!current || !(await verifySecret(participant.secretHash, current))) return { ok: false, reason: 'current-pin-wrong' };
	}
	const pinCheck = checkNewPin(newPin, { phone: participant.phone });
	if (!pinCheck.ok) return { ok: false, reason: pinCheck.reason };
	if (participant.mustChangePin) {
		const earlier = [participant.secretHash, participant.previousSecretHash].filter((hash): hash is string => !!hash);
		for (const hash of earlier) if (await verifySecret(hash, newPin)) return { ok: false, reason: 'pin-reused' };
	}

	const secretHash = await hashSecret(newPin);
	await db.$transaction([
		db.user.update({ where: { id: participant.id }, data: { secretHash, previousSecretHash: null, mustChangePin: false } }),
		db.session.deleteMany({
			where: keepSessionId ? { userId: participant.id, id: { not: keepSessionId } } : { userId: participant.id }
		})
	]);
	return { ok: true };
}

// ---------------------------------------------------------------- staff

export const STAFF_ROLES = ['trainer', 'organizer', 'admin'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export type CreateStaffUserInput = {
	role: StaffRole;
	name: string;
	email?: string | null;
	phone?: string | null;
	password: string;
	/** A one-time password an admin hands over: it must be replaced at the first sign-in. */
	mustChangePin?: boolean;
};

export type CreateStaffUserFailureReason =
	| 'role-invalid'
	| 'name-invalid'
	| 'contact-missing'
	| 'email-invalid'
	| 'phone-invalid'
	| 'password-too-short'
	| 'password-too-long'
	| 'email-taken'
	| 'phone-taken';

export type CreateStaffUserResult = { ok: true; user: SessionUser } | { ok: false; reason: CreateStaffUserFailureReason };

/**
 * Trainers, organizers and admins sign in with a password and a phone, an email, or both
 * (at least one). Used by the seed and the admin command; granting a role is not a form anyone
 * can reach, so callers are trusted to be the operator.
 */
export async function createStaffUser(input: CreateStaffUserInput): Promise<CreateStaffUserResult> {
	if (!(STAFF_ROLES as readonly string[]).includes(input.role)) return { ok: false, reason: 'role-invalid' };
	const name = normalizePersonName(input.name);
	if (!name) return { ok: false, reason: 'name-invalid' };
	const hasEmail = typeof input.email === 'string' && input.email.trim() !== '';
	const hasPhone = typeof input.phone === 'string' && input.phone.trim() !== '';
	if (!hasEmail && !hasPhone) return { ok: false, reason: 'contact-missing' };
	const email = hasEmail ? normalizeEmail(input.email as string) : null;
	if (hasEmail && !email) return { ok: false, reason: 'email-invalid' };
	const phoneNormalization = hasPhone ? normalizeIndonesianPhone(input.phone as string) : null;
	if (phoneNormalization && !phoneNormalization.ok) return { ok: false, reason: 'phone-invalid' };
	const phone = phoneNormalization?.ok ? phoneNormalization.e164 : null;
	const passwordCheck = checkNewPassword(input.password);
	if (!passwordCheck.ok) return { ok: false, reason: passwordCheck.reason };

	const taken = await findTakenContact(email, phone);
	if (taken) return { ok: false, reason: taken };
	const secretHash = await hashSecret(input.password);
	try {
		const user = await db.user.create({
			data: { role: input.role, name, email, phone, secretHash, mustChangePin: input.mustChangePin ?? false },
			select: sessionUserSelect
		});
		return { ok: true, user: toSessionUser(user) };
	} catch (error) {
		if (!isUniqueViolation(error)) throw error;
		return { ok: false, reason: (await findTakenContact(email, phone)) ?? (email ? 'email-taken' : 'phone-taken') };
	}
}

// ---------------------------------------------------------------- helpers

async function phoneHasAccount(phone: string): Promise<boolean> {
	return (await db.user.findUnique({ where: { phone }, select: { id: true } })) !== null;
}

async function findTakenContact(email: string | null, phone: string | null): Promise<'email-taken' | 'phone-taken' | null> {
	if (email && (await db.user.findUnique({ where: { email }, select: { id: true } }))) return 'email-taken';
	if (phone && (await phoneHasAccount(phone))) return 'phone-taken';
	return null;
}
