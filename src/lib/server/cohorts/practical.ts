/**
 * Practical work: a participant sends up to three photos of what they made and a short note;
 * a trainer of their cohort checks it against the module's rubric ("Kriteria") and answers
 * "Diterima" (accepted) or "Perbaiki lagi" (revise). After "revise" the participant sends again
 * as a new submission, so earlier feedback stays.
 *
 * Ownership is in every where: a participant reaches their own submissions only, a trainer
 * the submissions of the cohorts they lead, an organizer those of their programs.
 */
import { db, type DbTx } from '#lib/server/db/client';
import { leanRows } from '#lib/server/db/lean-read';
import { sql } from '#lib/server/db/raw-sql';
import * as images from '#lib/server/images/media';
import { fileStore, newKey } from '#lib/server/files/storage';
import { cohortOfTrainer } from '#lib/server/cohorts/cohort';
import type { PracticalTask } from '#lib/content/types';

export const MAX_PHOTOS = 3;
export const MAX_NOTE_LENGTH = 500;
export const MAX_FEEDBACK_LENGTH = 1000;
/** What the trainer opens full-screen to see the stitches. */
export const PHOTO_LIMITS = { maxEdge: 1600, maxBytes: 300 * 1024 };
/** What the review queue shows: three of these and the page stay under 400 KB. */
export const PREVIEW_LIMITS = { maxEdge: 720, maxBytes: 70 * 1024 };

export type SubmissionStatus = 'submitted' | 'accepted' | 'revise';
export type PhotoRefusal = images.UploadRefusal;

const visibleModule = { archivedAt: null, publishedVersionId: { not: null } } as const;

/** Where clause: a cohort this participant is in that teaches this course. */
export function cohortOfParticipantCourse(userId: string, courseSlug: string) {
	return { enrollments: { some: { userId } }, courses: { some: { course: { slug: courseSlug } } } };
}

/** Where clause for a submission: its participant, a trainer of its cohort, an organizer of its program. */
export function submissionVisibleTo(userId: string) {
	return {
		OR: [{ userId }, { cohort: cohortOfTrainer(userId) }, { cohort: { program: { organizers: { some: { userId } } } } }]
	};
}

function parseTask(practicalJson: string | null): PracticalTask | null {
	return practicalJson ? (JSON.parse(practicalJson) as PracticalTask) : null;
}

function parseRubricResults(json: string): Record<string, boolean> {
	const value = JSON.parse(json) as unknown;
	return value && typeof value === 'object' ? (value as Record<string, boolean>) : {};
}

/** The task's criteria, each with whether the trainer marked it met in this submission. */
function rubricWithResults(task: PracticalTask | null, rubricJson: string) {
	const results = parseRubricResults(rubricJson);
	return (task?.rubric ?? []).map((criterion) => ({ ...criterion, met: results[criterion.id] === true }));
}

const submissionShown = {
	id: true,
	status: true,
	note: true,
	feedback: true,
	rubricJson: true,
	createdAt: true,
	reviewedAt: true,
	reviewer: { select: { name: true } },
	photos: { orderBy: { position: 'asc' }, select: { id: true, previewWidth: true, previewHeight: true } }
} as const;

async function findParticipantModule(userId: string, courseSlug: string, moduleSlug: string) {
	return db.module.findFirst({
		where: {
			slug: moduleSlug,
			...visibleModule,
			course: { slug: courseSlug, cohorts: { some: { cohort: { enrollments: { some: { userId } } } } } }
		},
		select: {
			id: true,
			publishedVersionId: true,
			course: { select: { slug: true, title: true } },
			publishedVersion: { select: { title: true, practicalJson: true } }
		}
	});
}

/**
 * The task and what happened to it, for the participant: null when the module is not theirs.
 * `canSubmit` is true before the first send and after "Perbaiki lagi".
 */
