/**
 * The organizer's dashboard: each program they run with its totals. An organizer reaches only
 * the programs they organize; an admin all of them. Counted in the database (one aggregate
 * query), so the page costs the same for a program of 10 or 10,000 participants.
 */
import { db } from '#lib/server/db/client';
import { join, sql, toNumber } from '#lib/server/db/raw-sql';
import { programOrganizedBy } from '#lib/server/cohorts/cohort-setup';

export interface ProgramSummary {
	id: string;
	name: string;
	cohorts: number;
	enrolled: number;
	/** Participants with any progress in a module. */
	started: number;
	/** Certificates issued in the program and not revoked. */
	certified: number;
}

export async function listProgramsForOrganizer(user: { id: string; role: string }): Promise<ProgramSummary[]> {
	const programs = await db.program.findMany({
		where: programOrganizedBy(user),
		orderBy: { name: 'asc' },
		select: { id: true, name: true, _count: { select: { cohorts: true } } }
	});
	if (programs.length === 0) return [];
	const ids = programs.map((program) => program.id);
	const [people, certificates] = await Promise.all([
		db.$queryRaw<{ pid: string; enrolled: unknown; started: unknown }[]>(sql`
			SELECT pu.pid AS pid, COUNT(*) AS enrolled,
				SUM(CASE WHEN EXISTS (SELECT 1 FROM "ModuleProgress" p WHERE p."userId" = pu.uid) THEN 1 ELSE 0 END) AS started
			FROM (
				SELECT DISTINCT c."programId" AS pid, e."userId" AS uid
				FROM "Enrollment" e JOIN "Cohort" c ON c.id = e."cohortId"
				WHERE c."programId" IN (${join(ids)})
			) pu
			GROUP BY pu.pid`),
		db.certificate.groupBy({ by: ['programId'], where: { programId: { in: ids }, revokedAt: null }, _count: { _all: true } })
	]);
	const peopleOf = new Map(people.map((row) => [row.pid, row]));
	const certifiedOf = new Map(certificates.map((row) => [row.programId, row._count._all]));
	return programs.map((program) => ({
		id: program.id,
		name: program.name,
		cohorts: program._count.cohorts,
		enrolled: toNumber(peopleOf.get(program.id)?.enrolled),
		started: toNumber(peopleOf.get(program.id)?.started),
		certified: certifiedOf.get(program.id) ?? 0
	}));
}
