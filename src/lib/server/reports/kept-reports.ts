/**
 * The process's kept report counts (report-cache.ts, decision 026): the progress report of a
 * scope, and the needs assessment and before/after of a program. Access is decided here, per view, before any
 * kept counts are read; the counts themselves depend only on the scope.
 */
import { db } from '#lib/server/db/client';
import { cohortOrganizedBy, programOrganizedBy, type Actor } from '#lib/server/cohorts/cohort-setup';
import { createKeptCounts } from '#lib/server/reports/report-cache';
import { pageOf } from '#lib/server/reports/report-query';
import { countNeedsOffThread, countOutcomesOffThread, countProgressOffThread } from '#lib/server/reports/count-worker';
import { outcomesPage, type OutcomeCounts } from '#lib/server/reports/outcomes';
import {
	canOpenEditor,
	type CountOptions,
	type CountScope,
	type ProgressCounts,
	type ProgressReport
} from '#lib/server/reports/progress-report';
import type { NeedsCounts, NeedsGrouping } from '#lib/server/reports/needs';
import type { ReportScope } from '#lib/server/reports/scope';

const progressCounts = createKeptCounts<{ scope: CountScope; options: CountOptions }, ProgressCounts>({
	keyOf: ({ scope, options }) =>
		JSON.stringify([
			scope.programId,
			scope.cohortId,
			[scope.place.province, scope.place.regency, scope.place.district, scope.place.village],
			options.courseId ?? null,
			options.split ?? null
		]),
	count: ({ scope, options }) => countProgressOffThread(scope, options),
	maxEntries: 200
});

/** The report a page or a table download shows: kept counts where they are expensive, and what this viewer may open. */
export async function readKeptReport(scope: ReportScope, options: CountOptions): Promise<ProgressReport & { countedAt: Date | null }> {
	const { value, countedAt } = await progressCounts.read({ scope, options });
	return { ...value, countedAt, editable: value.course ? await canOpenEditor(scope.viewer, value.course.id) : false };
}

const needsCounts = createKeptCounts<{ programId: string; by: NeedsGrouping }, NeedsCounts>({
	keyOf: ({ programId, by }) => JSON.stringify([programId, by]),
	count: ({ programId, by }) => countNeedsOffThread(programId, by),
	maxEntries: 50
});

/** Groups shown on one page of the needs assessment (the whole program is on every page). */
export const GROUPS_PER_PAGE = 10;

/** Which groups to show: one page of them, or one by its key ('all' = the whole program), for its PDF. */
export type NeedsChoice = { page: number } | { groupKey: string };

/** A program's needs, in total and for the chosen groups; null when the program is not the organizer's. */
export async function readNeedsForOrganizer(actor: Actor, programId: string, by: NeedsGrouping, choice: NeedsChoice = { page: 1 }) {
	const program = await db.program.findFirst({ where: { id: programId, ...programOrganizedBy(actor) }, select: { id: true, name: true } });
	if (!program) return null;
	const { value, countedAt } = await needsCounts.read({ programId: program.id, by });
	const shown = pageOf(value.groups, GROUPS_PER_PAGE, 'page' in choice ? choice.page : 1);
	return {
		id: program.id,
		name: program.name,
		by,
		total: value.total,
		groupCount: value.groups.length,
		page: shown.page,
		groups: 'groupKey' in choice ? value.groups.filter((group) => group.key === choice.groupKey) : shown.items,
		countedAt
	};
}

export type NeedsReport = NonNullable<Awaited<ReturnType<typeof readNeedsForOrganizer>>>;

/**
 * Outcome answers come months apart (baseline, then 1, 3 and 6 months after the course), and
 * nobody watches them change during a class, so the before/after keeps its counts from 25 ms of
 * counting, not 100 (a program of 10,000 at size L counts in 60–110 ms).
 */
const outcomeCounts = createKeptCounts<string, OutcomeCounts>({
	keyOf: (programId) => programId,
	count: (programId) => countOutcomesOffThread(programId),
	maxEntries: 50,
	keepWhenSlowerMs: 25
});

/** A program's before/after, in total and for one page of its cohorts; null if the program is not the organizer's. */
export async function readOutcomesForOrganizer(actor: Actor, programId: string, page = 1) {
	const program = await db.program.findFirst({
		where: { id: programId, ...programOrganizedBy(actor) },
		select: {
			id: true,
			name: true,
			incomeBandsJson: true,
			cohorts: { where: cohortOrganizedBy(actor), orderBy: { name: 'asc' }, select: { id: true, name: true } }
		}
	});
	if (!program) return null;
	const { value, countedAt } = await outcomeCounts.read(program.id);
	return { ...outcomesPage(program, value, page), countedAt };
}
