import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import {
	JOIN_CODE_ALPHABET,
	changeOwnPin,
	createParticipantByTrainer,
	createStaffUser,
	enrollInCohortWithJoinCode,
	findCohortByJoinCode,
	generateJoinCode,
	joinCohortWithCode,
	normalizeJoinCode,
	normalizePersonName,
	readParticipantLoginLock,
	resetParticipantPin,
	unlockParticipant
} from '#lib/server/accounts/account';
import { login } from '#lib/server/accounts/login';
import { hashSecret, verifySecret } from '#lib/server/accounts/password';
import { createSession, generateSessionToken, validateSessionToken } from '#lib/server/accounts/session';

describe('normalizePersonName', () => {
	it('trims and collapses spaces', () => {
		expect(normalizePersonName('  Siti   Nur\tAminah ')).toBe('Siti Nur Aminah');
		expect(normalizePersonName('Yu')).toBe('Yu');
		expect(normalizePersonName('a'.repeat(80))).toBe('a'.repeat(80));
	});

	it.each(['', ' ', 'A', '  B  ', 'a'.repeat(81), 'Siti\u0000Aminah'])('refuses %j', (name) => {
		expect(normalizePersonName(name)).toBeNull();
	});
});

describe('join codes', () => {
	it('generates XXXX-XXXX from an alphabet without 0, O, 1 or I', () => {
		const codes = Array.from({ length: 200 }, generateJoinCode);
		for (const code of codes) {
			expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
			expect(code).not.toMatch(/[01OI]/);
		}
		expect(new Set(codes).size).toBe(200);
		expect(JOIN_CODE_ALPHABET).toHaveLength(32);
	});

	it('normalizes what people type to the stored form', () => {
		expect(normalizeJoinCode(' jht-7k2p ')).toBe('JHT-7K2P');
		expect(normalizeJoinCode('JHT 7K2P')).toBe('JHT7K2P');
		expect(normalizeJoinCode('jht\u20137k2p')).toBe('JHT-7K2P');
	});
});

// ---------------------------------------------------------------- fixtures, straight in the DB

function uniquePhone(): string {
	return `+62813${randomInt(10_000_000, 100_000_000)}`;
}

/** "+6281234567890" → "0812 3456 7890" */
function asTyped(e164: string): string {
	const national = `0${e164.slice(3)}`;
	return `${national.slice(0, 4)} ${national.slice(4, 8)} ${national.slice(8)}`;
}

async function createCohortWithTrainer() {
	const trainer = await db.user.create({
		data: { role: 'trainer', name: 'Pak Joko', phone: uniquePhone(), secretHash: 'unused' }
	});
	const program = await db.program.create({ data: { name: 'Menjahit untuk Usaha' } });
	const cohort = await db.cohort.create({
		data: {
			programId: program.id,
			name: 'Angkatan Tegal',
			joinCode: generateJoinCode(),
			trainers: { create: { userId: trainer.id } }
		}
	});
	return { trainer, program, cohort };
}

async function createEnrolledParticipant(cohortId: string, pin = '482915') {
	return db.user.create({
		data: {
			role: 'participant',
			name: 'Ibu Wati',
			phone: uniquePhone(),
			secretHash: await hashSecret(pin),
			enrollments: { create: { cohortId } }
		}
	});
}

// ---------------------------------------------------------------- joining

describe('findCohortByJoinCode', () => {
	it('finds the cohort whatever the case and spacing, with or without the dash', async () => {
		const { cohort, program } = await createCohortWithTrainer();
		const expected = {
			id: cohort.id,
			name: 'Angkatan Tegal',
			joinCode: cohort.joinCode,
			joinClosedAt: null,
			program: { id: program.id, name: 'Menjahit untuk Usaha' }
		};
		expect(await findCohortByJoinCode(` ${cohort.joinCode.toLowerCase()} `)).toEqual(expected);
		expect(await findCohortByJoinCode(cohort.joinCode.replace('-', ''))).toEqual(expected);
		expect(await findCohortByJoinCode(cohort.joinCode.replace('-', ' '))).toEqual(expected);
	});

	it('finds nothing for an unknown or empty code', async () => {
		expect(await findCohortByJoinCode('ZZZZ-ZZZ2')).toBeNull();
		expect(await findCohortByJoinCode('   ')).toBeNull();
	});
});

