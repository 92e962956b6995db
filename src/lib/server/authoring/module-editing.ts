/**
 * A course's modules in the web editor: create, rename, reorder, archive and restore. Each
 * write and its AuditEvent happen in one transaction; permission is in each query's where.
 */
import { db, type DbTx } from '#lib/server/db/client';
import { isUniqueViolation } from '#lib/server/db/errors';
import { courseEditableBy, recordAuditEvent, type Actor } from '#lib/server/authoring/authoring';
import { chooseSlug, type SlugProblem } from '#lib/server/authoring/course-editing';
import { starterModuleSource, titleOfSource, withTitle } from '#lib/server/authoring/module-source';

/** Where clause: this module, in a course this person may change. */
export function moduleEditableBy(actor: Actor, courseSlug: string, moduleSlug: string) {
	return { slug: moduleSlug, course: { slug: courseSlug, ...courseEditableBy(actor) } };
}

export type CreateModuleResult =
	{ ok: true; slug: string } | { ok: false; reason: 'course-not-found' } | { ok: false; reason: 'slug'; problem: SlugProblem };

/** A new module goes last, with a draft that already parses (module-source.ts); nothing is published yet. */
export async function createModule(actor: Actor, courseSlug: string, input: { title: string; slug: string }): Promise<CreateModuleResult> {
	const course = await db.course.findFirst({
		where: { slug: courseSlug, ...courseEditableBy(actor) },
		select: { id: true, modules: { select: { slug: true, position: true } } }
	});
	if (!course) return { ok: false, reason: 'course-not-found' };
	const chosen = chooseSlug(input.title, input.slug, new Set(course.modules.map((module) => module.slug)));
	if (!chosen.ok) return { ok: false, reason: 'slug', problem: chosen.problem };
	const position = Math.max(0, ...course.modules.map((module) => module.position)) + 1;
	try {
		await db.$transaction(async (tx) => {
			const module = await tx.module.create({
				data: {
					courseId: course.id,
					slug: chosen.slug,
					position,
					draft: { create: { source: starterModuleSource(input.title), baseVersionId: null, updatedById: actor.id } }
				},
				select: { id: true }
			});
			await recordAuditEvent(tx, {
				actorId: actor.id,
				action: 'module.create',
				courseId: course.id,
				moduleId: module.id,
				detail: { title: input.title }
			});
		});
	} catch (error) {
		if (isUniqueViolation(error)) return { ok: false, reason: 'slug', problem: 'slugTaken' };
		throw error;
	}
	return { ok: true, slug: chosen.slug };
}

/**
 * Renaming changes the title in the draft's frontmatter; the slug (the file name and the
 * address) never changes (docs/decisions/005-authoring.md). Participants see the new title
 * once the draft is published.
 */
export async function renameModule(actor: Actor, courseSlug: string, moduleSlug: string, title: string): Promise<boolean> {
	return db.$transaction(async (tx) => {
		const module = await tx.module.findFirst({
			where: moduleEditableBy(actor, courseSlug, moduleSlug),
			select: {
				id: true,
				courseId: true,
				publishedVersionId: true,
				publishedVersion: { select: { title: true, source: true } },
				draft: { select: { source: true } }
			}
		});
		if (!module) return false;
		const current = module.draft?.source ?? module.publishedVersion?.source ?? '';
		const from = titleOfSource(current) ?? module.publishedVersion?.title ?? moduleSlug;
		const source = withTitle(current, title);
		await tx.moduleDraft.upsert({
			where: { moduleId: module.id },
			create: { moduleId: module.id, source, baseVersionId: module.publishedVersionId, updatedById: actor.id },
			update: { source, updatedById: actor.id }
		});
		await recordAuditEvent(tx, {
			actorId: actor.id,
			action: 'module.rename',
			courseId: module.courseId,
			moduleId: module.id,
			detail: { from, to: title }
		});
		return true;
	});
}

export type MoveResult = { ok: true } | { ok: false; reason: 'not-found' | 'at-edge' };

/**
 * Swaps the module with its neighbour and numbers the whole course 1…n again: positions from
 * imports and archiving may repeat or leave gaps, and a swap of equal numbers would do nothing.
 */
export async function moveModule(actor: Actor, courseSlug: string, moduleSlug: string, direction: 'up' | 'down'): Promise<MoveResult> {
	return db.$transaction(async (tx) => {
		const module = await tx.module.findFirst({
			where: moduleEditableBy(actor, courseSlug, moduleSlug),
			select: { id: true, courseId: true }
		});
		if (!module) return { ok: false, reason: 'not-found' } as const;
		const order = await tx.module.findMany({
			where: { courseId: module.courseId },
			orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
			select: { id: true, position: true }
		});
		const from = order.findIndex((entry) => entry.id === module.id);
		const to = direction === 'up' ? from - 1 : from + 1;
		if (to < 0 || to >= order.length) return { ok: false, reason: 'at-edge' } as const;
		[order[from], order[to]] = [order[to], order[from]];
		await renumber(tx, order);
		await recordAuditEvent(tx, {
			actorId: actor.id,
			action: 'module.reorder',
			courseId: module.courseId,
			moduleId: module.id,
			detail: { from: from + 1, to: to + 1 }
		});
		return { ok: true } as const;
	});
}

async function renumber(tx: DbTx, order: { id: string; position: number }[]): Promise<void> {
	for (const [index, entry] of order.entries()) {
		if (entry.position !== index + 1) await tx.module.update({ where: { id: entry.id }, data: { position: index + 1 } });
	}
}

/**
 * Archived modules vanish from participants' lists and lessons (course.ts reads only
 * unarchived ones); their progress, attempts and versions stay, so restoring brings all back.
 */
export async function archiveModule(actor: Actor, courseSlug: string, moduleSlug: string): Promise<boolean> {
	return setArchived(actor, courseSlug, moduleSlug, true);
}

export async function restoreModule(actor: Actor, courseSlug: string, moduleSlug: string): Promise<boolean> {
	return setArchived(actor, courseSlug, moduleSlug, false);
}

async function setArchived(actor: Actor, courseSlug: string, moduleSlug: string, archive: boolean): Promise<boolean> {
	return db.$transaction(async (tx) => {
		const module = await tx.module.findFirst({
			where: moduleEditableBy(actor, courseSlug, moduleSlug),
			select: { id: true, courseId: true, archivedAt: true }
		});
		if (!module) return false;
		// Pressing the button twice (a resent form) changes nothing and records nothing.
		if ((module.archivedAt !== null) === archive) return true;
		await tx.module.update({ where: { id: module.id }, data: { archivedAt: archive ? new Date() : null } });
		await recordAuditEvent(tx, {
			actorId: actor.id,
			action: archive ? 'module.archive' : 'module.restore',
			courseId: module.courseId,
			moduleId: module.id
		});
		return true;
	});
}
