/**
 * A participant's literacy profile: the reading level (which text every lesson shows) and,
 * separately, digital literacy (which extra help the pages give). Every change of the reading
 * level is kept as a LevelChange row: who, when, from, to and why (docs/decisions/012).
 *
 * Until the reading level is first set (levelSetAt), lessons show dasar, whatever the column says.
 */
import { db, type DbTx } from '#lib/server/db/client';
import { LITERACY_LEVELS, isLiteracyLevel, type LiteracyLevel } from '#lib/content/types';

export const LEVEL_CHANGE_REASONS = ['placement', 'quiz', 'participant', 'trainer'] as const;
export type LevelChangeReason = (typeof LEVEL_CHANGE_REASONS)[number];

/** A trainer's reason is a sentence, not an essay. */
export const MAX_NOTE_LENGTH = 200;

export function easierLevel(level: LiteracyLevel): LiteracyLevel | null {
	return LITERACY_LEVELS[LITERACY_LEVELS.indexOf(level) - 1] ?? null;
}

export function harderLevel(level: LiteracyLevel): LiteracyLevel | null {
	return LITERACY_LEVELS[LITERACY_LEVELS.indexOf(level) + 1] ?? null;
}

/** The level lessons are shown at: the stored one once set, dasar before. */
export function readingLevelOf(row: { literacyLevel: string; levelSetAt: Date | null }): LiteracyLevel {
	return row.levelSetAt && isLiteracyLevel(row.literacyLevel) ? row.literacyLevel : 'dasar';
}

/**
 * Digital literacy decides help, never text: a participant not yet measured, or measured at
 * dasar, gets the short first-time-smartphone tips where the phone is used in a new way.
 */
export function needsPhoneTips(digitalLevel: string | null): boolean {
	return digitalLevel !== 'menengah' && digitalLevel !== 'lanjut';
}

export interface LevelChangeInput {
	userId: string;
	toLevel: LiteracyLevel;
	reason: LevelChangeReason;
	changedById: string | null;
	note?: string;
	quizAttemptId?: string;
	placementAttemptId?: string;
}

/**
 * Sets the reading level and keeps the change. Setting the level a participant already has
 * (and had set) writes nothing: the history lists changes, not confirmations.
 */
export async function setReadingLevel(tx: DbTx, input: LevelChangeInput): Promise<{ changed: boolean; from: LiteracyLevel | null }> {
	const user = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { literacyLevel: true, levelSetAt: true } });
	const from = user.levelSetAt ? readingLevelOf(user) : null;
	if (from === input.toLevel) return { changed: false, from };
	const now = new Date();
	await tx.user.update({ where: { id: input.userId }, data: { literacyLevel: input.toLevel, levelSetAt: now } });
	await tx.levelChange.create({
		data: {
			userId: input.userId,
			changedById: input.changedById,
			fromLevel: from,
			toLevel: input.toLevel,
			reason: input.reason,
			note: input.note ?? '',
			quizAttemptId: input.quizAttemptId ?? null,
			placementAttemptId: input.placementAttemptId ?? null,
			createdAt: now
		}
	});
	return { changed: true, from };
}

export type StepResult = { ok: true } | { ok: false; reason: 'invalid-level' | 'not-adjacent' | 'not-found' };

/** The participant moves one level up or down, from the lesson page. */
export async function stepLevelByParticipant(userId: string, toLevel: string): Promise<StepResult> {
	if (!isLiteracyLevel(toLevel)) return { ok: false, reason: 'invalid-level' };
	return db.$transaction(async (tx) => {
		const user = await tx.user.findFirst({ where: { id: userId, role: 'participant' }, select: { literacyLevel: true, levelSetAt: true } });
		if (!user) return { ok: false, reason: 'not-found' } as const;
		const current = readingLevelOf(user);
		if (toLevel !== easierLevel(current) && toLevel !== harderLevel(current)) return { ok: false, reason: 'not-adjacent' } as const;
		await setReadingLevel(tx, { userId, toLevel, reason: 'participant', changedById: userId });
		return { ok: true } as const;
	});
}