describe('joinCohortWithCode', () => {
	const address = '192.0.2.1';

	it('creates the participant with their own PIN and enrolls them, answering only "accepted"', async () => {
		const { cohort } = await createCohortWithTrainer();
		const phone = uniquePhone();
		const result = await joinCohortWithCode({
			joinCode: cohort.joinCode.toLowerCase(),
			name: ' Siti  Aminah ',
			phone: asTyped(phone),
			pin: '482915',
			clientAddress: address
		});
		expect(result).toEqual({ ok: true, outcome: 'accepted' });

		const stored = await db.user.findUniqueOrThrow({ where: { phone }, include: { enrollments: true } });
		expect(stored).toMatchObject({ role: 'participant', name: 'Siti Aminah', mustChangePin: false });
		expect(stored.enrollments).toEqual([expect.objectContaining({ cohortId: cohort.id, enrolledById: null })]);
		expect(stored.secretHash).not.toContain('482915');
		expect((await login({ identifier: phone, secret: '482915', clientAddress: '192.0.2.1' })).ok).toBe(true);
	});

	it.each([
		[{ joinCode: 'ZZZZ-ZZZ2' }, 'join-code-unknown'],
		[{ name: 'S' }, 'name-invalid'],
		[{ phone: '021 555 1234' }, 'phone-invalid'],
		[{ pin: '48291' }, 'pin-invalid'],
		[{ pin: '123456' }, 'pin-weak']
	])('refuses %j with %s and stores nothing', async (override, reason) => {
		const { cohort } = await createCohortWithTrainer();
		const phone = uniquePhone();
		const result = await joinCohortWithCode({
			joinCode: cohort.joinCode,
			name: 'Siti',
			phone,
			pin: '482915',
			clientAddress: address,
			...override
		});
		expect(result).toEqual({ ok: false, reason });
		expect(await db.enrollment.count({ where: { cohortId: cohort.id } })).toBe(0);
	});

	it('answers a registered number with a wrong PIN exactly as a new number, takes nothing over and counts a failed login', async () => {
		const { cohort } = await createCohortWithTrainer();
		const existing = await createEnrolledParticipant(cohort.id, '482915');
		const other = await createCohortWithTrainer();

		const fresh = await joinCohortWithCode({
			joinCode: other.cohort.joinCode,
			name: 'Orang Baru',
			phone: uniquePhone(),
			pin: '907153',
			clientAddress: address
		});
		const taken = await joinCohortWithCode({
			joinCode: other.cohort.joinCode,
			name: 'Orang Lain',
			phone: asTyped(existing.phone!),
			pin: '907153',
			clientAddress: address
		});
		expect(taken).toEqual(fresh);
		expect(taken).toEqual({ ok: true, outcome: 'accepted' });

		const stored = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
		expect(stored.name).toBe('Ibu Wati');
		expect(await verifySecret(stored.secretHash, '482915')).toBe(true);
		expect(await db.enrollment.count({ where: { userId: existing.id } })).toBe(1);
		// The typed PIN was a guess at the account: it counts like one at the login page.
		expect(await db.loginAttempt.count({ where: { scope: 'account', key: existing.phone! } })).toBe(1);
	});

	it('cannot be used to guess PINs past the login limits: a locked account is not opened by its right PIN', async () => {
		const { cohort } = await createCohortWithTrainer();
		const existing = await createEnrolledParticipant(cohort.id, '482915');
		const other = await createCohortWithTrainer();
		await db.loginAttempt.createMany({ data: Array.from({ length: 10 }, () => ({ scope: 'account', key: existing.phone! })) });

		const result = await joinCohortWithCode({
			joinCode: other.cohort.joinCode,
			name: 'Ibu Wati',
			phone: existing.phone!,
			pin: '482915',
			clientAddress: address
		});
		expect(result).toEqual({ ok: true, outcome: 'accepted' });
		expect(await db.enrollment.count({ where: { userId: existing.id, cohortId: other.cohort.id } })).toBe(0);
	});

	it('signs the owner in with their own PIN and enrolls them in the new cohort, keeping their name', async () => {
		const { cohort } = await createCohortWithTrainer();
		const existing = await createEnrolledParticipant(cohort.id, '482915');
		const other = await createCohortWithTrainer();

		const result = await joinCohortWithCode({
			joinCode: other.cohort.joinCode,
			name: 'Nama Lain',
			phone: asTyped(existing.phone!),
			pin: '482915',
			clientAddress: address
		});
		expect(result).toMatchObject({
			ok: true,
			outcome: 'signed-in',
			user: { id: existing.id, name: 'Ibu Wati' },
			cohort: { id: other.cohort.id }
		});
		expect(await db.enrollment.count({ where: { userId: existing.id } })).toBe(2);

		// Again, into a cohort they are already in: signed in, no second enrollment.
		const again = await joinCohortWithCode({
			joinCode: cohort.joinCode,
			name: 'Ibu Wati',
			phone: existing.phone!,
			pin: '482915',
			clientAddress: address
		});
		expect(again).toMatchObject({ ok: true, outcome: 'signed-in' });
		expect(await db.enrollment.count({ where: { userId: existing.id } })).toBe(2);
	});

	it('signs in a staff member who owns the number without enrolling them', async () => {
		const { trainer, cohort } = await createCohortWithTrainer();
		await db.user.update({ where: { id: trainer.id }, data: { secretHash: await hashSecret('604918') } });
		const result = await joinCohortWithCode({
			joinCode: cohort.joinCode,
			name: 'Pak Joko',
			phone: trainer.phone!,
			pin: '604918',
			clientAddress: address
		});
		expect(result).toMatchObject({ ok: true, outcome: 'signed-in', user: { id: trainer.id, role: 'trainer' } });
		expect(await db.enrollment.count({ where: { userId: trainer.id } })).toBe(0);
	});

	it('lets a signed-in participant join a second cohort, once', async () => {
		const first = await createCohortWithTrainer();
		const second = await createCohortWithTrainer();
		const participant = await createEnrolledParticipant(first.cohort.id);

		const joined = await enrollInCohortWithJoinCode({ userId: participant.id, joinCode: second.cohort.joinCode });
		expect(joined).toMatchObject({ ok: true, alreadyEnrolled: false });
		const again = await enrollInCohortWithJoinCode({ userId: participant.id, joinCode: second.cohort.joinCode });
		expect(again).toMatchObject({ ok: true, alreadyEnrolled: true });
		expect(await db.enrollment.count({ where: { userId: participant.id } })).toBe(2);
		expect(await enrollInCohortWithJoinCode({ userId: first.trainer.id, joinCode: second.cohort.joinCode })).toEqual({
			ok: false,
			reason: 'not-a-participant'
		});
	});
});

