/**
 * What every report page loads (the organizer's program and cohort pages, the trainer's cohort
 * page): the report for the URL's choices, and the links the page offers.
 */
import * as progress from '#lib/server/reports/progress-report';
import { readKeptReport } from '#lib/server/reports/kept-reports';
import { hasParticipants, RAW_EXPORTS, TABLE_EXPORTS } from '#lib/server/reports/exports';
import { readReportQuery, reportSearch } from '#lib/server/reports/report-query';
import { nextPlaceLevel, PLACE_LEVELS, type ReportScope } from '#lib/server/reports/scope';

/** Difficult questions shown on the page; the CSV has every one. */
export const QUESTIONS_ON_PAGE = 10;

export async function loadReportPage(scope: ReportScope, search: URLSearchParams, links: { base: string; downloads: string | null }) {
	const query = readReportQuery(search, { places: scope.cohortId === null });
	const placedScope = { ...scope, place: query.place };
	const [report, anyone] = await Promise.all([
		readKeptReport(placedScope, { courseId: query.courseId, split: query.split }),
		links.downloads ? hasParticipants(placedScope) : Promise.resolve(null)
	]);
	const state = { courseId: report.course?.id ?? null, split: query.split, place: query.place };
	const href = (changes: Partial<typeof state>) => links.base + reportSearch({ ...state, ...changes });
	return {
		scope: { programName: scope.programName, cohortName: scope.cohortName, isCohort: scope.cohortId !== null },
		report: {
			...report,
			questions: report.questions.slice(0, QUESTIONS_ON_PAGE),
			moreQuestions: Math.max(0, report.questions.length - QUESTIONS_ON_PAGE)
		},
		badSplit: query.badSplit,
		split: query.split,
		places: scope.cohortId === null,
		placeTrail: PLACE_LEVELS.filter((level) => query.place[level] !== undefined).map((level, index, levels) => ({
			level,
			name: query.place[level]!,
			href: href({ place: Object.fromEntries(levels.slice(0, index + 1).map((l) => [l, query.place[l]])) })
		})),
		allPlacesHref: href({ place: {} }),
		nextPlaceLevel: nextPlaceLevel(query.place),
		courseLinks: report.courses.map((course) => ({ ...course, href: href({ courseId: course.id }) })),
		splitLinks: ([null, ...progress.SPLITS] as (progress.Split | null)[])
			.filter((split) => split !== 'place' || (scope.cohortId === null && nextPlaceLevel(query.place) !== null))
			.map((split) => ({ split, href: href({ split }) })),
		/** For split 'place': the link that narrows the report to each group's place. */
		placeLinks: Object.fromEntries(
			(report.funnel?.split === 'place' ? report.funnel.groups : []).flatMap((group) => {
				const level = nextPlaceLevel(query.place);
				return level && group.key ? [[group.key, href({ place: { ...query.place, [level]: group.key }, split: 'place' })]] : [];
			})
		) as Record<string, string>,
		downloads: links.downloads
			? {
					empty: anyone === false,
					tables: TABLE_EXPORTS.map((name) => ({ name, href: `${links.downloads}/${name}${reportSearch(state)}` })),
					raw: [...RAW_EXPORTS, 'xapi' as const].map((name) => ({ name, href: `${links.downloads}/${name}${reportSearch(state)}` }))
				}
			: null
	};
}

export type ReportPageData = Awaited<ReturnType<typeof loadReportPage>>;
