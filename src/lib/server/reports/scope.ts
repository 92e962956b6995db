/**
 * Whose numbers a report covers, decided once with the viewer in the query: an organizer
 * reaches their programs (an admin every program), a trainer the cohorts they lead, and
 * nobody else anything. "Not yours" and "does not exist" are the same answer: null.
 */
import { db } from '#lib/server/db/client';
import { cohortOrganizedBy, programOrganizedBy, type Actor } from '#lib/server/cohorts/cohort-setup';
import { cohortOfTrainer } from '#lib/server/cohorts/cohort';

/** Place filters, from province down to desa; each one narrows the one before. */
export const PLACE_LEVELS = ['province', 'regency', 'district', 'village'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];
export type PlaceFilter = Partial<Record<PlaceLevel, string>>;

export interface ReportScope {
	programId: string;
	programName: string;
	/** Set for a cohort's report (an organizer's cohort page or a trainer's). */
	cohortId: string | null;
	cohortName: string | null;
	place: PlaceFilter;
	/** Who is looking: decides, for instance, which editor links they may follow. */
	viewer: Actor;
}

export async function programScope(viewer: Actor, programId: string, place: PlaceFilter = {}): Promise<ReportScope | null> {
	if (viewer.role !== 'organizer' && viewer.role !== 'admin') return null;
	const program = await db.program.findFirst({ where: { id: programId, ...programOrganizedBy(viewer) }, select: { id: true, name: true } });
	if (!program) return null;
	return { programId: program.id, programName: program.name, cohortId: null, cohortName: null, place: cleanPlace(place), viewer };
}

export async function cohortScope(viewer: Actor, cohortId: string): Promise<ReportScope | null> {
	const where =
		viewer.role === 'trainer'
			? { id: cohortId, ...cohortOfTrainer(viewer.id) }
			: viewer.role === 'organizer' || viewer.role === 'admin'
				? { id: cohortId, ...cohortOrganizedBy(viewer) }
				: null;
	if (!where) return null;
	const cohort = await db.cohort.findFirst({ where, select: { id: true, name: true, program: { select: { id: true, name: true } } } });
	if (!cohort) return null;
	return {
		programId: cohort.program.id,
		programName: cohort.program.name,
		cohortId: cohort.id,
		cohortName: cohort.name,
		place: {},
		viewer
	};
}

const MAX_PLACE_LENGTH = 120;

/** Only a prefix of the levels counts (a desa without its kecamatan means nothing). */
export function cleanPlace(place: PlaceFilter): PlaceFilter {
	const clean: PlaceFilter = {};
	for (const level of PLACE_LEVELS) {
		const value = place[level]?.trim();
		if (!value || value.length > MAX_PLACE_LENGTH) break;
		clean[level] = value;
	}
	return clean;
}

/** The level below the deepest filter, or null at desa. */
export function nextPlaceLevel(place: PlaceFilter): PlaceLevel | null {
	const depth = PLACE_LEVELS.filter((level) => place[level] !== undefined).length;
	return PLACE_LEVELS[depth] ?? null;
}
