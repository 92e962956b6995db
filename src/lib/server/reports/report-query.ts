/**
 * The report's choices as they travel in the URL (a GET form and plain links: no JavaScript):
 * ?kursus=<course id>&menurut=<split>&provinsi=…&kabupaten=…&kecamatan=…&desa=…
 * Anything unknown is ignored, so an old or hand-made link still shows a report.
 */
import { isSplit, type Split } from '#lib/server/reports/progress-report';
import { cleanPlace, type PlaceFilter, type PlaceLevel } from '#lib/server/reports/scope';

export const PLACE_PARAMS: Record<PlaceLevel, string> = {
	province: 'provinsi',
	regency: 'kabupaten',
	district: 'kecamatan',
	village: 'desa'
};

const SPLIT_PARAMS: Record<Split, string> = { level: 'tingkat', gender: 'kelamin', age: 'umur', place: 'tempat' };

export interface ReportQuery {
	courseId: string | null;
	split: Split | null;
	/** A split was asked for that does not exist (the page says so). */
	badSplit: boolean;
	place: PlaceFilter;
}

export function readReportQuery(search: URLSearchParams, options: { places: boolean }): ReportQuery {
	const courseId = search.get('kursus');
	const splitParam = search.get('menurut');
	const split = (Object.entries(SPLIT_PARAMS).find(([, param]) => param === splitParam)?.[0] ?? null) as Split | null;
	const usable = split && isSplit(split) && (split !== 'place' || options.places) ? split : null;
	const place: PlaceFilter = {};
	if (options.places)
		for (const [level, param] of Object.entries(PLACE_PARAMS) as [PlaceLevel, string][]) place[level] = search.get(param) ?? undefined;
	return {
		courseId: courseId && /^[a-z0-9]{20,40}$/.test(courseId) ? courseId : null,
		split: usable,
		badSplit: splitParam !== null && splitParam !== '' && usable === null,
		place: cleanPlace(place)
	};
}

/** The query string of a report state (for links and downloads). */
export function reportSearch(state: { courseId: string | null; split: Split | null; place: PlaceFilter }): string {
	const search = new URLSearchParams();
	if (state.courseId) search.set('kursus', state.courseId);
	if (state.split) search.set('menurut', SPLIT_PARAMS[state.split]);
	for (const [level, param] of Object.entries(PLACE_PARAMS) as [PlaceLevel, string][]) {
		const value = state.place[level];
		if (value !== undefined) search.set(param, value);
	}
	const text = search.toString();
	return text ? `?${text}` : '';
}

/** ?halaman=N of a paged report: a whole number from 1; anything else is the first page. */
export function pageNumber(value: string | null): number {
	const number = value && /^\d{1,6}$/.test(value) ? Number(value) : 1;
	return Math.max(1, number);
}

/** One page of a list of groups: the page asked for, kept between the first and the last (an empty list has one page). */
export function pageOf<T>(
	items: readonly T[],
	perPage: number,
	requested: number
): { page: { number: number; count: number }; items: T[] } {
	const count = Math.max(1, Math.ceil(items.length / perPage));
	const number = Math.min(Math.max(1, Math.floor(requested) || 1), count);
	return { page: { number, count }, items: items.slice((number - 1) * perPage, number * perPage) };
}
