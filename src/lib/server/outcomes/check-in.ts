/**
 * Outcome check-ins (docs/decisions/024): a baseline at enrollment and follow-ups 1, 3 and 6
 * months after the course ends, answered by the participant on their phone or by a trainer
 * for them on a call or a visit. One row per enrollment and kind; the unique constraint, not a
 * read before the write, is what keeps a double submit (two taps, two phones) to one row.
 *
 * "The course ends" for a participant = the earlier of the cohort's end date and the day they
 * completed every course of the cohort (their last certificate's completion date).
 */
import { db } from '#lib/server/db/client';
import { isUniqueViolation } from '#lib/server/db/errors';
import { cohortOfTrainer } from '#lib/server/cohorts/cohort';
import { bandsFromLimits, limitsOfProgram, type IncomeBand } from '#lib/server/outcomes/income-bands';

export const CHECK_IN_KINDS = ['baseline', 'month1', 'month3', 'month6'] as const;
export type CheckInKind = (typeof CHECK_IN_KINDS)[number];
export const FOLLOW_UP_KINDS = ['month1', 'month3', 'month6'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export const FOLLOW_UP_MONTHS: Record<FollowUpKind, number> = { month1: 1, month3: 3, month6: 6 };

export type CheckInChannel = 'self' | 'phone' | 'visit';
export const TRAINER_CHANNELS = ['phone', 'visit'] as const;

export function isCheckInKind(value: unknown): value is CheckInKind {
	return typeof value === 'string' && (CHECK_IN_KINDS as readonly string[]).includes(value);
}

/** Calendar months later, in UTC; the 31st becomes the month's last day. */
export function addMonths(date: Date, months: number): Date {
	const result = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1, date.getUTCHours(), date.getUTCMinutes()));
	const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
	result.setUTCDate(Math.min(date.getUTCDate(), lastDay));
	return result;
}

/** The earlier of the cohort's end date and the participant's completion; null while neither is known. */
export function courseEndOf(cohortEndsOn: Date | null, completedAt: Date | null): Date | null {
	if (cohortEndsOn && completedAt) return cohortEndsOn < completedAt ? cohortEndsOn : completedAt;
	return cohortEndsOn ?? completedAt;
}

export interface CheckInWindow {
	kind: CheckInKind;
	opens: Date;
	/** Exclusive; null = open until answered. */
	closes: Date | null;
}

/**
 * When each check-in may be answered. The baseline opens at enrollment and stays open until
 * the first follow-up opens; each follow-up stays open until the next one opens (the 6-month
 * one for six months), so a "1 month" answer is never given five months later.
 */
export function checkInWindows(enrolledAt: Date, courseEnd: Date | null): CheckInWindow[] {
	const windows: CheckInWindow[] = [{ kind: 'baseline', opens: enrolledAt, closes: courseEnd ? addMonths(courseEnd, 1) : null }];
	if (!courseEnd) return windows;
	const closesAfter: Record<FollowUpKind, number> = { month1: 3, month3: 6, month6: 12 };
	for (const kind of FOLLOW_UP_KINDS) {
		windows.push({ kind, opens: addMonths(courseEnd, FOLLOW_UP_MONTHS[kind]), closes: addMonths(courseEnd, closesAfter[kind]) });
	}
	return windows;
}

export function dueKinds(enrolledAt: Date, courseEnd: Date | null, answered: ReadonlySet<string>, now: Date): CheckInWindow[] {
	return checkInWindows(enrolledAt, courseEnd).filter(
		(window) => !answered.has(window.kind) && window.opens <= now && (window.closes === null || now < window.closes)
	);
}

/** Enrollment facts that decide what is due; every query below selects these. */
const enrollmentFacts = {
	id: true,
	createdAt: true,
	userId: true,
	user: { select: { id: true, name: true, certificates: { where: { revokedAt: null }, select: { courseId: true, completedAt: true } } } },
	cohort: {
		select: {
			id: true,
			name: true,
			endsOn: true,
			courses: { select: { courseId: true } },
			program: { select: { name: true, incomeBandsJson: true } }
		}
	},
	outcomeCheckIns: { select: { kind: true } }
} as const;

