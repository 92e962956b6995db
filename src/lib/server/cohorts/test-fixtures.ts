/** Programs, organizers and cohorts straight in the DB for the cohorts specs. */
import { randomBytes, randomInt } from 'node:crypto';
import { db } from '#lib/server/db/client';
import { generateJoinCode } from '#lib/server/accounts/account';

export function uniquePhone(): string {
	return `+62813${randomInt(10_000_000, 100_000_000)}`;
}

/** A program with its own organizer and one cohort. */
export async function createProgramWithCohort() {
	const tag = randomBytes(4).toString('hex');
	const organizer = await db.user.create({
		data: { role: 'organizer', name: `Penyelenggara ${tag}`, email: `org-${tag}@contoh.test`, secretHash: 'x' },
		select: { id: true, role: true }
	});
	const program = await db.program.create({
		data: { name: `Program ${tag}`, organizers: { create: { userId: organizer.id } } },
		select: { id: true }
	});
	const cohort = await db.cohort.create({
		data: { name: `Kelompok ${tag}`, joinCode: generateJoinCode(), programId: program.id },
		select: { id: true, name: true, joinCode: true }
	});
	return { organizer, programId: program.id, cohort };
}

export async function createEnrolledParticipant(cohortId: string, phone = uniquePhone()) {
	return db.user.create({
		data: { role: 'participant', name: 'Peserta Lama', phone, secretHash: 'x', enrollments: { create: { cohortId } } },
		select: { id: true, phone: true }
	});
}
