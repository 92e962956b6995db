/**
 * The trainer's view of a cohort on a phone: one line per participant (no table of modules),
 * and one participant in detail. Every query carries the trainer in its where.
 */
import { db } from '#lib/server/db/client';
import { cohortOfTrainer } from '#lib/server/cohorts/cohort';
import * as levels from '#lib/server/learning/levels';
import type { SubmissionStatus } from '#lib/server/cohorts/practical';

type ModuleStatus = 'new' | 'started' | 'completed';

const cohortModules = {
	courses: {
		orderBy: { course: { title: 'asc' } },
		select: {
			course: {
				select: {
					title: true,
					modules: {
						where: { archivedAt: null, publishedVersionId: { not: null } },
						orderBy: { position: 'asc' },
						select: { id: true, publishedVersion: { select: { title: true } } }
					}
				}
			}
		}
	}
} as const;

function latest(...dates: (Date | null | undefined)[]): Date | null {
	const times = dates.filter((date): date is Date => date instanceof Date).map((date) => date.getTime());
	return times.length ? new Date(Math.max(...times)) : null;
}

function maxBy<K extends string>(groups: { userId: string; _max: Partial<Record<K, Date | null>> }[], field: K): Map<string, Date | null> {
	return new Map(groups.map((group) => [group.userId, group._max[field] ?? null]));
}

/** One of the trainer's cohorts with a line per participant; null if not theirs. */
export async function readCohortRosterForTrainer(trainerId: string, cohortId: string) {
	const cohort = await db.cohort.findFirst({
		where: { id: cohortId, ...cohortOfTrainer(trainerId) },
		select: {
			id: true,
			name: true,
			joinCode: true,
			program: { select: { name: true } },
			...cohortModules,
			enrollments: {
				orderBy: { user: { name: 'asc' } },
				select: { user: { select: { id: true, name: true, phone: true, literacyLevel: true, levelSetAt: true } } }
			}
		}
	});
	if (!cohort) return null;
	const moduleIds = cohort.courses.flatMap(({ course }) => course.modules.map((module) => module.id));
	const userIds = cohort.enrollments.map(({ user }) => user.id);
	const inCohort = { userId: { in: userIds } };
	const [completed, progressed, attempted, submitted, asked, waiting, unanswered] = await Promise.all([
		db.moduleProgress.groupBy({
			by: ['userId'],
			where: { ...inCohort, moduleId: { in: moduleIds }, status: 'completed' },
			_count: { _all: true }
		}),
		db.moduleProgress.groupBy({ by: ['userId'], where: inCohort, _max: { updatedAt: true } }),
		db.quizAttempt.groupBy({ by: ['userId'], where: inCohort, _max: { createdAt: true } }),
		db.practicalSubmission.groupBy({ by: ['userId'], where: inCohort, _max: { createdAt: true } }),
		db.trainerQuestion.groupBy({ by: ['userId'], where: inCohort, _max: { createdAt: true } }),
		db.practicalSubmission.groupBy({ by: ['userId'], where: { cohortId: cohort.id, status: 'submitted' }, _count: { _all: true } }),
		db.trainerQuestion.groupBy({ by: ['userId'], where: { cohortId: cohort.id, answeredAt: null }, _count: { _all: true } })
	]);
	const count = (groups: { userId: string; _count: { _all: number } }[]) =>
		new Map(groups.map((group) => [group.userId, group._count._all]));
	const [completedBy, waitingBy, unansweredBy] = [count(completed), count(waiting), count(unanswered)];
	const [progressAt, attemptAt, submittedAt, askedAt] = [
		maxBy(progressed, 'updatedAt'),
		maxBy(attempted, 'createdAt'),
		maxBy(submitted, 'createdAt'),
		maxBy(asked, 'createdAt')
	];
	const participants = cohort.enrollments.map(({ user }) => ({
		id: user.id,
		name: user.name,
		phoneEnding: user.phone ? user.phone.slice(-4) : '',
		level: levels.readingLevelOf(user),
		modulesDone: completedBy.get(user.id) ?? 0,
		lastActiveAt: latest(progressAt.get(user.id), attemptAt.get(user.id), submittedAt.get(user.id), askedAt.get(user.id)),
		waitingReviews: waitingBy.get(user.id) ?? 0,
		unansweredQuestions: unansweredBy.get(user.id) ?? 0
	}));
	return {
		id: cohort.id,
		name: cohort.name,
		joinCode: cohort.joinCode,
		programName: cohort.program.name,
		moduleCount: moduleIds.length,
		waitingReviews: participants.reduce((sum, participant) => sum + participant.waitingReviews, 0),
		unansweredQuestions: participants.reduce((sum, participant) => sum + participant.unansweredQuestions, 0),
		participants
	};
}

