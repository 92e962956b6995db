/**
 * Courses in the web editor: the list, creating one, adding editors, the course page with its
 * modules' states and history. Permissions are in every where (authoring.ts).
 */
import { db } from '#lib/server/db/client';
import { isUniqueViolation } from '#lib/server/db/errors';
import {
	courseEditableBy,
	courseOwnedBy,
	courseViewableBy,
	firstFreeSlug,
	isValidSlug,
	mayCreateCourses,
	recordAuditEvent,
	slugify,
	type Actor,
	type AuthoringAction
} from '#lib/server/authoring/authoring';
import { sourceHashOf } from '#lib/server/library/module-version';
import { titleOfSource } from '#lib/server/authoring/module-source';
import { normalizeLoginIdentifier } from '#lib/server/accounts/login';

export async function listCoursesForAuthoring(actor: Actor) {
	const courses = await db.course.findMany({
		where: courseViewableBy(actor),
		orderBy: { title: 'asc' },
		select: {
			slug: true,
			title: true,
			summary: true,
			editors: { where: { userId: actor.id }, select: { role: true } },
			_count: { select: { modules: { where: { archivedAt: null } } } }
		}
	});
	return courses.map((course) => ({
		slug: course.slug,
		title: course.title,
		summary: course.summary,
		moduleCount: course._count.modules,
		canEdit: actor.role === 'admin' || course.editors.length > 0
	}));
}

export type SlugProblem = 'slugInvalid' | 'slugTaken' | 'slugFromTitleEmpty';

/**
 * A slug the person typed must be valid and free; a blank one is made from the title and
 * numbered (-2, -3 …) until free, so "create" with just a title always works.
 */
export function chooseSlug(
	title: string,
	typed: string,
	taken: Set<string>
): { ok: true; slug: string } | { ok: false; problem: SlugProblem } {
	const wanted = typed.trim().toLowerCase();
	if (wanted) {
		if (!isValidSlug(wanted)) return { ok: false, problem: 'slugInvalid' };
		if (taken.has(wanted)) return { ok: false, problem: 'slugTaken' };
		return { ok: true, slug: wanted };
	}
	const base = slugify(title);
	if (!base) return { ok: false, problem: 'slugFromTitleEmpty' };
	return { ok: true, slug: firstFreeSlug(base, taken) };
}

export type CreateCourseResult =
	{ ok: true; slug: string } | { ok: false; reason: 'forbidden' } | { ok: false; reason: 'slug'; problem: SlugProblem };

/** The creator becomes the course's owner. */
export async function createCourse(actor: Actor, input: { title: string; summary: string; slug: string }): Promise<CreateCourseResult> {
	if (!mayCreateCourses(actor)) return { ok: false, reason: 'forbidden' };
	const base = slugify(input.title);
	const similar = await db.course.findMany({
		where: { slug: { in: [input.slug.trim().toLowerCase(), base].filter(Boolean) } },
		select: { slug: true }
	});
	const numbered = base ? await db.course.findMany({ where: { slug: { startsWith: `${base}-` } }, select: { slug: true } }) : [];
	const chosen = chooseSlug(input.title, input.slug, new Set([...similar, ...numbered].map((course) => course.slug)));
	if (!chosen.ok) return { ok: false, reason: 'slug', problem: chosen.problem };
	try {
		await db.$transaction(async (tx) => {
			const course = await tx.course.create({
				data: { slug: chosen.slug, title: input.title, summary: input.summary, editors: { create: { userId: actor.id, role: 'owner' } } },
				select: { id: true }
			});
			await recordAuditEvent(tx, { actorId: actor.id, action: 'course.create', courseId: course.id, detail: { title: input.title } });
		});
	} catch (error) {
		// Someone took the slug between our check and the insert.
		if (isUniqueViolation(error)) return { ok: false, reason: 'slug', problem: 'slugTaken' };
		throw error;
	}
	return { ok: true, slug: chosen.slug };
}

export type AddEditorResult =
	{ ok: true; name: string } | { ok: false; reason: 'course-not-found' | 'identifier-invalid' | 'trainer-not-found' | 'already-editor' };