type EnrollmentFacts = {
	id: string;
	createdAt: Date;
	user: { id: string; name: string; certificates: { courseId: string; completedAt: Date }[] };
	cohort: {
		id: string;
		name: string;
		endsOn: Date | null;
		courses: { courseId: string }[];
		program: { name: string; incomeBandsJson: string | null };
	};
	outcomeCheckIns: { kind: string }[];
};

/** The day the participant completed every course of the cohort, or null. */
function completionOf(enrollment: EnrollmentFacts): Date | null {
	const courseIds = enrollment.cohort.courses.map((course) => course.courseId);
	if (courseIds.length === 0) return null;
	let last: Date | null = null;
	for (const courseId of courseIds) {
		const certificate = enrollment.user.certificates.find((row) => row.courseId === courseId);
		if (!certificate) return null;
		if (!last || certificate.completedAt > last) last = certificate.completedAt;
	}
	return last;
}

function dueOf(enrollment: EnrollmentFacts, now: Date) {
	const end = courseEndOf(enrollment.cohort.endsOn, completionOf(enrollment));
	return dueKinds(enrollment.createdAt, end, new Set(enrollment.outcomeCheckIns.map((row) => row.kind)), now);
}

export interface DueCheckIn {
	enrollmentId: string;
	kind: CheckInKind;
	cohortName: string;
	programName: string;
	participant: { id: string; name: string };
	bands: IncomeBand[];
}

function toDue(enrollment: EnrollmentFacts, window: CheckInWindow): DueCheckIn {
	return {
		enrollmentId: enrollment.id,
		kind: window.kind,
		cohortName: enrollment.cohort.name,
		programName: enrollment.cohort.program.name,
		participant: { id: enrollment.user.id, name: enrollment.user.name },
		bands: bandsFromLimits(limitsOfProgram(enrollment.cohort.program.incomeBandsJson))
	};
}

/** The participant's own due check-ins, oldest enrollment first. */
export async function listDueCheckInsForParticipant(userId: string, now = new Date()): Promise<DueCheckIn[]> {
	const enrollments = await db.enrollment.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, select: enrollmentFacts });
	return enrollments.flatMap((enrollment) => dueOf(enrollment, now).map((window) => toDue(enrollment, window)));
}

/** Due check-ins of one of the trainer's cohorts, by participant name; null if the cohort is not theirs. */
export async function listDueCheckInsForTrainer(trainerId: string, cohortId: string, now = new Date()): Promise<DueCheckIn[] | null> {
	const cohort = await db.cohort.findFirst({ where: { id: cohortId, ...cohortOfTrainer(trainerId) }, select: { id: true } });
	if (!cohort) return null;
	const enrollments = await db.enrollment.findMany({
		where: { cohortId: cohort.id },
		orderBy: { user: { name: 'asc' } },
		select: enrollmentFacts
	});
	return enrollments.flatMap((enrollment) => dueOf(enrollment, now).map((window) => toDue(enrollment, window)));
}

/** One participant's due check-ins in one of the trainer's cohorts; null if not theirs. */
export async function readDueCheckInsOfParticipantForTrainer(trainerId: string, cohortId: string, participantId: string, now = new Date()) {
	const enrollment = await db.enrollment.findFirst({
		where: { userId: participantId, cohortId, cohort: cohortOfTrainer(trainerId) },
		select: enrollmentFacts
	});
	if (!enrollment) return null;
	return {
		participant: { id: enrollment.user.id, name: enrollment.user.name },
		due: dueOf(enrollment, now).map((window) => toDue(enrollment, window))
	};
}

export type CheckInField = 'working' | 'ownBusiness' | 'sellingOnline' | 'incomeBand' | 'channel';
export type CheckInFieldProblem = 'missing' | 'invalid';

export type SubmitCheckInResult =
	| { ok: true }
	| { ok: false; reason: 'not-found' | 'not-due' | 'already-answered' }
	| { ok: false; reason: 'invalid'; problems: Partial<Record<CheckInField, CheckInFieldProblem>> };

/** What a form sent, as text: 'ya' / 'tidak' for the three questions, the band's index, the channel. */
export interface CheckInForm {
	working: string;
	ownBusiness: string;
	sellingOnline: string;
	incomeBand: string;
	/** Only from a trainer: 'phone' or 'visit'. */
	channel?: string;
}

