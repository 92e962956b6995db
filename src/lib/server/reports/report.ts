/**
 * Organizer views. An organizer reaches only the programs they organize; an admin all of them.
 * Counts come from the database, not from loading every row.
 */
import { db } from '#lib/server/db/client';

export async function listProgramsForOrganizer(user: { id: string; role: string }) {
	const programs = await db.program.findMany({
		where: user.role === 'admin' ? {} : { organizers: { some: { userId: user.id } } },
		orderBy: { name: 'asc' },
		select: {
			id: true,
			name: true,
			cohorts: {
				orderBy: { name: 'asc' },
				select: {
					id: true,
					name: true,
					_count: { select: { enrollments: true } },
					courses: {
						select: {
							course: { select: { modules: { where: { archivedAt: null, publishedVersionId: { not: null } }, select: { id: true } } } }
						}
					}
				}
			}
		}
	});
	const cohortIds = programs.flatMap((program) => program.cohorts.map((cohort) => cohort.id));
	// One query for all completions, grouped per participant and module of each cohort.
	const completions = await db.moduleProgress.findMany({
		where: { status: 'completed', user: { enrollments: { some: { cohortId: { in: cohortIds } } } } },
		select: {
			userId: true,
			moduleId: true,
			user: { select: { enrollments: { where: { cohortId: { in: cohortIds } }, select: { cohortId: true } } } }
		}
	});
	return programs.map((program) => ({
		id: program.id,
		name: program.name,
		cohorts: program.cohorts.map((cohort) => {
			const moduleIds = new Set(cohort.courses.flatMap(({ course }) => course.modules.map((module) => module.id)));
			const perParticipant = new Map<string, number>();
			for (const completion of completions) {
				if (!moduleIds.has(completion.moduleId)) continue;
				if (!completion.user.enrollments.some((enrollment) => enrollment.cohortId === cohort.id)) continue;
				perParticipant.set(completion.userId, (perParticipant.get(completion.userId) ?? 0) + 1);
			}
			const modulesCompleted = [...perParticipant.values()].reduce((sum, count) => sum + count, 0);
			return {
				id: cohort.id,
				name: cohort.name,
				enrolled: cohort._count.enrollments,
				moduleCount: moduleIds.size,
				modulesCompleted,
				completedAll: moduleIds.size === 0 ? 0 : [...perParticipant.values()].filter((count) => count === moduleIds.size).length
			};
		})
	}));
}