/** An owner (or an admin) adds a trainer, found by email or phone number, as an editor. */
export async function addCourseEditor(actor: Actor, courseSlug: string, identifier: string): Promise<AddEditorResult> {
	const course = await db.course.findFirst({ where: { slug: courseSlug, ...courseOwnedBy(actor) }, select: { id: true } });
	if (!course) return { ok: false, reason: 'course-not-found' };
	const key = normalizeLoginIdentifier(identifier);
	if (!key) return { ok: false, reason: 'identifier-invalid' };
	const trainer = await db.user.findFirst({
		where: { role: 'trainer', OR: [{ email: key }, { phone: key }] },
		select: { id: true, name: true, courseEditor: { where: { courseId: course.id }, select: { role: true } } }
	});
	if (!trainer) return { ok: false, reason: 'trainer-not-found' };
	if (trainer.courseEditor.length > 0) return { ok: false, reason: 'already-editor' };
	await db.$transaction(async (tx) => {
		await tx.courseEditor.create({ data: { courseId: course.id, userId: trainer.id, role: 'editor' } });
		await recordAuditEvent(tx, { actorId: actor.id, action: 'course.editor-add', courseId: course.id, detail: { name: trainer.name } });
	});
	return { ok: true, name: trainer.name };
}

export type ModuleState = 'published' | 'draft-newer' | 'never-published' | 'archived';

/** The course page: its modules in order with their state, editors, and whether this person may change it. */
export async function readCourseForAuthoring(actor: Actor, courseSlug: string) {
	const course = await db.course.findFirst({
		where: { slug: courseSlug, ...courseViewableBy(actor) },
		select: {
			id: true,
			slug: true,
			title: true,
			summary: true,
			editors: { orderBy: { createdAt: 'asc' }, select: { role: true, user: { select: { id: true, name: true } } } },
			modules: {
				orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
				select: {
					slug: true,
					archivedAt: true,
					publishedVersion: { select: { version: true, title: true, sourceHash: true } },
					// The draft's text is read to tell whether it differs from what participants see.
					draft: { select: { source: true } }
				}
			}
		}
	});
	if (!course) return null;
	const canEdit = (await db.course.count({ where: { id: course.id, ...courseEditableBy(actor) } })) > 0;
	const canManageEditors = canEdit && (await db.course.count({ where: { id: course.id, ...courseOwnedBy(actor) } })) > 0;
	const modules = course.modules.map((module) => {
		const draftDiffers = module.draft !== null && sourceHashOf(module.draft.source) !== module.publishedVersion?.sourceHash;
		const state: ModuleState = module.archivedAt
			? 'archived'
			: !module.publishedVersion
				? 'never-published'
				: draftDiffers
					? 'draft-newer'
					: 'published';
		return {
			slug: module.slug,
			title: (module.draft && titleOfSource(module.draft.source)) || module.publishedVersion?.title || module.slug,
			publishedTitle: module.publishedVersion?.title ?? null,
			publishedVersion: module.publishedVersion?.version ?? null,
			draftDiffers,
			state
		};
	});
	return {
		id: course.id,
		slug: course.slug,
		title: course.title,
		summary: course.summary,
		canEdit,
		canManageEditors,
		editors: course.editors.map((editor) => ({ id: editor.user.id, name: editor.user.name, role: editor.role })),
		modules
	};
}

/** Recent changes to a course, newest first, with who made them. */
export async function listCourseHistory(actor: Actor, courseSlug: string, limit = 30) {
	const course = await db.course.findFirst({
		where: { slug: courseSlug, ...courseViewableBy(actor) },
		select: {
			modules: { select: { id: true, slug: true } },
			events: {
				// cuid ids grow with time: they order events written in the same millisecond.
				orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
				take: limit,
				select: { id: true, action: true, moduleId: true, detail: true, createdAt: true, actor: { select: { name: true } } }
			}
		}
	});
	if (!course) return null;
	const moduleSlugs = new Map(course.modules.map((module) => [module.id, module.slug]));
	return course.events.map((event) => ({
		id: event.id,
		action: event.action as AuthoringAction,
		actorName: event.actor?.name ?? null,
		moduleSlug: event.moduleId ? (moduleSlugs.get(event.moduleId) ?? null) : null,
		detail: parseDetail(event.detail),
		createdAt: event.createdAt
	}));
}

function parseDetail(json: string): Record<string, string | number | null> {
	try {
		const value: unknown = JSON.parse(json);
		return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, string | number | null>) : {};
	} catch {
		// A row written by hand or by an older version: show the event without its detail.
		return {};
	}
}
