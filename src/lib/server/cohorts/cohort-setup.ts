/**
 * Programs and cohorts as an organizer (or admin) sets them up. Every query carries the actor
 * in its where: an organizer reaches only the programs they organize, and an id from a URL
 * proves nothing by itself. "Not yours" and "does not exist" are the same answer (null / a
 * `*-not-found` reason), so nobody learns about other programs.
 */
import { z } from 'zod';
import { db, type DbTx } from '#lib/server/db/client';
import { isUniqueViolation } from '#lib/server/db/errors';
import { generateJoinCode, normalizePersonName } from '#lib/server/accounts/account';
import { normalizeEmail } from '#lib/server/accounts/login';
import { normalizeIndonesianPhone } from '#lib/server/accounts/phone';
import { createStaffAccount } from '#lib/server/accounts/staff';

export interface Actor {
	id: string;
	role: string;
}

/** Matches no row on SQLite and PostgreSQL alike. */
const NOTHING = { id: { in: [] as string[] } };

/** Where clause: programs this person organizes (admins: all). */
export function programOrganizedBy(actor: Actor) {
	if (actor.role === 'admin') return {};
	if (actor.role === 'organizer') return { organizers: { some: { userId: actor.id } } };
	return NOTHING;
}

/** Where clause: cohorts in programs this person organizes. */
export function cohortOrganizedBy(actor: Actor) {
	if (actor.role === 'admin') return {};
	if (actor.role === 'organizer') return { program: { organizers: { some: { userId: actor.id } } } };
	return NOTHING;
}

// ---------------------------------------------------------------- programs (admin)

export const PROGRAM_NAME_MAX = 120;

export function normalizeProgramName(input: string): string | null {
	const name = typeof input === 'string' ? input.normalize('NFC').replace(/\s+/g, ' ').trim() : '';
	if (name.length < 3 || name.length > PROGRAM_NAME_MAX || /\p{Cc}/u.test(name)) return null;
	return name;
}

export async function listProgramsForAdmin() {
	return db.program.findMany({
		orderBy: { name: 'asc' },
		select: {
			id: true,
			name: true,
			organizers: { select: { user: { select: { id: true, name: true } } } },
			_count: { select: { cohorts: true } }
		}
	});
}

export async function readProgramForAdmin(programId: string) {
	return db.program.findUnique({
		where: { id: programId },
		select: {
			id: true,
			name: true,
			organizers: { orderBy: { user: { name: 'asc' } }, select: { user: { select: { id: true, name: true } } } }
		}
	});
}

/** Organizer accounts an admin can put on a program: active ones only. */
export async function listOrganizerAccounts() {
	return db.user.findMany({
		where: { role: 'organizer', deactivatedAt: null },
		orderBy: { name: 'asc' },
		select: { id: true, name: true, email: true, phone: true }
	});
}

export type ProgramResult =
	{ ok: true; programId: string } | { ok: false; reason: 'name-invalid' | 'organizer-invalid' | 'program-not-found' };

export async function createProgram(input: { name: string; organizerId?: string | null }): Promise<ProgramResult> {
	const name = normalizeProgramName(input.name);
	if (!name) return { ok: false, reason: 'name-invalid' };
	if (input.organizerId && !(await isOrganizerAccount(input.organizerId))) return { ok: false, reason: 'organizer-invalid' };
	const program = await db.program.create({
		data: { name, organizers: input.organizerId ? { create: { userId: input.organizerId } } : undefined },
		select: { id: true }
	});
	return { ok: true, programId: program.id };
}

export async function renameProgram(programId: string, input: { name: string }): Promise<ProgramResult> {
	const name = normalizeProgramName(input.name);
	if (!name) return { ok: false, reason: 'name-invalid' };
	const { count } = await db.program.updateMany({ where: { id: programId }, data: { name } });
	return count === 1 ? { ok: true, programId } : { ok: false, reason: 'program-not-found' };
}

export async function addProgramOrganizer(programId: string, organizerId: string): Promise<ProgramResult> {
	if (!(await isOrganizerAccount(organizerId))) return { ok: false, reason: 'organizer-invalid' };
	if (!(await db.program.findUnique({ where: { id: programId }, select: { id: true } }))) return { ok: false, reason: 'program-not-found' };
	await db.programOrganizer.upsert({
		where: { programId_userId: { programId, userId: organizerId } },
		create: { programId, userId: organizerId },
		update: {}
	});
	return { ok: true, programId };
}

