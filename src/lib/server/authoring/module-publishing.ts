/**
 * The module editor: the draft, its preview, publishing, versions and rollback. Nothing a
 * trainer typed is lost: every save, preview and publish (failed or not) stores the draft, and
 * a broken text never replaces the version participants see.
 */
import { db } from '#lib/server/db/client';
import { courseViewableBy, recordAuditEvent, type Actor } from '#lib/server/authoring/authoring';
import { moduleEditableBy } from '#lib/server/authoring/module-editing';
import { normalizeNewlines, titleOfSource } from '#lib/server/authoring/module-source';
import { publishModuleVersion, sourceHashOf } from '#lib/server/library/module-version';
import { MAX_MODULE_BYTES } from '#lib/server/library/content-files';
import { mediaBaseUrlFor } from '#lib/server/library/content-media';
import { checkModuleSource } from '#lib/server/library/module-check';
import { quizForLevel } from '#lib/content/quiz';
import {
	LITERACY_LEVELS,
	type ContentError,
	type ContentWarning,
	type LiteracyLevel,
	type PracticalTask,
	type QuizQuestion
} from '#lib/content/types';

export { MAX_MODULE_BYTES };

function moduleViewableBy(actor: Actor, courseSlug: string, moduleSlug: string) {
	return { slug: moduleSlug, course: { slug: courseSlug, ...courseViewableBy(actor) } };
}

/** The editor page: the text to edit (the draft, else the published source) and what surrounds it. */
export async function readModuleForEditing(actor: Actor, courseSlug: string, moduleSlug: string) {
	const module = await db.module.findFirst({
		where: moduleViewableBy(actor, courseSlug, moduleSlug),
		select: {
			slug: true,
			archivedAt: true,
			publishedVersionId: true,
			course: { select: { slug: true, title: true } },
			publishedVersion: { select: { version: true, title: true, source: true, createdAt: true, createdBy: { select: { name: true } } } },
			draft: { select: { source: true, baseVersionId: true, updatedAt: true, updatedBy: { select: { name: true } } } }
		}
	});
	if (!module) return null;
	const canEdit = (await db.module.count({ where: moduleEditableBy(actor, courseSlug, moduleSlug) })) > 0;
	const { draft, publishedVersion } = module;
	const source = draft?.source ?? publishedVersion?.source ?? '';
	return {
		course: module.course,
		slug: module.slug,
		title: titleOfSource(source) ?? publishedVersion?.title ?? module.slug,
		archived: module.archivedAt !== null,
		canEdit,
		source,
		draft: draft ? { updatedAt: draft.updatedAt, updatedByName: draft.updatedBy?.name ?? null } : null,
		published: publishedVersion
			? {
					version: publishedVersion.version,
					title: publishedVersion.title,
					createdAt: publishedVersion.createdAt,
					byName: publishedVersion.createdBy?.name ?? null
				}
			: null,
		// Someone published (or rolled back) after this draft was started from another version.
		publishedSinceDraftStarted: draft !== null && draft.baseVersionId !== module.publishedVersionId
	};
}

export type DraftRefusal = { ok: false; reason: 'not-found' } | { ok: false; reason: 'too-large'; bytes: number };

function tooLarge(source: string): DraftRefusal | undefined {
	const bytes = Buffer.byteLength(source, 'utf8');
	return bytes > MAX_MODULE_BYTES ? { ok: false, reason: 'too-large', bytes } : undefined;
}

/** Stores the draft; any text up to 1 MB is accepted, valid Markdown or not. */
export async function saveDraft(actor: Actor, courseSlug: string, moduleSlug: string, text: string): Promise<{ ok: true } | DraftRefusal> {
	const stored = await storeDraft(actor, courseSlug, moduleSlug, normalizeNewlines(text));
	return stored.ok ? { ok: true } : stored;
}

