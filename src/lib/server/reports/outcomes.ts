/**
 * Before and after (issue 12): per program and per cohort, the share working, with a business
 * and selling online, and the income band distribution at baseline and at each follow-up.
 * Each comparison counts only the participants who answered both the baseline and that
 * follow-up, and says how many they were; a comparison of fewer than 5 people is hidden.
 */
import { db } from '#lib/server/db/client';
import { sql, toNumber } from '#lib/server/db/raw-sql';
import { pageOf } from '#lib/server/reports/report-query';
import { FOLLOW_UP_KINDS, type FollowUpKind } from '#lib/server/outcomes/check-in';
import { bandLabel, bandsFromLimits, limitsOfProgram } from '#lib/server/outcomes/income-bands';
import { SMALL_GROUP, shownCount, shownShare } from '#lib/server/reports/small-groups';

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

const MEASURES = ['working', 'ownBusiness', 'sellingOnline'] as const;
type Measure = (typeof MEASURES)[number];

/** The pairs (baseline and one follow-up of the same enrollment) of a group, counted. */
export interface PairTally {
	pairs: number;
	before: Record<Measure, number>;
	after: Record<Measure, number>;
	/** People per income band, by band index. */
	incomeBefore: number[];
	incomeAfter: number[];
}

function emptyTally(): PairTally {
	return {
		pairs: 0,
		before: { working: 0, ownBusiness: 0, sellingOnline: 0 },
		after: { working: 0, ownBusiness: 0, sellingOnline: 0 },
		incomeBefore: [],
		incomeAfter: []
	};
}

function addTally(into: PairTally, from: PairTally) {
	into.pairs += from.pairs;
	for (const measure of MEASURES) {
		into.before[measure] += from.before[measure];
		into.after[measure] += from.after[measure];
	}
	from.incomeBefore.forEach((n, band) => (into.incomeBefore[band] = (into.incomeBefore[band] ?? 0) + n));
	from.incomeAfter.forEach((n, band) => (into.incomeAfter[band] = (into.incomeAfter[band] ?? 0) + n));
}

/** Pure: what may be shown of one group's pairs for one follow-up. */
export function comparisonOf(kind: FollowUpKind, tally: PairTally | undefined, bandLabels: readonly string[]): Comparison {
	const counted = tally ?? emptyTally();
	const n = counted.pairs;
	const hidden = n < SMALL_GROUP;
	const figure = (measure: Measure): Figure => ({
		before: hidden ? null : shownShare(counted.before[measure], n),
		after: hidden ? null : shownShare(counted.after[measure], n)
	});
	return {
		kind,
		pairs: hidden ? null : n,
		hidden,
		working: figure('working'),
		ownBusiness: figure('ownBusiness'),
		sellingOnline: figure('sellingOnline'),
		income: bandLabels.map((label, band) => ({
			label,
			before: hidden ? null : shownCount(counted.incomeBefore[band] ?? 0),
			after: hidden ? null : shownCount(counted.incomeAfter[band] ?? 0)
		}))
	};
}

/** Cohorts shown on one page of the before/after (the whole program is on every page). */
export const COHORTS_PER_PAGE = 10;

/**
 * A program's outcome answers counted per cohort: answers per check-in kind, and the pairs per
 * follow-up. Plain objects, so they travel from the counting thread (decision 026).
 */
export interface OutcomeCounts {
	answered: Record<string, Record<string, number>>;
	pairs: Record<string, Record<string, PairTally>>;
}

/**
 * One pass over the program's answers: each answer is counted for its kind, and a follow-up
 * joined with the same enrollment's baseline is a pair, grouped by both income bands so each
 * side's distribution is a sum (a few thousand rows at size L instead of every answer). The
 * program's total is the sum of its cohorts, since answers belong to enrollments and each
 * enrollment to one cohort. The caller checks access.
 */