// ---------------------------------------------------------------- trainers

describe('createParticipantByTrainer', () => {
	it('creates a participant in the trainer’s cohort with a temporary PIN shown once', async () => {
		const { trainer, cohort } = await createCohortWithTrainer();
		const phone = uniquePhone();
		const result = await createParticipantByTrainer({
			trainerId: trainer.id,
			cohortId: cohort.id,
			name: 'Bu Sri',
			phone: asTyped(phone)
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.temporaryPin).toMatch(/^[0-9]{6}$/);
		expect(result.user).toMatchObject({ phone, mustChangePin: true, role: 'participant' });

		const stored = await db.user.findUniqueOrThrow({ where: { phone }, include: { enrollments: true } });
		expect(stored.secretHash).not.toContain(result.temporaryPin);
		expect(await verifySecret(stored.secretHash, result.temporaryPin)).toBe(true);
		expect(stored.enrollments).toEqual([expect.objectContaining({ cohortId: cohort.id, enrolledById: trainer.id })]);
	});

	it('refuses a trainer of cohort A who tries to create a participant in cohort B', async () => {
		const a = await createCohortWithTrainer();
		const b = await createCohortWithTrainer();
		const phone = uniquePhone();
		const result = await createParticipantByTrainer({ trainerId: a.trainer.id, cohortId: b.cohort.id, name: 'Bu Sri', phone });
		expect(result).toEqual({ ok: false, reason: 'cohort-not-found' });
		expect(await db.user.findUnique({ where: { phone } })).toBeNull();
	});

	it('does not take over a phone number that already has an account', async () => {
		const { trainer, cohort } = await createCohortWithTrainer();
		const other = await createCohortWithTrainer();
		const existing = await createEnrolledParticipant(other.cohort.id);
		const result = await createParticipantByTrainer({
			trainerId: trainer.id,
			cohortId: cohort.id,
			name: 'Bu Sri',
			phone: existing.phone!
		});
		expect(result).toEqual({ ok: false, reason: 'phone-taken' });
		expect(await db.enrollment.count({ where: { cohortId: cohort.id } })).toBe(0);
	});

	it('refuses an invalid name or phone', async () => {
		const { trainer, cohort } = await createCohortWithTrainer();
		const base = { trainerId: trainer.id, cohortId: cohort.id, name: 'Bu Sri', phone: uniquePhone() };
		expect(await createParticipantByTrainer({ ...base, name: ' ' })).toEqual({ ok: false, reason: 'name-invalid' });
		expect(await createParticipantByTrainer({ ...base, phone: '12345' })).toEqual({ ok: false, reason: 'phone-invalid' });
	});
});

describe('resetParticipantPin', () => {
	it('gives a new temporary PIN, ends the participant’s sessions and lifts their lock', async () => {
		const { trainer, cohort } = await createCohortWithTrainer();
		const participant = await createEnrolledParticipant(cohort.id, '482915');
		const token = generateSessionToken();
		await createSession(token, participant.id);
		await db.loginAttempt.createMany({
			data: Array.from({ length: 10 }, () => ({ scope: 'account', key: participant.phone! }))
		});

		const result = await resetParticipantPin({ trainerId: trainer.id, participantId: participant.id });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(await validateSessionToken(token)).toBeNull();
		expect(await login({ identifier: participant.phone!, secret: '482915', clientAddress: '192.0.2.2' })).toEqual({
			ok: false,
			reason: 'invalid-credentials'
		});
		const signedIn = await login({ identifier: participant.phone!, secret: result.temporaryPin, clientAddress: '192.0.2.2' });
		expect(signedIn.ok && signedIn.user.mustChangePin).toBe(true);
		const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'account.pin-reset', actorId: trainer.id } });
		expect(JSON.parse(event.detail)).toEqual({ participantId: participant.id });
	});

	it('refuses a trainer of cohort A who tries to reset a participant of cohort B', async () => {
		const a = await createCohortWithTrainer();
		const b = await createCohortWithTrainer();
		const participant = await createEnrolledParticipant(b.cohort.id, '482915');
		const token = generateSessionToken();
		await createSession(token, participant.id);

		const result = await resetParticipantPin({ trainerId: a.trainer.id, participantId: participant.id });
		expect(result).toEqual({ ok: false, reason: 'participant-not-found' });
		const stored = await db.user.findUniqueOrThrow({ where: { id: participant.id } });
		expect(await verifySecret(stored.secretHash, '482915')).toBe(true);
		expect(stored.mustChangePin).toBe(false);
		expect(await validateSessionToken(token)).not.toBeNull();
	});

	it('refuses to reset a staff member even if they share the cohort', async () => {
		const { trainer, cohort } = await createCohortWithTrainer();
		const coTrainer = await db.user.create({
			data: { role: 'trainer', name: 'Bu Ani', phone: uniquePhone(), secretHash: 'unused' }
		});
		await db.cohortTrainer.create({ data: { cohortId: cohort.id, userId: coTrainer.id } });
		expect(await resetParticipantPin({ trainerId: trainer.id, participantId: coTrainer.id })).toEqual({
			ok: false,
			reason: 'participant-not-found'
		});
	});
});