/** The module this actor may write this text to, or why not: the size is checked before any query. */
async function moduleToWrite(actor: Actor, courseSlug: string, moduleSlug: string, source: string) {
	const refusal = tooLarge(source);
	if (refusal) return refusal;
	const module = await db.module.findFirst({
		where: moduleEditableBy(actor, courseSlug, moduleSlug),
		select: { id: true, courseId: true, publishedVersionId: true }
	});
	if (!module) return { ok: false, reason: 'not-found' } as const;
	return { ok: true, module } as const;
}

async function storeDraft(
	actor: Actor,
	courseSlug: string,
	moduleSlug: string,
	source: string
): Promise<{ ok: true; courseId: string } | DraftRefusal> {
	const writable = await moduleToWrite(actor, courseSlug, moduleSlug, source);
	if (!writable.ok) return writable;
	const { module } = writable;
	await db.moduleDraft.upsert({
		where: { moduleId: module.id },
		create: { moduleId: module.id, source, baseVersionId: module.publishedVersionId, updatedById: actor.id },
		update: { source, updatedById: actor.id }
	});
	return { ok: true, courseId: module.courseId };
}

export interface PreviewLevel {
	level: LiteracyLevel;
	html: string;
	questions: QuizQuestion[];
}

export type DraftCheck =
	| { ok: true; levels: PreviewLevel[]; practical: PracticalTask | null; levelsWithVariants: LiteracyLevel[]; warnings: ContentWarning[] }
	| { ok: false; errors: ContentError[]; warnings: ContentWarning[] };

/** Checks as publishing would (images against the course's uploaded ones), without storing a version. */
function checkDraft(courseId: string, courseSlug: string, source: string) {
	return checkModuleSource(source, {
		mediaBaseUrl: mediaBaseUrlFor(courseSlug),
		// Off the request thread and within a time budget: a trainer's text must never stall the server.
		offThread: true,
		// Every path of the course: the check normalises "./gambar/a.webp" and percent-encoding itself.
		images: async () => ({
			available: new Set((await db.mediaAsset.findMany({ where: { courseId }, select: { path: true } })).map((asset) => asset.path))
		})
	});
}

/** Saves the draft, then shows what each level would read: lesson, quiz questions, practical task, warnings. */
export async function previewDraft(
	actor: Actor,
	courseSlug: string,
	moduleSlug: string,
	text: string
): Promise<{ ok: true; check: DraftCheck } | DraftRefusal> {
	const source = normalizeNewlines(text);
	const saved = await storeDraft(actor, courseSlug, moduleSlug, source);
	if (!saved.ok) return saved;
	const parsed = await checkDraft(saved.courseId, courseSlug, source);
	if (!parsed.ok) return { ok: true, check: parsed };
	const { module } = parsed;
	return {
		ok: true,
		check: {
			ok: true,
			levels: LITERACY_LEVELS.map((level) => ({ level, html: module.html[level], questions: quizForLevel(module.quiz, level) })),
			practical: module.practical,
			levelsWithVariants: module.levelsWithVariants,
			warnings: parsed.warnings
		}
	};
}

export type PublishResult =
	| { ok: true; version: number; unchanged: boolean }
	| DraftRefusal
	| { ok: false; reason: 'invalid'; errors: ContentError[]; warnings: ContentWarning[] };

/**
 * Saves the draft and, when it parses, publishes it as the next version. With errors only the
 * draft is stored and the published version stays live. Text equal to the live version
 * publishes nothing new.
 */
