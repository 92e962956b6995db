/**
 * A course from the database back to the content/ layout, so that what trainers changed in the
 * web editor can be reviewed and kept in git:
 *
 *   <out>/<course-slug>/course.yaml   title, summary, modules (position order, archived left out)
 *   <out>/<course-slug>/<module>.md   the published version's source, exactly as stored
 *   <out>/<course-slug>/<media path>  every MediaAsset, byte for byte
 *
 * With `drafts`, a module's draft is written where one exists (the published source
 * otherwise): that is "what the editor shows now", for a review before publishing.
 *
 * course.yaml is written in one canonical form, so export → import → export gives the same
 * bytes; the shipped course.yaml files are written in that form too.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { db } from '#lib/server/db/client';
import { PRETEST_FILE } from '#lib/server/library/content-placement';
import type { CourseManifest } from '#lib/content/course';

export interface ExportOptions {
	/** Write each module's draft where one exists, instead of the published source. */
	drafts?: boolean;
}

export interface CourseExportReport {
	slug: string;
	dir: string;
	modules: { slug: string; from: 'published' | 'draft' }[];
	/** Modules with nothing to write: never published (and no draft when drafts are asked for). */
	skipped: string[];
	media: number;
	/** Module files in the folder that are no longer part of the course (archived or removed). */
	removed: string[];
}

/** The one way course.yaml is written: keys in this order, two-space list, no line folding. */
export function courseManifestYaml(manifest: CourseManifest): string {
	return stringify({ title: manifest.title, summary: manifest.summary, modules: manifest.modules }, { lineWidth: 0, indentSeq: true });
}

export async function listCourseSlugs(): Promise<string[]> {
	const courses = await db.course.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } });
	return courses.map((course) => course.slug);
}

/** Export one course into `<outDir>/<slug>/`. Undefined when there is no course with that slug. */
export async function exportCourse(slug: string, outDir: string, options: ExportOptions = {}): Promise<CourseExportReport | undefined> {
	const course = await db.course.findUnique({
		where: { slug },
		select: {
			title: true,
			summary: true,
			modules: {
				where: { archivedAt: null },
				orderBy: { position: 'asc' },
				select: { slug: true, publishedVersion: { select: { source: true } }, draft: { select: { source: true } } }
			}
		}
	});
	if (!course) return undefined;

	const dir = path.join(outDir, slug);
	const report: CourseExportReport = { slug, dir, modules: [], skipped: [], media: 0, removed: [] };
	const files: { name: string; source: string }[] = [];
	for (const module of course.modules) {
		const draft = options.drafts ? module.draft?.source : undefined;
		const source = draft ?? module.publishedVersion?.source;
		if (source === undefined) {
			report.skipped.push(module.slug);
			continue;
		}
		files.push({ name: `${module.slug}.md`, source });
		report.modules.push({ slug: module.slug, from: draft === undefined ? 'published' : 'draft' });
	}

	await fs.mkdir(dir, { recursive: true });
	const manifest = { title: course.title, summary: course.summary, modules: report.modules.map((module) => module.slug) };
	await fs.writeFile(path.join(dir, 'course.yaml'), courseManifestYaml(manifest));
	for (const file of files) await fs.writeFile(path.join(dir, file.name), file.source);

	// A module file left behind would make the next import fail ("not listed in course.yaml").
	const written = new Set(files.map((file) => file.name));
	// The pre-test is kept: it lives only in content/ and is not a module.
	for (const name of (await fs.readdir(dir)).sort()) {
		if (!name.endsWith('.md') || written.has(name) || name === PRETEST_FILE) continue;
		await fs.rm(path.join(dir, name));
		report.removed.push(name);
	}

	// One asset at a time: images can be megabytes each.
	const assets = await db.mediaAsset.findMany({ where: { course: { slug } }, select: { id: true, path: true }, orderBy: { path: 'asc' } });
	for (const asset of assets) {
		const target = safeMediaTarget(dir, asset.path);
		const { bytes } = await db.mediaAsset.findUniqueOrThrow({ where: { id: asset.id }, select: { bytes: true } });
		await fs.mkdir(path.dirname(target), { recursive: true });
		await fs.writeFile(target, bytes);
		report.media += 1;
	}
	return report;
}

/** Every course, each into its own folder under `outDir`. */
export async function exportAllCourses(outDir: string, options: ExportOptions = {}): Promise<CourseExportReport[]> {
	const reports: CourseExportReport[] = [];
	for (const slug of await listCourseSlugs()) {
		const report = await exportCourse(slug, outDir, options);
		if (report) reports.push(report);
	}
	return reports;
}

/**
 * A stored path that would land outside the course folder (or on a module file or course.yaml)
 * is a bug upstream; refuse to write rather than overwrite something else on disk.
 */
function safeMediaTarget(courseDir: string, mediaPath: string): string {
	const segments = mediaPath.split('/');
	const unsafe =
		segments.some((segment) => segment === '' || segment === '.' || segment === '..') ||
		mediaPath.includes('\\') ||
		mediaPath.includes('\0') ||
		mediaPath.endsWith('.md') ||
		mediaPath === 'course.yaml';
	if (unsafe) throw new Error(`refusing to export media to unsafe path ${JSON.stringify(mediaPath)}`);
	return path.join(courseDir, ...segments);
}