describe('unlockParticipant', () => {
	async function lockOut(phone: string) {
		await db.loginAttempt.createMany({ data: Array.from({ length: 10 }, () => ({ scope: 'account', key: phone })) });
	}

	it('lifts the lock of a participant of the trainer’s cohort, keeps their PIN and sessions, and is kept in the audit log', async () => {
		const { trainer, cohort } = await createCohortWithTrainer();
		const participant = await createEnrolledParticipant(cohort.id, '482915');
		const token = generateSessionToken();
		await createSession(token, participant.id);
		const ids = { trainerId: trainer.id, cohortId: cohort.id, participantId: participant.id };
		expect(await readParticipantLoginLock(ids)).toEqual({ locked: false });
		await lockOut(participant.phone!);
		expect(await readParticipantLoginLock(ids)).toEqual({ locked: true });
		expect(await login({ identifier: participant.phone!, secret: '482915', clientAddress: '192.0.2.3' })).toEqual({
			ok: false,
			reason: 'account-locked'
		});

		expect(await unlockParticipant(ids)).toEqual({ ok: true, wasLocked: true });
		expect(await readParticipantLoginLock(ids)).toEqual({ locked: false });
		expect(await validateSessionToken(token)).not.toBeNull();
		const signedIn = await login({ identifier: participant.phone!, secret: '482915', clientAddress: '192.0.2.3' });
		expect(signedIn.ok && signedIn.user.mustChangePin).toBe(false);
		const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'account.unlock', actorId: trainer.id } });
		expect(JSON.parse(event.detail)).toEqual({ participantId: participant.id, cohortId: cohort.id, wasLocked: true });
	});

	it('refuses a trainer of another cohort, and a cohort the participant is not in, changing nothing', async () => {
		const a = await createCohortWithTrainer();
		const b = await createCohortWithTrainer();
		const participant = await createEnrolledParticipant(b.cohort.id, '482915');
		await lockOut(participant.phone!);

		for (const ids of [
			{ trainerId: a.trainer.id, cohortId: b.cohort.id, participantId: participant.id },
			{ trainerId: a.trainer.id, cohortId: a.cohort.id, participantId: participant.id }
		]) {
			expect(await unlockParticipant(ids)).toEqual({ ok: false, reason: 'participant-not-found' });
			expect(await readParticipantLoginLock(ids)).toBeNull();
		}
		expect(await readParticipantLoginLock({ trainerId: b.trainer.id, cohortId: b.cohort.id, participantId: participant.id })).toEqual({
			locked: true
		});
		expect(await db.auditEvent.count({ where: { action: 'account.unlock', actorId: a.trainer.id } })).toBe(0);
	});
});