export async function readPracticalForParticipant(userId: string, courseSlug: string, moduleSlug: string) {
	const module = await findParticipantModule(userId, courseSlug, moduleSlug);
	if (!module) return null;
	const task = parseTask(module.publishedVersion!.practicalJson);
	const submissions = await db.practicalSubmission.findMany({
		where: { userId, moduleId: module.id },
		orderBy: { createdAt: 'desc' },
		take: 10,
		select: submissionShown
	});
	const shown = submissions.map(({ rubricJson, ...submission }) => ({
		...submission,
		status: submission.status as SubmissionStatus,
		rubric: rubricWithResults(task, rubricJson)
	}));
	return {
		courseTitle: module.course.title,
		moduleTitle: module.publishedVersion!.title,
		task,
		submissions: shown,
		canSubmit: task !== null && (shown.length === 0 || shown[0].status === 'revise')
	};
}

/**
 * The latest submission and whether another may be sent, for the lesson page of a module the
 * caller has already found to be the participant's (course.readModuleForParticipant), with the
 * task from the cached lesson. Plain SQL: every view of a module with a task runs it (decision
 * 019); the photos are asked for only when there is a submission.
 */
export async function readLatestOnLesson(userId: string, moduleId: string, task: PracticalTask) {
	const [latest] = await leanRows<{
		id: string;
		status: string;
		feedback: string | null;
		rubricJson: string;
		createdAt: Date;
		reviewerName: string | null;
	}>(
		sql`
		SELECT s."id", s."status", s."feedback", s."rubricJson", s."createdAt", r."name" AS "reviewerName"
		FROM "PracticalSubmission" s LEFT JOIN "User" r ON r."id" = s."reviewerId"
		WHERE s."userId" = ${userId} AND s."moduleId" = ${moduleId}
		ORDER BY s."createdAt" DESC LIMIT 1`,
		{ dates: ['createdAt'] }
	);
	if (!latest) return { canSubmit: true, latest: null };
	const photos = await leanRows<{ id: string; previewWidth: number; previewHeight: number }>(
		sql`
		SELECT "id", "previewWidth", "previewHeight" FROM "PracticalPhoto"
		WHERE "submissionId" = ${latest.id} ORDER BY "position"`,
		{ numbers: ['previewWidth', 'previewHeight'] }
	);
	const status = latest.status as SubmissionStatus;
	return {
		canSubmit: status === 'revise',
		latest: {
			status,
			feedback: latest.feedback,
			createdAt: latest.createdAt,
			reviewer: latest.reviewerName === null ? null : { name: latest.reviewerName },
			rubric: rubricWithResults(task, latest.rubricJson),
			photos
		}
	};
}

export type SubmitResult =
	| { ok: true; submissionId: string }
	| { ok: false; reason: 'not-found' | 'no-task' | 'already-sent' | 'no-photo' | 'too-many-photos' | 'note-too-long' }
	| { ok: false; reason: 'photo-refused'; photoIndex: number; refusal: PhotoRefusal };

/**
 * Check, shrink and store the photos, then record the submission. The photos are encoded and
 * written before the transaction (a slow encode never holds the write lock); if anything fails
 * after that, the files already written are deleted, so nothing is left half-stored.
 */