function yesNo(value: string): boolean | CheckInFieldProblem {
	if (value === '') return 'missing';
	if (value === 'ya') return true;
	if (value === 'tidak') return false;
	return 'invalid';
}

/**
 * Stores one check-in answer, once. `actor` is the participant themself (channel self) or a
 * trainer of the participant's cohort (channel phone or visit); anyone else gets not-found.
 * Nothing is written unless every field is in range and the check-in is due now.
 */
export async function submitCheckIn(input: {
	actor: { id: string; role: string };
	enrollmentId: string;
	kind: string;
	form: CheckInForm;
	now?: Date;
}): Promise<SubmitCheckInResult> {
	const now = input.now ?? new Date();
	const asTrainer = input.actor.role === 'trainer';
	if (!asTrainer && input.actor.role !== 'participant') return { ok: false, reason: 'not-found' };
	const enrollment = await db.enrollment.findFirst({
		where: { id: input.enrollmentId, ...(asTrainer ? { cohort: cohortOfTrainer(input.actor.id) } : { userId: input.actor.id }) },
		select: enrollmentFacts
	});
	if (!enrollment || !isCheckInKind(input.kind)) return { ok: false, reason: 'not-found' };
	if (enrollment.outcomeCheckIns.some((row) => row.kind === input.kind)) return { ok: false, reason: 'already-answered' };
	if (!dueOf(enrollment, now).some((window) => window.kind === input.kind)) return { ok: false, reason: 'not-due' };

	const problems: Partial<Record<CheckInField, CheckInFieldProblem>> = {};
	const working = yesNo(input.form.working);
	const ownBusiness = yesNo(input.form.ownBusiness);
	const sellingOnline = yesNo(input.form.sellingOnline);
	if (typeof working !== 'boolean') problems.working = working;
	if (typeof ownBusiness !== 'boolean') problems.ownBusiness = ownBusiness;
	if (typeof sellingOnline !== 'boolean') problems.sellingOnline = sellingOnline;
	const bands = bandsFromLimits(limitsOfProgram(enrollment.cohort.program.incomeBandsJson));
	const bandText = input.form.incomeBand.trim();
	const band = /^\d{1,2}$/.test(bandText) ? bands[Number(bandText)] : undefined;
	if (bandText === '') problems.incomeBand = 'missing';
	else if (!band) problems.incomeBand = 'invalid';
	let channel: CheckInChannel = 'self';
	if (asTrainer) {
		const typed = input.form.channel ?? '';
		if (typed === '') problems.channel = 'missing';
		else if (!(TRAINER_CHANNELS as readonly string[]).includes(typed)) problems.channel = 'invalid';
		else channel = typed as CheckInChannel;
	}
	if (Object.keys(problems).length > 0 || !band) return { ok: false, reason: 'invalid', problems };

	try {
		await db.outcomeCheckIn.create({
			data: {
				enrollmentId: enrollment.id,
				kind: input.kind,
				working: working as boolean,
				ownBusiness: ownBusiness as boolean,
				sellingOnline: sellingOnline as boolean,
				incomeBand: band.index,
				incomeMinRp: band.minRp,
				incomeMaxRp: band.maxRp,
				channel,
				answeredById: input.actor.id
			}
		});
	} catch (error) {
		// Two submissions at the same moment: the unique row lets exactly one in.
		if (isUniqueViolation(error)) return { ok: false, reason: 'already-answered' };
		throw error;
	}
	return { ok: true };
}

/** Every answered check-in of one enrollment, in order, with who answered and how. */
export async function listAnsweredCheckIns(enrollmentId: string) {
	const rows = await db.outcomeCheckIn.findMany({
		where: { enrollmentId },
		select: {
			kind: true,
			working: true,
			ownBusiness: true,
			sellingOnline: true,
			incomeBand: true,
			incomeMinRp: true,
			incomeMaxRp: true,
			channel: true,
			createdAt: true,
			answeredBy: { select: { name: true } }
		}
	});
	return rows.sort((a, b) => CHECK_IN_KINDS.indexOf(a.kind as CheckInKind) - CHECK_IN_KINDS.indexOf(b.kind as CheckInKind));
}