describe('changeOwnPin', () => {
	it('sets the new PIN, clears mustChangePin, keeps this session and ends the others', async () => {
		const { cohort } = await createCohortWithTrainer();
		const participant = await createEnrolledParticipant(cohort.id, '482915');
		await db.user.update({ where: { id: participant.id }, data: { mustChangePin: true } });
		const thisPhone = generateSessionToken();
		const trainersPhone = generateSessionToken();
		const current = await createSession(thisPhone, participant.id);
		await createSession(trainersPhone, participant.id);

		expect(await changeOwnPin(participant.id, '907153', { keepSessionId: current.id })).toEqual({ ok: true });
		const stillSignedIn = await validateSessionToken(thisPhone);
		expect(stillSignedIn?.user.mustChangePin).toBe(false);
		expect(await validateSessionToken(trainersPhone)).toBeNull();
		const stored = await db.user.findUniqueOrThrow({ where: { id: participant.id } });
		expect(await verifySecret(stored.secretHash, '907153')).toBe(true);
	});

	it('ends every session when no session is to be kept', async () => {
		const { cohort } = await createCohortWithTrainer();
		const participant = await createEnrolledParticipant(cohort.id);
		const token = generateSessionToken();
		await createSession(token, participant.id);
		expect(await changeOwnPin(participant.id, '907153', { keepSessionId: null, currentPin: '482915' })).toEqual({ ok: true });
		expect(await validateSessionToken(token)).toBeNull();
	});

	it('refuses a weak or malformed PIN, or one made of the phone number, and keeps the old one', async () => {
		const { cohort } = await createCohortWithTrainer();
		const participant = await createEnrolledParticipant(cohort.id, '482915');
		const fromPhone = participant.phone!.slice(-6);
		const keep = { keepSessionId: null, currentPin: '482915' };
		expect(await changeOwnPin(participant.id, '111111', keep)).toEqual({ ok: false, reason: 'pin-weak' });
		expect(await changeOwnPin(participant.id, fromPhone, keep)).toEqual({ ok: false, reason: 'pin-weak' });
		expect(await changeOwnPin(participant.id, '12ab56', keep)).toEqual({ ok: false, reason: 'pin-invalid' });
		const stored = await db.user.findUniqueOrThrow({ where: { id: participant.id } });
		expect(await verifySecret(stored.secretHash, '482915')).toBe(true);
	});
});