export async function submitPractical(input: {
	userId: string;
	courseSlug: string;
	moduleSlug: string;
	note: string;
	photos: Buffer[];
}): Promise<SubmitResult> {
	const note = input.note.trim();
	if (note.length > MAX_NOTE_LENGTH) return { ok: false, reason: 'note-too-long' };
	if (input.photos.length === 0) return { ok: false, reason: 'no-photo' };
	if (input.photos.length > MAX_PHOTOS) return { ok: false, reason: 'too-many-photos' };
	const module = await findParticipantModule(input.userId, input.courseSlug, input.moduleSlug);
	if (!module) return { ok: false, reason: 'not-found' };
	if (!parseTask(module.publishedVersion!.practicalJson)) return { ok: false, reason: 'no-task' };
	const cohort = await db.cohort.findFirst({
		where: cohortOfParticipantCourse(input.userId, input.courseSlug),
		orderBy: { createdAt: 'desc' },
		select: { id: true }
	});
	if (!cohort) return { ok: false, reason: 'not-found' };
	if (!(await mayStillSubmit(db, input.userId, module.id))) return { ok: false, reason: 'already-sent' };

	// One at a time: three decodes at once would hold three full-size photos in memory.
	const prepared = [];
	for (const [index, photo] of input.photos.entries()) {
		const result = await images.prepareImageVariants(photo, [PHOTO_LIMITS, PREVIEW_LIMITS]);
		if (!result.ok) return { ok: false, reason: 'photo-refused', photoIndex: index, refusal: result.reason };
		prepared.push(result.variants);
	}

	const store = fileStore();
	const folder = `tugas/${input.userId.toLowerCase()}`;
	const written: string[] = [];
	try {
		const photos: {
			position: number;
			key: string;
			byteSize: number;
			width: number;
			height: number;
			previewKey: string;
			previewBytes: number;
			previewWidth: number;
			previewHeight: number;
		}[] = [];
		for (const [position, [photo, preview]] of prepared.entries()) {
			const key = newKey(folder, 'webp');
			await store.put(key, photo.webp);
			written.push(key);
			const previewKey = newKey(folder, 'webp');
			await store.put(previewKey, preview.webp);
			written.push(previewKey);
			photos.push({
				position,
				key,
				byteSize: photo.webp.byteLength,
				width: photo.width,
				height: photo.height,
				previewKey,
				previewBytes: preview.webp.byteLength,
				previewWidth: preview.width,
				previewHeight: preview.height
			});
		}
		const submission = await db.$transaction(async (tx) => {
			// Checked again inside: two sends at once (a retry) record one submission.
			if (!(await mayStillSubmit(tx, input.userId, module.id))) return null;
			return tx.practicalSubmission.create({
				data: {
					userId: input.userId,
					moduleId: module.id,
					moduleVersionId: module.publishedVersionId!,
					cohortId: cohort.id,
					note,
					photos: { create: photos }
				},
				select: { id: true }
			});
		});
		if (!submission) {
			await Promise.all(written.map((key) => store.delete(key)));
			return { ok: false, reason: 'already-sent' };
		}
		return { ok: true, submissionId: submission.id };
	} catch (error) {
		await Promise.all(written.map((key) => store.delete(key).catch(() => undefined)));
		throw error;
	}
}

async function mayStillSubmit(client: DbTx, userId: string, moduleId: string): Promise<boolean> {
	const latest = await client.practicalSubmission.findFirst({
		where: { userId, moduleId },
		orderBy: { createdAt: 'desc' },
		select: { status: true }
	});
	return !latest || latest.status === 'revise';
}

/**
 * Modules whose practical work was accepted: the completion rule asks this for modules that
 * require it (all of the participant's modules when `moduleIds` is left out).
 */
export async function acceptedPracticalModuleIds(client: DbTx, userId: string, moduleIds?: string[]): Promise<Set<string>> {
	if (moduleIds?.length === 0) return new Set();
	const accepted = await client.practicalSubmission.findMany({
		where: { userId, ...(moduleIds ? { moduleId: { in: moduleIds } } : {}), status: 'accepted' },
		distinct: ['moduleId'],
		select: { moduleId: true }
	});
	return new Set(accepted.map((submission) => submission.moduleId));
}

/** The review queue of one of the trainer's cohorts: waiting ones newest first, then the last reviewed. */
export async function listReviewQueue(trainerId: string, cohortId: string) {
	const cohort = await db.cohort.findFirst({ where: { id: cohortId, ...cohortOfTrainer(trainerId) }, select: { id: true, name: true } });
	if (!cohort) return null;
	const select = {
		id: true,
		status: true,
		createdAt: true,
		user: { select: { name: true } },
		moduleVersion: { select: { title: true } },
		_count: { select: { photos: true } }
	} as const;
	const [waiting, reviewed] = await Promise.all([
		db.practicalSubmission.findMany({ where: { cohortId: cohort.id, status: 'submitted' }, orderBy: { createdAt: 'desc' }, select }),
		db.practicalSubmission.findMany({
			where: { cohortId: cohort.id, status: { not: 'submitted' } },
			orderBy: { reviewedAt: 'desc' },
			take: 20,
			select
		})
	]);
	const shown = (submission: (typeof waiting)[number]) => ({
		id: submission.id,
		status: submission.status as SubmissionStatus,
		createdAt: submission.createdAt,
		participantName: submission.user.name,
		moduleTitle: submission.moduleVersion.title,
		photoCount: submission._count.photos
	});
	return { cohort, waiting: waiting.map(shown), reviewed: reviewed.map(shown) };
}

