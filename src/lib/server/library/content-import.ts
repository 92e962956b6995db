/**
 * The shipped content library (content/<course>/course.yaml + one .md per module + images in
 * any sub-folder) into the database. Parsing happens here, once; readers only ever get the
 * stored HTML and quiz.
 *
 * A module file with errors is not imported and the version participants see stays live:
 * a broken save must never take a lesson away from someone halfway through it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { db, type DbTx } from '#lib/server/db/client';
import { publishModuleVersion, sourceHashOf } from '#lib/server/library/module-version';
import { manifestModuleLine, parseCourseManifest, SLUG, type CourseManifest } from '#lib/content/course';
import { contentError } from '#lib/content/messages';
import type { ParseResult } from '#lib/content/types';
import {
	importCourseMedia,
	loadCourseMedia,
	mediaBaseUrlFor,
	type LoadedMedia,
	type MediaImportReport
} from '#lib/server/library/content-media';
import { located, MAX_MODULE_BYTES, readIfExists, sizeIfExists, type LibraryProblem } from '#lib/server/library/content-files';
import { loadPlacementLibrary, PLACEMENT_DIR, PRETEST_FILE, pretestListed } from '#lib/server/library/content-placement';
import { checkModuleSource, moduleTooLarge } from '#lib/server/library/module-check';
import type { LoadedAssessmentFile, LoadedPlacement } from '#lib/server/library/content-placement';
import { importPretestVersion, type PretestImportStatus } from '#lib/server/library/pretest-version';
import { importPlacement, type PlacementImportReport } from '#lib/server/library/placement-import';

export type { LibraryProblem } from '#lib/server/library/content-files';

export interface LoadedModule {
	slug: string;
	file: string;
	/** 1-based place in course.yaml's module list. */
	position: number;
	source: string;
	sourceHash: string;
	parsed: ParseResult;
}

export interface LoadedCourse {
	slug: string;
	/** Undefined when course.yaml is missing or broken: then nothing of the course is imported. */
	manifest: CourseManifest | undefined;
	/** Listed modules whose file exists, in course order (parsed, valid or not). */
	modules: LoadedModule[];
	/** Images that passed their checks; refused ones are in the library's errors. */
	media: LoadedMedia[];
	/** pretest.md: the course's own pre-test, not a module; imported as a CourseTestVersion. */
	pretest: LoadedAssessmentFile | undefined;
}

export interface ContentLibrary {
	courses: LoadedCourse[];
	/** content/placement/, the literacy placement test; undefined when the folder is absent. */
	placement: LoadedPlacement | undefined;
	errors: LibraryProblem[];
	warnings: LibraryProblem[];
}

const COURSE_FILE = 'course.yaml';

/** A module is text a person reads on a phone; a file this big is a mistake (a pasted image?). */
export { MAX_MODULE_BYTES };

export { sourceHashOf };

/**
 * A pre-test question's `{modul=<slug>}` must name a module of its course: otherwise the needs
 * report counts it without a module (reports/needs.ts), which the trainer should hear about now.
 */
function pretestModuleWarnings(course: LoadedCourse): LibraryProblem[] {
	const parsed = course.pretest?.parsed;
	if (!course.pretest || !parsed?.ok || !course.manifest) return [];
	const slugs = course.manifest.modules;
	return parsed.module.quiz.questions.flatMap((question) =>
		question.module !== undefined && !slugs.includes(question.module)
			? [
					{
						file: course.pretest!.file,
						...contentError(
							'course.pretest-unknown-module',
							{ line: question.line, column: 1 },
							{ slug: question.module, known: slugs.join(', ') }
						)
					}
				]
			: []
	);
}

