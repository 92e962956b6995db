/**
 * Before and after (issue 12): per program and per cohort, the share working, with a business
 * and selling online, and the income band distribution at baseline and at each follow-up.
 * Each comparison counts only the participants who answered both the baseline and that
 * follow-up, and says how many they were; a comparison of fewer than 5 people is hidden.
 */
import { db } from '#lib/server/db/client';
import { cohortOrganizedBy, programOrganizedBy, type Actor } from '#lib/server/cohorts/cohort-setup';
import { FOLLOW_UP_KINDS, type FollowUpKind } from '#lib/server/outcomes/check-in';
import { bandLabel, bandsFromLimits, limitsOfProgram } from '#lib/server/outcomes/income-bands';
import { SMALL_GROUP, shownCount, shownShare } from '#lib/server/reports/small-groups';

export interface CheckInRow {
	enrollmentId: string;
	kind: string;
	working: boolean;
	ownBusiness: boolean;
	sellingOnline: boolean;
	incomeBand: number;
}

export interface Figure {
	/** Whole percent, or null when hidden ("< 5"). */
	before: number | null;
	after: number | null;
}

export interface Comparison {
	kind: FollowUpKind;
	/** How many answered both; null when fewer than 5 (then nothing else is shown). */
	pairs: number | null;
	hidden: boolean;
	working: Figure;
	ownBusiness: Figure;
	sellingOnline: Figure;
	/** Per band: counts before and after (null = "< 5"). */
	income: { label: string; before: number | null; after: number | null }[];
}

/** Pure: the comparisons of one group of check-in rows. */
export function compareBeforeAfter(rows: readonly CheckInRow[], bandLabels: readonly string[]): Comparison[] {
	const baseline = new Map<string, CheckInRow>();
	for (const row of rows) if (row.kind === 'baseline') baseline.set(row.enrollmentId, row);
	return FOLLOW_UP_KINDS.map((kind) => {
		const pairs: [CheckInRow, CheckInRow][] = [];
		for (const row of rows) {
			const before = row.kind === kind ? baseline.get(row.enrollmentId) : undefined;
			if (before) pairs.push([before, row]);
		}
		const n = pairs.length;
		const hidden = n < SMALL_GROUP;
		const figure = (field: 'working' | 'ownBusiness' | 'sellingOnline'): Figure => ({
			before: hidden ? null : shownShare(pairs.filter(([before]) => before[field]).length, n),
			after: hidden ? null : shownShare(pairs.filter(([, after]) => after[field]).length, n)
		});
		return {
			kind,
			pairs: hidden ? null : n,
			hidden: hidden,
			working: figure('working'),
			ownBusiness: figure('ownBusiness'),
			sellingOnline: figure('sellingOnline'),
			income: bandLabels.map((label, band) => ({
				label,
				before: hidden ? null : shownCount(pairs.filter(([before]) => before.incomeBand === band).length),
				after: hidden ? null : shownCount(pairs.filter(([, after]) => after.incomeBand === band).length)
			}))
		};
	});
}

/**
 * A program's before/after, in total and per cohort; null if the program is not the
 * organizer's. Answers of one program are few (one row per participant and check-in), read in
 * one query and grouped here.
 */
export async function readOutcomesForOrganizer(actor: Actor, programId: string) {
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
	const labels = bandsFromLimits(limitsOfProgram(program.incomeBandsJson)).map(bandLabel);
	const rows = await db.outcomeCheckIn.findMany({
		where: { enrollment: { cohort: { programId: program.id } } },
		select: {
			enrollmentId: true,
			kind: true,
			working: true,
			ownBusiness: true,
			sellingOnline: true,
			incomeBand: true,
			enrollment: { select: { cohortId: true } }
		}
	});
	const answeredPerKind = (group: typeof rows) => ({
		baseline: shownCount(group.filter((row) => row.kind === 'baseline').length),
		...Object.fromEntries(FOLLOW_UP_KINDS.map((kind) => [kind, shownCount(group.filter((row) => row.kind === kind).length)]))
	});
	return {
		id: program.id,
		name: program.name,
		bandLabels: labels,
		total: { answered: answeredPerKind(rows), comparisons: compareBeforeAfter(rows, labels) },
		cohorts: program.cohorts.map((cohort) => {
			const own = rows.filter((row) => row.enrollment.cohortId === cohort.id);
			return { id: cohort.id, name: cohort.name, answered: answeredPerKind(own), comparisons: compareBeforeAfter(own, labels) };
		})
	};
}