export async function publishDraft(actor: Actor, courseSlug: string, moduleSlug: string, text: string): Promise<PublishResult> {
	const source = normalizeNewlines(text);
	const writable = await moduleToWrite(actor, courseSlug, moduleSlug, source);
	if (!writable.ok) return writable;
	const { module } = writable;
	// Parsed outside the transaction: a long module must not hold the database's write lock.
	const parsed = await checkDraft(module.courseId, courseSlug, source);
	return db.$transaction(async (tx) => {
		const live = await tx.module.findUniqueOrThrow({
			where: { id: module.id },
			select: { publishedVersionId: true, publishedVersion: { select: { version: true, sourceHash: true } } }
		});
		let outcome: PublishResult;
		let baseVersionId = live.publishedVersionId;
		if (!parsed.ok) {
			outcome = { ok: false, reason: 'invalid', errors: parsed.errors, warnings: parsed.warnings };
		} else if (live.publishedVersion && live.publishedVersion.sourceHash === sourceHashOf(source)) {
			outcome = { ok: true, version: live.publishedVersion.version, unchanged: true };
		} else {
			const published = await publishModuleVersion(tx, { moduleId: module.id, source, module: parsed.module, publishedById: actor.id });
			baseVersionId = published.id;
			outcome = { ok: true, version: published.version, unchanged: false };
			await recordAuditEvent(tx, {
				actorId: actor.id,
				action: 'module.publish',
				courseId: module.courseId,
				moduleId: module.id,
				detail: { version: published.version, title: parsed.module.title }
			});
		}
		// A failed publish keeps the draft's base: the trainer has not caught up with anything.
		await tx.moduleDraft.upsert({
			where: { moduleId: module.id },
			create: { moduleId: module.id, source, baseVersionId: live.publishedVersionId, updatedById: actor.id },
			update: { source, updatedById: actor.id, ...(outcome.ok ? { baseVersionId } : {}) }
		});
		return outcome;
	});
}

/** Every published version of a module, newest first, with the one participants see marked. */
export async function listVersions(actor: Actor, courseSlug: string, moduleSlug: string) {
	const module = await db.module.findFirst({
		where: moduleViewableBy(actor, courseSlug, moduleSlug),
		select: {
			slug: true,
			publishedVersionId: true,
			course: { select: { slug: true, title: true } },
			versions: {
				orderBy: { version: 'desc' },
				select: { id: true, version: true, title: true, createdAt: true, createdBy: { select: { name: true } } }
			}
		}
	});
	if (!module) return null;
	const canEdit = (await db.module.count({ where: moduleEditableBy(actor, courseSlug, moduleSlug) })) > 0;
	return {
		course: module.course,
		slug: module.slug,
		canEdit,
		versions: module.versions.map((version) => ({
			version: version.version,
			title: version.title,
			createdAt: version.createdAt,
			byName: version.createdBy?.name ?? null,
			live: version.id === module.publishedVersionId
		}))
	};
}

/** One version's Markdown, read-only. */
export async function readVersionSource(actor: Actor, courseSlug: string, moduleSlug: string, version: number) {
	return db.moduleVersion.findFirst({
		where: { version, module: moduleViewableBy(actor, courseSlug, moduleSlug) },
		select: { version: true, title: true, source: true }
	});
}

export type RollbackResult = { ok: true } | { ok: false; reason: 'not-found' | 'already-live' };

/**
 * Makes an earlier (or later) version the one participants see. Versions are immutable, so
 * this only moves Module.publishedVersionId; the draft is left as the trainer wrote it.
 */
export async function rollbackToVersion(actor: Actor, courseSlug: string, moduleSlug: string, version: number): Promise<RollbackResult> {
	return db.$transaction(async (tx) => {
		const target = await tx.moduleVersion.findFirst({
			where: { version, module: moduleEditableBy(actor, courseSlug, moduleSlug) },
			select: { id: true, module: { select: { id: true, courseId: true, publishedVersion: { select: { id: true, version: true } } } } }
		});
		if (!target) return { ok: false, reason: 'not-found' } as const;
		const { module } = target;
		if (module.publishedVersion?.id === target.id) return { ok: false, reason: 'already-live' } as const;
		await tx.module.update({ where: { id: module.id }, data: { publishedVersionId: target.id } });
		await recordAuditEvent(tx, {
			actorId: actor.id,
			action: 'module.rollback',
			courseId: module.courseId,
			moduleId: module.id,
			detail: { from: module.publishedVersion?.version ?? null, to: version }
		});
		return { ok: true } as const;
	});
}