/** Read and parse every course (and the placement test) under `dir`. No database: `content:check` uses it as is. */
export async function loadContentLibrary(dir = 'content'): Promise<ContentLibrary> {
	const library: ContentLibrary = { courses: [], placement: undefined, errors: [], warnings: [] };
	const entries = await fs.readdir(dir, { withFileTypes: true });
	const courseDirs = entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name);

	for (const slug of courseDirs.sort()) {
		const courseDir = path.join(dir, slug);
		if (slug === PLACEMENT_DIR) {
			const { placement, errors, warnings } = await loadPlacementLibrary(courseDir);
			library.placement = placement;
			library.errors.push(...errors);
			library.warnings.push(...warnings);
			continue;
		}
		const manifestFile = path.join(courseDir, COURSE_FILE);
		if (!SLUG.test(slug)) {
			library.errors.push(...located(courseDir, [contentError('course.invalid-slug', undefined, { slug })]));
			continue;
		}
		const course: LoadedCourse = { slug, manifest: undefined, modules: [], media: [], pretest: undefined };
		library.courses.push(course);

		const manifestSource = await readIfExists(manifestFile);
		if (manifestSource === undefined) {
			library.errors.push(...located(manifestFile, [contentError('course.missing', undefined)]));
			continue;
		}
		const manifest = parseCourseManifest(manifestSource);
		if (!manifest.ok) {
			library.errors.push(...located(manifestFile, manifest.errors));
			continue;
		}
		course.manifest = manifest.manifest;

		const moduleFiles = (await fs.readdir(courseDir)).filter((name) => name.endsWith('.md'));
		const listed = new Set(manifest.manifest.modules);
		for (const name of moduleFiles.sort()) {
			const moduleSlug = name.slice(0, -'.md'.length);
			if (listed.has(moduleSlug) || name === PRETEST_FILE) continue;
			const code = SLUG.test(moduleSlug) ? 'course.module-unlisted' : 'course.invalid-slug';
			library.errors.push(...located(path.join(courseDir, name), [contentError(code, undefined, { slug: moduleSlug })]));
		}

		const { media, refused } = await loadCourseMedia(courseDir);
		course.media = media;
		for (const problem of refused.values()) library.errors.push(problem);
		const available = new Set(media.map((file) => file.path));
		const refusedPaths = new Set(refused.keys());

		const pretestFile = path.join(courseDir, PRETEST_FILE);
		const pretestSource = await readIfExists(pretestFile);
		if (pretestSource !== undefined) {
			const parsed = await checkModuleSource(pretestSource, {
				kind: 'pretest',
				file: pretestFile,
				mediaBaseUrl: mediaBaseUrlFor(slug),
				images: { available, refused: refusedPaths }
			});
			if (!parsed.ok) library.errors.push(...located(pretestFile, parsed.errors));
			library.warnings.push(...located(pretestFile, parsed.warnings));
			course.pretest = { file: pretestFile, source: pretestSource, parsed };
		}

		for (const [index, moduleSlug] of manifest.manifest.modules.entries()) {
			const file = path.join(courseDir, `${moduleSlug}.md`);
			if (`${moduleSlug}.md` === PRETEST_FILE) {
				library.errors.push(...located(manifestFile, [pretestListed(manifestModuleLine(manifestSource, moduleSlug))]));
				continue;
			}
			const size = await sizeIfExists(file);
			if (size === undefined) {
				const at = manifestModuleLine(manifestSource, moduleSlug);
				library.errors.push(...located(manifestFile, [contentError('course.module-missing', at, { slug: moduleSlug })]));
				continue;
			}
			if (size > MAX_MODULE_BYTES) {
				const problem = moduleTooLarge(size);
				library.errors.push({ file, ...problem });
				const parsed: ParseResult = { ok: false, errors: [problem], warnings: [] };
				course.modules.push({ slug: moduleSlug, file, position: index + 1, source: '', sourceHash: '', parsed });
				continue;
			}
			const source = await fs.readFile(file, 'utf8');
			const parsed = await checkModuleSource(source, {
				file,
				mediaBaseUrl: mediaBaseUrlFor(slug),
				images: { available, refused: refusedPaths }
			});
			if (!parsed.ok) library.errors.push(...located(file, parsed.errors));
			library.warnings.push(...located(file, parsed.warnings));
			course.modules.push({ slug: moduleSlug, file, position: index + 1, source, sourceHash: sourceHashOf(source), parsed });
		}
		library.warnings.push(...pretestModuleWarnings(course));
	}
	return library;
}

export type ModuleImportStatus = 'created' | 'new-version' | 'unchanged' | 'failed' | 'archived';

export interface ModuleImportReport {
	slug: string;
	status: ModuleImportStatus;
	/** The version participants see after the import; null when none was ever published. */
	publishedVersion: number | null;
}

export interface CourseImportReport {
	slug: string;
	/** browser-edited: trainers have changed this course in the app, so content/ is not applied. */
	status: 'created' | 'updated' | 'unchanged' | 'failed' | 'browser-edited';
	modules: ModuleImportReport[];
	media: MediaImportReport;
	/** The pre-test's import; absent when the course has no (valid) pretest.md. */
	pretest?: { status: PretestImportStatus; version: number };
}

export interface ImportReport {
	courses: CourseImportReport[];
	/** content/placement/; undefined when the folder is absent. */
	placement?: PlacementImportReport;
	errors: LibraryProblem[];
	warnings: LibraryProblem[];
}

/**
 * Import every course under `dir`, one transaction per course. Idempotent: unchanged text
 * writes nothing; changed text becomes version n+1 and is published.
 */