export async function countOutcomes(programId: string): Promise<OutcomeCounts> {
	const rows = await db.$queryRaw<{ cid: string; kind: string; bb: unknown; ab: unknown; n: unknown; [measure: string]: unknown }[]>(sql`
		SELECT e."cohortId" AS cid, f.kind AS kind, b."incomeBand" AS bb, f."incomeBand" AS ab, COUNT(*) AS n,
			SUM(CASE WHEN b.working THEN 1 ELSE 0 END) AS bw, SUM(CASE WHEN f.working THEN 1 ELSE 0 END) AS aw,
			SUM(CASE WHEN b."ownBusiness" THEN 1 ELSE 0 END) AS bo, SUM(CASE WHEN f."ownBusiness" THEN 1 ELSE 0 END) AS ao,
			SUM(CASE WHEN b."sellingOnline" THEN 1 ELSE 0 END) AS bs, SUM(CASE WHEN f."sellingOnline" THEN 1 ELSE 0 END) AS as_
		FROM "Cohort" c
		JOIN "Enrollment" e ON e."cohortId" = c.id
		JOIN "OutcomeCheckIn" f ON f."enrollmentId" = e.id
		LEFT JOIN "OutcomeCheckIn" b ON b."enrollmentId" = e.id AND b.kind = 'baseline' AND f.kind <> 'baseline'
		WHERE c."programId" = ${programId}
		GROUP BY e."cohortId", f.kind, b."incomeBand", f."incomeBand"`);
	const counts: OutcomeCounts = { answered: {}, pairs: {} };
	for (const row of rows) {
		const n = toNumber(row.n);
		const answered = (counts.answered[row.cid] ??= {});
		answered[row.kind] = (answered[row.kind] ?? 0) + n;
		if (row.bb === null) continue;
		const tally = ((counts.pairs[row.cid] ??= {})[row.kind] ??= emptyTally());
		tally.pairs += n;
		tally.before.working += toNumber(row.bw);
		tally.after.working += toNumber(row.aw);
		tally.before.ownBusiness += toNumber(row.bo);
		tally.after.ownBusiness += toNumber(row.ao);
		tally.before.sellingOnline += toNumber(row.bs);
		tally.after.sellingOnline += toNumber(row.as_);
		const [before, after] = [toNumber(row.bb), toNumber(row.ab)];
		tally.incomeBefore[before] = (tally.incomeBefore[before] ?? 0) + n;
		tally.incomeAfter[after] = (tally.incomeAfter[after] ?? 0) + n;
	}
	return counts;
}

/** Pure: what the page shows of a program's counts: the whole program and one page of its cohorts. */
export function outcomesPage(
	program: { id: string; name: string; incomeBandsJson: string | null; cohorts: { id: string; name: string }[] },
	counts: OutcomeCounts,
	page: number
) {
	const labels = bandsFromLimits(limitsOfProgram(program.incomeBandsJson)).map(bandLabel);
	const answeredPerKind = (count: (kind: string) => number) => ({
		baseline: shownCount(count('baseline')),
		...Object.fromEntries(FOLLOW_UP_KINDS.map((kind) => [kind, shownCount(count(kind))]))
	});
	const cohortIds = Object.keys(counts.answered);
	const totalOf = (kind: string): PairTally => {
		const total = emptyTally();
		for (const cohortId of cohortIds) {
			const tally = counts.pairs[cohortId]?.[kind];
			if (tally) addTally(total, tally);
		}
		return total;
	};
	const shown = pageOf(program.cohorts, COHORTS_PER_PAGE, page);
	return {
		id: program.id,
		name: program.name,
		bandLabels: labels,
		total: {
			answered: answeredPerKind((kind) => cohortIds.reduce((sum, cohortId) => sum + (counts.answered[cohortId][kind] ?? 0), 0)),
			comparisons: FOLLOW_UP_KINDS.map((kind) => comparisonOf(kind, totalOf(kind), labels))
		},
		cohortCount: program.cohorts.length,
		page: shown.page,
		cohorts: shown.items.map((cohort) => ({
			id: cohort.id,
			name: cohort.name,
			answered: answeredPerKind((kind) => counts.answered[cohort.id]?.[kind] ?? 0),
			comparisons: FOLLOW_UP_KINDS.map((kind) => comparisonOf(kind, counts.pairs[cohort.id]?.[kind], labels))
		}))
	};
}