export async function removeProgramOrganizer(programId: string, organizerId: string): Promise<void> {
	await db.programOrganizer.deleteMany({ where: { programId, userId: organizerId } });
}

async function isOrganizerAccount(userId: string): Promise<boolean> {
	return (await db.user.findFirst({ where: { id: userId, role: 'organizer', deactivatedAt: null }, select: { id: true } })) !== null;
}

// ---------------------------------------------------------------- cohorts (organizer)

const PLACE_MAX = 80;
const optionalText = z
	.string()
	.trim()
	.max(PLACE_MAX, { error: `tooLong:${PLACE_MAX}` })
	.optional()
	.transform((value) => value || null);
const optionalDate = z
	.string()
	.trim()
	.optional()
	.refine((value) => !value || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))), { error: 'dateInvalid' })
	.transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null));

/** One schema for the create and edit forms; error messages are codes the page translates. */
export const cohortForm = z
	.object({
		name: z
			.string({ error: 'required' })
			.trim()
			.min(2, { error: 'required' })
			.max(PLACE_MAX, { error: `tooLong:${PLACE_MAX}` }),
		startsOn: optionalDate,
		endsOn: optionalDate,
		province: optionalText,
		regency: optionalText,
		district: optionalText,
		village: optionalText,
		communityGroup: optionalText
	})
	.refine((cohort) => !cohort.startsOn || !cohort.endsOn || cohort.endsOn >= cohort.startsOn, { error: 'dateOrder', path: ['endsOn'] });

export type CohortInput = z.infer<typeof cohortForm> & { courseIds: string[] };

export async function readProgramForOrganizer(actor: Actor, programId: string) {
	return db.program.findFirst({
		where: { id: programId, ...programOrganizedBy(actor) },
		select: {
			id: true,
			name: true,
			dataPricePerGb: true,
			cohorts: {
				orderBy: { createdAt: 'desc' },
				select: {
					id: true,
					name: true,
					startsOn: true,
					endsOn: true,
					regency: true,
					village: true,
					joinClosedAt: true,
					_count: { select: { enrollments: true } }
				}
			}
		}
	});
}

/**
 * The price of mobile data participants see beside "save for offline" (null: the default,
 * learning/offline.ts). False when the program is not this person's to organize.
 */
export async function setProgramDataPrice(actor: Actor, programId: string, perGb: number | null): Promise<boolean> {
	const updated = await db.program.updateMany({ where: { id: programId, ...programOrganizedBy(actor) }, data: { dataPricePerGb: perGb } });
	return updated.count === 1;
}

/** Courses to choose from: every course in the library (they are shared across programs). */
export async function listCoursesForCohorts() {
	return db.course.findMany({ orderBy: { title: 'asc' }, select: { id: true, title: true } });
}

export type CohortResult =
	{ ok: true; cohortId: string } | { ok: false; reason: 'program-not-found' | 'cohort-not-found' | 'course-invalid' };

export async function createCohort(actor: Actor, programId: string, input: CohortInput): Promise<CohortResult> {
	const program = await db.program.findFirst({ where: { id: programId, ...programOrganizedBy(actor) }, select: { id: true } });
	if (!program) return { ok: false, reason: 'program-not-found' };
	const courseIds = await existingCourseIds(input.courseIds);
	if (courseIds.length !== new Set(input.courseIds).size) return { ok: false, reason: 'course-invalid' };
	const { courseIds: _courseIds, ...fields } = input;
	const cohort = await withFreshJoinCode((joinCode) =>
		db.cohort.create({
			data: { ...fields, programId: program.id, joinCode, courses: { create: courseIds.map((courseId) => ({ courseId })) } },
			select: { id: true }
		})
	);
	return { ok: true, cohortId: cohort.id };
}

export async function updateCohort(actor: Actor, cohortId: string, input: CohortInput): Promise<CohortResult> {
	const courseIds = await existingCourseIds(input.courseIds);
	if (courseIds.length !== new Set(input.courseIds).size) return { ok: false, reason: 'course-invalid' };
	const { courseIds: _courseIds, ...fields } = input;
	return db.$transaction(async (tx) => {
		const { count } = await tx.cohort.updateMany({ where: { id: cohortId, ...cohortOrganizedBy(actor) }, data: fields });
		if (count === 0) return { ok: false, reason: 'cohort-not-found' } as const;
		await tx.cohortCourse.deleteMany({ where: { cohortId, courseId: { notIn: courseIds } } });
		const kept = await tx.cohortCourse.findMany({ where: { cohortId }, select: { courseId: true } });
		const keptIds = new Set(kept.map((row) => row.courseId));
		const added = courseIds.filter((courseId) => !keptIds.has(courseId));
		if (added.length > 0) await tx.cohortCourse.createMany({ data: added.map((courseId) => ({ cohortId, courseId })) });
		return { ok: true, cohortId } as const;
	});
}