/** One submission with its photos and the rubric of the version the participant saw; null if not the trainer's. */
export async function readSubmissionForTrainer(trainerId: string, cohortId: string, submissionId: string) {
	const submission = await db.practicalSubmission.findFirst({
		where: { id: submissionId, cohortId, cohort: cohortOfTrainer(trainerId) },
		select: {
			...submissionShown,
			user: { select: { id: true, name: true } },
			cohort: { select: { id: true, name: true } },
			moduleVersion: { select: { title: true, practicalJson: true } }
		}
	});
	if (!submission) return null;
	const task = parseTask(submission.moduleVersion.practicalJson);
	return {
		id: submission.id,
		status: submission.status as SubmissionStatus,
		note: submission.note,
		feedback: submission.feedback,
		createdAt: submission.createdAt,
		reviewedAt: submission.reviewedAt,
		reviewerName: submission.reviewer?.name ?? null,
		participant: submission.user,
		cohort: submission.cohort,
		moduleTitle: submission.moduleVersion.title,
		photoHint: task?.photo ?? '',
		rubric: rubricWithResults(task, submission.rubricJson),
		photos: submission.photos
	};
}

export type ReviewResult = { ok: true } | { ok: false; reason: 'not-found' | 'already-reviewed' | 'feedback-too-long' | 'feedback-needed' };

/**
 * Record the trainer's verdict. Only a waiting submission can be reviewed, once: two trainers
 * answering at once get one verdict and one "already reviewed".
 */
export async function reviewSubmission(input: {
	trainerId: string;
	cohortId: string;
	submissionId: string;
	verdict: 'accepted' | 'revise';
	feedback: string;
	metCriterionIds: string[];
}): Promise<ReviewResult> {
	const feedback = input.feedback.trim();
	if (feedback.length > MAX_FEEDBACK_LENGTH) return { ok: false, reason: 'feedback-too-long' };
	// "Perbaiki lagi" without a word of what to fix leaves the participant guessing.
	if (input.verdict === 'revise' && !feedback) return { ok: false, reason: 'feedback-needed' };
	const where = { id: input.submissionId, cohortId: input.cohortId, cohort: cohortOfTrainer(input.trainerId) };
	const submission = await db.practicalSubmission.findFirst({
		where,
		select: { status: true, moduleVersion: { select: { practicalJson: true } } }
	});
	if (!submission) return { ok: false, reason: 'not-found' };
	const known = new Set((parseTask(submission.moduleVersion.practicalJson)?.rubric ?? []).map((criterion) => criterion.id));
	const results = Object.fromEntries([...known].map((id) => [id, input.metCriterionIds.includes(id)]));
	const updated = await db.practicalSubmission.updateMany({
		where: { ...where, status: 'submitted' },
		data: {
			status: input.verdict,
			feedback: feedback || null,
			rubricJson: JSON.stringify(results),
			reviewerId: input.trainerId,
			reviewedAt: new Date()
		}
	});
	return updated.count === 1 ? { ok: true } : { ok: false, reason: 'already-reviewed' };
}

/** A photo's bytes for someone allowed to see it; null otherwise (the same as no such photo). */
export async function readPracticalPhoto(viewerId: string, photoId: string, size: 'full' | 'preview') {
	const photo = await db.practicalPhoto.findFirst({
		where: { id: photoId, submission: submissionVisibleTo(viewerId) },
		select: { key: true, previewKey: true }
	});
	if (!photo) return null;
	return fileStore().get(size === 'full' ? photo.key : photo.previewKey);
}

/** Waiting submissions per participant of a cohort, for the trainer's list. */
export async function waitingSubmissionCounts(cohortId: string): Promise<Map<string, number>> {
	const groups = await db.practicalSubmission.groupBy({ by: ['userId'], where: { cohortId, status: 'submitted' }, _count: { _all: true } });
	return new Map(groups.map((group) => [group.userId, group._count._all]));
}