describe('changeOwnPin asks for what it should', () => {
	it('needs the current PIN for a voluntary change', async () => {
		const { cohort } = await createCohortWithTrainer();
		const participant = await createEnrolledParticipant(cohort.id, '482915');
		expect(await changeOwnPin(participant.id, '907153', { keepSessionId: null })).toEqual({ ok: false, reason: 'current-pin-wrong' });
		expect(await changeOwnPin(participant.id, '907153', { keepSessionId: null, currentPin: '583920' })).toEqual({
			ok: false,
			reason: 'current-pin-wrong'
		});
		const stored = await db.user.findUniqueOrThrow({ where: { id: participant.id } });
		expect(await verifySecret(stored.secretHash, '482915')).toBe(true);
		expect(await changeOwnPin(participant.id, '907153', { keepSessionId: null, currentPin: '482915' })).toEqual({ ok: true });
	});

	it('refuses the temporary PIN and the PIN from before the reset in the forced change', async () => {
		const { trainer, cohort } = await createCohortWithTrainer();
		const participant = await createEnrolledParticipant(cohort.id, '482915');
		const reset = await resetParticipantPin({ trainerId: trainer.id, participantId: participant.id });
		if (!reset.ok) throw new Error('reset failed');
		expect(await changeOwnPin(participant.id, reset.temporaryPin, { keepSessionId: null })).toEqual({ ok: false, reason: 'pin-reused' });
		expect(await changeOwnPin(participant.id, '482915', { keepSessionId: null })).toEqual({ ok: false, reason: 'pin-reused' });
		expect(await changeOwnPin(participant.id, '907153', { keepSessionId: null })).toEqual({ ok: true });
		const stored = await db.user.findUniqueOrThrow({ where: { id: participant.id } });
		expect([stored.mustChangePin, stored.previousSecretHash]).toEqual([false, null]);
	});
});

// ---------------------------------------------------------------- staff

describe('createStaffUser', () => {
	it('creates a trainer who signs in with a lower-cased email and a password', async () => {
		const email = `Pelatih.${randomInt(1e9)}@Berdaya.ID`;
		const result = await createStaffUser({ role: 'trainer', name: 'Pak Joko', email, password: 'jahit rapi 2026' });
		expect(result.ok && result.user).toMatchObject({ role: 'trainer', email: email.toLowerCase(), phone: null });
		expect((await login({ identifier: email, secret: 'jahit rapi 2026', clientAddress: '192.0.2.3' })).ok).toBe(true);
	});

	it('refuses a taken email or phone', async () => {
		const email = `organizer.${randomInt(1e9)}@berdaya.id`;
		const phone = uniquePhone();
		expect((await createStaffUser({ role: 'organizer', name: 'Bu Rina', email, phone, password: 'laporan donor' })).ok).toBe(true);
		expect(await createStaffUser({ role: 'organizer', name: 'Bu Rina', email: email.toUpperCase(), password: 'laporan donor' })).toEqual({
			ok: false,
			reason: 'email-taken'
		});
		expect(await createStaffUser({ role: 'admin', name: 'Admin', phone: asTyped(phone), password: 'laporan donor' })).toEqual({
			ok: false,
			reason: 'phone-taken'
		});
	});

	it.each([
		[{ role: 'participant' }, 'role-invalid'],
		[{ name: '' }, 'name-invalid'],
		[{ email: '', phone: '  ' }, 'contact-missing'],
		[{ email: 'bukan email' }, 'email-invalid'],
		[{ phone: '0212345678' }, 'phone-invalid'],
		[{ password: 'pendek' }, 'password-too-short'],
		[{ password: 'x'.repeat(257) }, 'password-too-long']
	])('refuses %j with %s', async (override, reason) => {
		const input = { role: 'trainer' as const, name: 'Pak Joko', email: `t.${randomInt(1e9)}@berdaya.id`, password: 'jahit rapi 2026' };
		expect(await createStaffUser({ ...input, ...(override as Partial<typeof input>) })).toEqual({ ok: false, reason });
	});
});