export async function importContentLibrary(dir = 'content'): Promise<ImportReport> {
	const library = await loadContentLibrary(dir);
	const report: ImportReport = { courses: [], errors: library.errors, warnings: library.warnings };
	for (const course of library.courses) {
		const { manifest } = course;
		if (!manifest) {
			report.courses.push({ slug: course.slug, status: 'failed', modules: [], media: { created: 0, updated: 0, unchanged: 0 } });
			continue;
		}
		report.courses.push(await db.$transaction((tx) => importCourse(tx, course, manifest), { timeout: 60_000 }));
	}
	const { placement } = library;
	if (placement) report.placement = await db.$transaction((tx) => importPlacement(tx, placement), { timeout: 60_000 });
	return report;
}

async function importCourse(tx: DbTx, course: LoadedCourse, manifest: CourseManifest): Promise<CourseImportReport> {
	const { slug, modules } = course;
	// Once a person has changed a course in the app (published, reordered, archived, uploaded),
	// the database is that course's source of truth: an import on start must not undo their
	// work. content:export brings their version back into content/ (docs/decisions/008).
	const editedInApp = await tx.auditEvent.findFirst({
		where: { course: { slug }, actorId: { not: null } },
		select: { courseId: true }
	});
	if (editedInApp?.courseId) {
		// Pre-tests are edited only in content/ (decision 008), so they still come from there.
		const pretest = await importPretest(tx, editedInApp.courseId, course);
		return { slug, status: 'browser-edited', modules: [], media: { created: 0, updated: 0, unchanged: 0 }, ...pretest };
	}
	const { courseId, status } = await upsertCourse(tx, slug, manifest);
	// Images first: a module published below may show them.
	const media = await importCourseMedia(tx, courseId, course.media);
	const existingModules = await tx.module.findMany({
		where: { courseId },
		select: { id: true, slug: true, position: true, archivedAt: true, publishedVersion: { select: { version: true, sourceHash: true } } }
	});
	const existingBySlug = new Map(existingModules.map((module) => [module.slug, module]));
	const reports: ModuleImportReport[] = [];

	for (const loaded of modules) {
		const existing = existingBySlug.get(loaded.slug);
		if (!loaded.parsed.ok) {
			reports.push({ slug: loaded.slug, status: 'failed', publishedVersion: existing?.publishedVersion?.version ?? null });
			continue;
		}
		let moduleId: string;
		if (existing) {
			moduleId = existing.id;
			if (existing.position !== loaded.position || existing.archivedAt !== null) {
				await tx.module.update({ where: { id: moduleId }, data: { position: loaded.position, archivedAt: null } });
			}
			if (existing.publishedVersion?.sourceHash === loaded.sourceHash) {
				reports.push({ slug: loaded.slug, status: 'unchanged', publishedVersion: existing.publishedVersion.version });
				continue;
			}
		} else {
			const created = await tx.module.create({
				data: { courseId, slug: loaded.slug, position: loaded.position },
				select: { id: true }
			});
			moduleId = created.id;
		}
		const { version } = await publishModuleVersion(tx, { moduleId, source: loaded.source, module: loaded.parsed.module });
		reports.push({ slug: loaded.slug, status: existing ? 'new-version' : 'created', publishedVersion: version });
	}

	// A module taken out of course.yaml is archived, not deleted: attempts and progress point at it.
	const listed = new Set(manifest.modules);
	for (const module of existingModules) {
		if (listed.has(module.slug) || module.archivedAt !== null) continue;
		await tx.module.update({ where: { id: module.id }, data: { archivedAt: new Date() } });
		reports.push({ slug: module.slug, status: 'archived', publishedVersion: module.publishedVersion?.version ?? null });
	}
	return { slug, status, modules: reports, media, ...(await importPretest(tx, courseId, course)) };
}

/** A pretest.md with errors is not imported; the version participants take stays live. */
async function importPretest(tx: DbTx, courseId: string, course: LoadedCourse) {
	const parsed = course.pretest?.parsed;
	if (!course.pretest || !parsed?.ok) return {};
	return { pretest: await importPretestVersion(tx, { courseId, source: course.pretest.source, module: parsed.module }) };
}

async function upsertCourse(tx: DbTx, slug: string, manifest: CourseManifest) {
	const existing = await tx.course.findUnique({ where: { slug }, select: { id: true, title: true, summary: true } });
	if (!existing) {
		const created = await tx.course.create({ data: { slug, title: manifest.title, summary: manifest.summary }, select: { id: true } });
		return { courseId: created.id, status: 'created' as const };
	}
	if (existing.title === manifest.title && existing.summary === manifest.summary) {
		return { courseId: existing.id, status: 'unchanged' as const };
	}
	await tx.course.update({ where: { id: existing.id }, data: { title: manifest.title, summary: manifest.summary } });
	return { courseId: existing.id, status: 'updated' as const };
}
