/**
 * Who may see and change a course in the web editor, and the small pieces every authoring
 * write shares (slugs, audit rows). The course and module functions live in course-editing.ts,
 * module-editing.ts and module-publishing.ts; all of them put these rules in their query's where.
 *
 * - trainer: edits a course when a CourseEditor row links them (owner or editor).
 * - organizer: views (never edits) courses used by cohorts of the programs they organize.
 * - admin: views and edits every course.
 * - participant: nothing here; they only ever read Module.publishedVersion through course.ts.
 */
import type { DbTx } from '#lib/server/db/client';
import { SLUG } from '#lib/content/course';

/** The signed-in person, as the session gives it; the role comes from the database, never the client. */
export interface Actor {
	id: string;
	role: string;
}

/** Matches no row: Prisma treats `in: []` as false on SQLite and PostgreSQL alike. */
const NO_COURSE = { id: { in: [] as string[] } };

/** Where clause: courses this person may change. */
export function courseEditableBy(actor: Actor) {
	if (actor.role === 'admin') return {};
	if (actor.role === 'trainer') return { editors: { some: { userId: actor.id } } };
	return NO_COURSE;
}

/** Where clause: courses this person may read in the authoring pages (drafts included). */
export function courseViewableBy(actor: Actor) {
	if (actor.role === 'admin') return {};
	if (actor.role === 'trainer') return { editors: { some: { userId: actor.id } } };
	if (actor.role === 'organizer') {
		return { cohorts: { some: { cohort: { program: { organizers: { some: { userId: actor.id } } } } } } };
	}
	return NO_COURSE;
}

/** Where clause: courses whose editors this person may change (owners and admins). */
export function courseOwnedBy(actor: Actor) {
	if (actor.role === 'admin') return {};
	if (actor.role === 'trainer') return { editors: { some: { userId: actor.id, role: 'owner' } } };
	return NO_COURSE;
}

/** Only trainers and admins ever create courses; the check lives here so routes and tests agree. */
export function mayCreateCourses(actor: Actor): boolean {
	return actor.role === 'trainer' || actor.role === 'admin';
}

/** Slugs are folder and file names under content/ and URL parts (src/params.ts allows 80). */
export const SLUG_MAX_LENGTH = 60;

const INDONESIAN_WORDS: [RegExp, string][] = [
	[/&/g, ' dan '],
	[/\+/g, ' plus '],
	[/%/g, ' persen '],
	[/@/g, ' at ']
];

/**
 * "Menjahit Baju & Celana (Dasar)" → "menjahit-baju-dan-celana-dasar". Accents are dropped
 * (é → e), "&" reads as "dan", and the cut falls between words, so the slug stays a
 * readable address for a trainer who has never seen one.
 */
export function slugify(text: string): string {
	let plain = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
	for (const [pattern, word] of INDONESIAN_WORDS) plain = plain.replace(pattern, word);
	// "Ke-2" and "2,5" stay readable; apostrophes vanish so "Jum'at" is "jumat".
	plain = plain.replace(/['’`]/g, '');
	const words = plain.split(/[^a-z0-9]+/).filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > SLUG_MAX_LENGTH) break;
		slug = next;
	}
	// One very long first word is cut rather than lost.
	if (!slug && words[0]) slug = words[0].slice(0, SLUG_MAX_LENGTH);
	return slug;
}

export function isValidSlug(slug: string): boolean {
	return slug.length > 0 && slug.length <= SLUG_MAX_LENGTH && SLUG.test(slug);
}

/** `base`, or `base-2`, `base-3` … — the first that `taken` does not hold. */
export function firstFreeSlug(base: string, taken: Set<string>): string {
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) {
		const suffix = `-${n}`;
		const candidate = `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
		if (!taken.has(candidate)) return candidate;
	}
}

/**
 * Audit actions written by the authoring pages (AuditEvent.action). The history list shows
 * each in the reader's language, so a new action needs a message in i18n/areas/authoring.ts.
 */
export type AuthoringAction =
	| 'course.create'
	| 'course.editor-add'
	| 'module.create'
	| 'module.rename'
	| 'module.reorder'
	| 'module.archive'
	| 'module.restore'
	| 'module.publish'
	| 'module.rollback';

/** Written in the same transaction as the change it records, so history never disagrees with data. */
export async function recordAuditEvent(
	tx: DbTx,
	event: { actorId: string; action: AuthoringAction; courseId: string; moduleId?: string; detail?: Record<string, string | number | null> }
): Promise<void> {
	await tx.auditEvent.create({
		data: {
			actorId: event.actorId,
			action: event.action,
			courseId: event.courseId,
			moduleId: event.moduleId ?? null,
			detail: JSON.stringify(event.detail ?? {})
		}
	});
}
