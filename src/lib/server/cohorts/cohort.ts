/**
 * Cohorts as a trainer sees them. Every query carries the trainer in its where: a trainer
 * reaches only the cohorts they lead, and a cohort id from a URL proves nothing by itself.
 */
import { db } from '#lib/server/db/client';

export function cohortOfTrainer(trainerId: string) {
	return { trainers: { some: { userId: trainerId } } };
}

export async function listCohortsForTrainer(trainerId: string) {
	return db.cohort.findMany({
		where: cohortOfTrainer(trainerId),
		orderBy: { createdAt: 'desc' },
		select: {
			id: true,
			name: true,
			joinCode: true,
			program: { select: { name: true } },
			_count: { select: { enrollments: true } }
		}
	});
}

/** Who has completed which module, for one of the trainer's cohorts; null if not theirs. */
export async function readCohortProgressForTrainer(trainerId: string, cohortId: string) {
	const cohort = await db.cohort.findFirst({
		where: { id: cohortId, ...cohortOfTrainer(trainerId) },
		select: {
			id: true,
			name: true,
			joinCode: true,
			program: { select: { name: true } },
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
			},
			enrollments: {
				orderBy: { user: { name: 'asc' } },
				select: { user: { select: { id: true, name: true, phone: true } } }
			}
		}
	});
	if (!cohort) return null;
	const modules = cohort.courses.flatMap(({ course }) =>
		course.modules.map((module) => ({ id: module.id, title: module.publishedVersion!.title, courseTitle: course.title }))
	);
	const participantIds = cohort.enrollments.map(({ user }) => user.id);
	const completions = await db.moduleProgress.findMany({
		where: { userId: { in: participantIds }, moduleId: { in: modules.map((module) => module.id) }, status: 'completed' },
		select: { userId: true, moduleId: true }
	});
	const completedBy = new Map<string, Set<string>>();
	for (const { userId, moduleId } of completions) {
		if (!completedBy.has(userId)) completedBy.set(userId, new Set());
		completedBy.get(userId)!.add(moduleId);
	}
	return {
		id: cohort.id,
		name: cohort.name,
		joinCode: cohort.joinCode,
		programName: cohort.program.name,
		modules,
		participants: cohort.enrollments.map(({ user }) => ({
			id: user.id,
			name: user.name,
			phone: user.phone,
			completedModuleIds: [...(completedBy.get(user.id) ?? [])]
		}))
	};
}