async function existingCourseIds(ids: string[]): Promise<string[]> {
	if (ids.length === 0) return [];
	const courses = await db.course.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true } });
	return courses.map((course) => course.id);
}

/** Join codes are unique; a collision (improbable at 40 bits) is retried with a new code. */
async function withFreshJoinCode<T>(write: (joinCode: string) => Promise<T>): Promise<T> {
	for (let attempt = 0; ; attempt++) {
		try {
			return await write(generateJoinCode());
		} catch (error) {
			if (attempt >= 4 || !isUniqueViolation(error)) throw error;
		}
	}
}

export async function readCohortForOrganizer(actor: Actor, cohortId: string) {
	const cohort = await db.cohort.findFirst({
		where: { id: cohortId, ...cohortOrganizedBy(actor) },
		select: {
			id: true,
			name: true,
			joinCode: true,
			joinClosedAt: true,
			startsOn: true,
			endsOn: true,
			province: true,
			regency: true,
			district: true,
			village: true,
			communityGroup: true,
			program: {
				select: {
					id: true,
					name: true,
					cohorts: { where: { id: { not: cohortId } }, orderBy: { name: 'asc' }, select: { id: true, name: true } }
				}
			},
			courses: { orderBy: { course: { title: 'asc' } }, select: { course: { select: { id: true, title: true } } } },
			trainers: {
				orderBy: { user: { name: 'asc' } },
				select: { role: true, user: { select: { id: true, name: true, phone: true, email: true } } }
			},
			enrollments: {
				orderBy: { user: { name: 'asc' } },
				select: { user: { select: { id: true, name: true, phone: true, mustChangePin: true, secretHash: true } } }
			}
		}
	});
	if (!cohort) return null;
	const { enrollments, courses, trainers, ...rest } = cohort;
	return {
		...rest,
		courses: courses.map(({ course }) => course),
		trainers: trainers.map(({ role, user }) => ({ ...user, role })),
		// Never the hash itself to the page: only whether a PIN was issued yet.
		participants: enrollments.map(({ user: { secretHash, ...user } }) => ({ ...user, hasPin: secretHash !== '' }))
	};
}

/** A new code; the old one stops working at once (a code that leaked, a finished intake). */
export async function rotateJoinCode(actor: Actor, cohortId: string): Promise<boolean> {
	const cohort = await db.cohort.findFirst({ where: { id: cohortId, ...cohortOrganizedBy(actor) }, select: { id: true } });
	if (!cohort) return false;
	await withFreshJoinCode((joinCode) => db.cohort.update({ where: { id: cohort.id }, data: { joinCode } }));
	return true;
}

export async function setJoiningClosed(actor: Actor, cohortId: string, closed: boolean): Promise<boolean> {
	const { count } = await db.cohort.updateMany({
		where: { id: cohortId, ...cohortOrganizedBy(actor) },
		data: { joinClosedAt: closed ? new Date() : null }
	});
	return count === 1;
}

// ---------------------------------------------------------------- trainers and mentors

export type CohortTrainerRole = 'trainer' | 'mentor';

export type AddTrainerResult =
	| { ok: true; oneTimePassword: string | null; name: string }
	| { ok: false; reason: 'cohort-not-found' | 'contact-invalid' | 'name-invalid' | 'not-a-trainer' | 'contact-taken' };

/**
 * Adds a trainer or an industry mentor to a cohort by their phone or email. A known trainer
 * account is linked; an unknown contact gets a new trainer account with a one-time password
 * (shown once). Both kinds sign in as trainers; a mentor may write course material only when
 * `mayAuthor` is ticked, which makes them an editor of the cohort's courses (the same
 * CourseEditor rows that decide authoring for everyone, see authoring/authoring.ts).
 */