/** "ani" finds "Ani Suryani"; "7766" finds a phone ending in 7766. */
export function matchesSearch(participant: { name: string; phoneEnding: string }, query: string): boolean {
	const wanted = query.trim().toLocaleLowerCase('id-ID');
	if (!wanted) return true;
	if (/^\d{1,4}$/.test(wanted)) return participant.phoneEnding.endsWith(wanted);
	return participant.name.toLocaleLowerCase('id-ID').includes(wanted);
}

/** One participant of one of the trainer's cohorts, module by module; null if not theirs. */
export async function readParticipantForTrainer(trainerId: string, cohortId: string, participantId: string) {
	const cohort = await db.cohort.findFirst({
		where: { id: cohortId, ...cohortOfTrainer(trainerId), enrollments: { some: { userId: participantId } } },
		select: { id: true, name: true, ...cohortModules }
	});
	if (!cohort) return null;
	const user = await db.user.findFirstOrThrow({
		where: { id: participantId, enrollments: { some: { cohortId: cohort.id } } },
		select: { id: true, name: true, phone: true, literacyLevel: true, levelSetAt: true }
	});
	const moduleIds = cohort.courses.flatMap(({ course }) => course.modules.map((module) => module.id));
	const [progress, submissions] = await Promise.all([
		db.moduleProgress.findMany({
			where: { userId: user.id, moduleId: { in: moduleIds } },
			select: { moduleId: true, status: true, bestPercent: true }
		}),
		db.practicalSubmission.findMany({
			where: { userId: user.id, moduleId: { in: moduleIds }, cohortId: cohort.id },
			orderBy: { createdAt: 'desc' },
			select: { id: true, moduleId: true, status: true }
		})
	]);
	const progressOf = new Map(progress.map((row) => [row.moduleId, row]));
	const latestSubmission = new Map<string, { id: string; status: SubmissionStatus }>();
	for (const submission of submissions) {
		if (!latestSubmission.has(submission.moduleId))
			latestSubmission.set(submission.moduleId, { id: submission.id, status: submission.status as SubmissionStatus });
	}
	return {
		cohort: { id: cohort.id, name: cohort.name },
		participant: { id: user.id, name: user.name, phone: user.phone, level: levels.readingLevelOf(user) },
		courses: cohort.courses.map(({ course }) => ({
			title: course.title,
			modules: course.modules.map((module) => ({
				id: module.id,
				title: module.publishedVersion!.title,
				status: (progressOf.get(module.id)?.status ?? 'new') as ModuleStatus,
				bestPercent: progressOf.get(module.id)?.bestPercent ?? 0,
				practical: latestSubmission.get(module.id) ?? null
			}))
		}))
	};
}

/** Waiting practical tasks and unanswered questions per cohort the trainer leads, for the list of cohorts. */
export async function pendingCountsForTrainer(trainerId: string) {
	const [waiting, unanswered] = await Promise.all([
		db.practicalSubmission.groupBy({
			by: ['cohortId'],
			where: { status: 'submitted', cohort: cohortOfTrainer(trainerId) },
			_count: { _all: true }
		}),
		db.trainerQuestion.groupBy({
			by: ['cohortId'],
			where: { answeredAt: null, cohort: cohortOfTrainer(trainerId) },
			_count: { _all: true }
		})
	]);
	const counts: Record<string, { waitingReviews: number; unansweredQuestions: number }> = {};
	const entry = (cohortId: string) => (counts[cohortId] ??= { waitingReviews: 0, unansweredQuestions: 0 });
	for (const group of waiting) entry(group.cohortId).waitingReviews = group._count._all;
	for (const group of unanswered) entry(group.cohortId).unansweredQuestions = group._count._all;
	return counts;
}