/** Where clause: a participant enrolled in this cohort, which this trainer leads. */
function participantOfTrainer(trainerId: string, cohortId: string, participantId: string) {
	return {
		id: participantId,
		role: 'participant',
		enrollments: { some: { cohortId, cohort: { trainers: { some: { userId: trainerId } } } } }
	};
}

export type TrainerSetResult = { ok: true; changed: boolean } | { ok: false; reason: 'invalid-level' | 'note-too-long' | 'not-found' };

/** A trainer sets the level of a participant of one of their cohorts, with a reason. */
export async function setLevelByTrainer(input: {
	trainerId: string;
	cohortId: string;
	participantId: string;
	toLevel: string;
	note: string;
}): Promise<TrainerSetResult> {
	const { toLevel } = input;
	if (!isLiteracyLevel(toLevel)) return { ok: false, reason: 'invalid-level' };
	const note = input.note.trim();
	if (note.length > MAX_NOTE_LENGTH) return { ok: false, reason: 'note-too-long' };
	return db.$transaction(async (tx) => {
		const participant = await tx.user.findFirst({
			where: participantOfTrainer(input.trainerId, input.cohortId, input.participantId),
			select: { id: true }
		});
		if (!participant) return { ok: false, reason: 'not-found' } as const;
		const { changed } = await setReadingLevel(tx, {
			userId: participant.id,
			toLevel,
			reason: 'trainer',
			changedById: input.trainerId,
			note
		});
		return { ok: true, changed } as const;
	});
}

const historySelect = {
	id: true,
	fromLevel: true,
	toLevel: true,
	reason: true,
	note: true,
	createdAt: true,
	changedBy: { select: { name: true } }
} as const;

function historyRow(row: {
	id: string;
	fromLevel: string | null;
	toLevel: string;
	reason: string;
	note: string;
	createdAt: Date;
	changedBy: { name: string } | null;
}) {
	return {
		id: row.id,
		from: row.fromLevel as LiteracyLevel | null,
		to: row.toLevel as LiteracyLevel,
		reason: row.reason as LevelChangeReason,
		note: row.note,
		at: row.createdAt,
		by: row.changedBy?.name ?? null
	};
}

export type LevelHistoryEntry = ReturnType<typeof historyRow>;

/** Newest first. */
export async function readLevelHistory(userId: string): Promise<LevelHistoryEntry[]> {
	const rows = await db.levelChange.findMany({
		where: { userId },
		orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
		select: historySelect
	});
	return rows.map(historyRow);
}

/** The level page of one participant, for a trainer of a cohort they are in; null otherwise. */
export async function readParticipantLevelForTrainer(trainerId: string, cohortId: string, participantId: string) {
	const participant = await db.user.findFirst({
		where: participantOfTrainer(trainerId, cohortId, participantId),
		select: {
			id: true,
			name: true,
			literacyLevel: true,
			levelSetAt: true,
			digitalLevel: true,
			levelChanges: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: historySelect },
			enrollments: { where: { cohortId }, select: { cohort: { select: { name: true } } } }
		}
	});
	if (!participant) return null;
	return {
		id: participant.id,
		name: participant.name,
		cohortName: participant.enrollments[0]?.cohort.name ?? '',
		level: readingLevelOf(participant),
		levelSet: participant.levelSetAt !== null,
		digitalLevel: participant.digitalLevel as LiteracyLevel | null,
		history: participant.levelChanges.map(historyRow)
	};
}

/** What the pages need to decide text and help. */
export async function readLiteracyProfile(userId: string) {
	const user = await db.user.findUniqueOrThrow({
		where: { id: userId },
		select: { literacyLevel: true, levelSetAt: true, digitalLevel: true }
	});
	return {
		readingLevel: readingLevelOf(user),
		levelSet: user.levelSetAt !== null,
		digitalLevel: user.digitalLevel as LiteracyLevel | null,
		phoneTips: needsPhoneTips(user.digitalLevel)
	};
}