export async function addCohortTrainer(
	actor: Actor,
	cohortId: string,
	input: { contact: string; name?: string; role: CohortTrainerRole; mayAuthor: boolean }
): Promise<AddTrainerResult> {
	const cohort = await db.cohort.findFirst({
		where: { id: cohortId, ...cohortOrganizedBy(actor) },
		select: { id: true, courses: { select: { courseId: true } } }
	});
	if (!cohort) return { ok: false, reason: 'cohort-not-found' };
	const contact = normalizeContact(input.contact);
	if (!contact) return { ok: false, reason: 'contact-invalid' };

	let user = await db.user.findFirst({ where: contact, select: { id: true, role: true, name: true, deactivatedAt: true } });
	let oneTimePassword: string | null = null;
	if (user && (user.role !== 'trainer' || user.deactivatedAt)) {
		return { ok: false, reason: user.role === 'participant' ? 'contact-taken' : 'not-a-trainer' };
	}
	if (!user) {
		const name = normalizePersonName(input.name ?? '');
		if (!name) return { ok: false, reason: 'name-invalid' };
		const created = await createStaffAccount({ role: 'trainer', name, ...contact });
		if (!created.ok) return { ok: false, reason: 'contact-taken' };
		oneTimePassword = created.oneTimePassword;
		user = { id: created.userId, role: 'trainer', name, deactivatedAt: null };
	}
	const trainerId = user.id;
	const mayAuthor = input.mayAuthor;
	await db.$transaction(async (tx) => {
		await tx.cohortTrainer.upsert({
			where: { cohortId_userId: { cohortId: cohort.id, userId: trainerId } },
			create: { cohortId: cohort.id, userId: trainerId, role: input.role },
			update: { role: input.role }
		});
		if (mayAuthor)
			await grantCourseEditing(
				tx,
				trainerId,
				cohort.courses.map((course) => course.courseId)
			);
	});
	return { ok: true, oneTimePassword, name: user.name };
}

async function grantCourseEditing(tx: DbTx, userId: string, courseIds: string[]): Promise<void> {
	const existing = await tx.courseEditor.findMany({ where: { userId, courseId: { in: courseIds } }, select: { courseId: true } });
	const have = new Set(existing.map((row) => row.courseId));
	const missing = courseIds.filter((courseId) => !have.has(courseId));
	if (missing.length > 0) await tx.courseEditor.createMany({ data: missing.map((courseId) => ({ courseId, userId, role: 'editor' })) });
}

/** The person keeps their account and anything they wrote; they just no longer lead this cohort. */
export async function removeCohortTrainer(actor: Actor, cohortId: string, trainerId: string): Promise<boolean> {
	const { count } = await db.cohortTrainer.deleteMany({
		where: { userId: trainerId, cohort: { id: cohortId, ...cohortOrganizedBy(actor) } }
	});
	return count === 1;
}

function normalizeContact(input: string): { email: string; phone?: undefined } | { phone: string; email?: undefined } | null {
	if (typeof input !== 'string') return null;
	if (input.includes('@')) {
		const email = normalizeEmail(input);
		return email ? { email } : null;
	}
	const phone = normalizeIndonesianPhone(input);
	return phone.ok ? { phone: phone.e164 } : null;
}

// ---------------------------------------------------------------- moving participants

export type MoveResult = { ok: true } | { ok: false; reason: 'not-found' | 'same-cohort' };

/**
 * Moves a participant's enrollment to another cohort of the same program. Progress, quiz
 * attempts and everything else a participant did belong to the user and the module, not to
 * the enrollment, so nothing is lost. Already in the target cohort: the old enrollment ends.
 */
export async function moveParticipant(
	actor: Actor,
	input: { participantId: string; fromCohortId: string; toCohortId: string }
): Promise<MoveResult> {
	if (input.fromCohortId === input.toCohortId) return { ok: false, reason: 'same-cohort' };
	return db.$transaction(async (tx) => {
		const from = await tx.enrollment.findFirst({
			where: { userId: input.participantId, cohortId: input.fromCohortId, cohort: cohortOrganizedBy(actor) },
			select: { id: true, cohort: { select: { programId: true } } }
		});
		if (!from) return { ok: false, reason: 'not-found' } as const;
		const to = await tx.cohort.findFirst({
			where: { id: input.toCohortId, programId: from.cohort.programId, ...cohortOrganizedBy(actor) },
			select: { id: true }
		});
		if (!to) return { ok: false, reason: 'not-found' } as const;
		const already = await tx.enrollment.findUnique({
			where: { cohortId_userId: { cohortId: to.id, userId: input.participantId } },
			select: { id: true }
		});
		if (already) await tx.enrollment.delete({ where: { id: from.id } });
		else await tx.enrollment.update({ where: { id: from.id }, data: { cohortId: to.id } });
		return { ok: true } as const;
	});
}
