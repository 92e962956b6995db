/**
 * Images in a course folder (content/<course>/, any sub-folder) ⇄ MediaAsset rows. The path
 * relative to the course folder, with forward slashes, is the identity: it is what a module
 * writes in ![alt](gambar/jarum.svg) and where the exporter puts the file back.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DbTx } from '#lib/server/db/client';
import type { ContentError } from '#lib/content/types';
import { contentError } from '#lib/content/messages';
import { checkMediaFile, imageTooLarge, MAX_IMAGE_BYTES, mediaContentTypeOf, type MediaProblem } from '#lib/server/images/media-file';

/** Where the app serves a course's images; the parser rewrites relative image src onto it. */
export function mediaBaseUrlFor(courseSlug: string): string {
	return `/media/${courseSlug}/`;
}

export interface LoadedMedia {
	/** Relative to the course folder, forward slashes. */
	path: string;
	file: string;
	contentType: string;
	bytes: Uint8Array<ArrayBuffer>;
	sha256: string;
	byteSize: number;
	width: number | null;
	height: number | null;
}

export interface MediaFileProblem extends MediaProblem {
	file: string;
}

/** Every image file under the course folder, checked. Refused files come back as problems. */
export async function loadCourseMedia(courseDir: string): Promise<{ media: LoadedMedia[]; refused: Map<string, MediaFileProblem> }> {
	const media: LoadedMedia[] = [];
	const refused = new Map<string, MediaFileProblem>();
	for (const relative of await imageFilesUnder(courseDir)) {
		const file = path.join(courseDir, relative);
		const mediaPath = relative.split(path.sep).join('/');
		const { size } = await fs.stat(file);
		if (size > MAX_IMAGE_BYTES) {
			// Checked before reading, so an oversized file never sits in memory.
			refused.set(mediaPath, { ...imageTooLarge(size), file });
			continue;
		}
		const bytes = new Uint8Array(await fs.readFile(file));
		const check = await checkMediaFile(file, bytes);
		if (!check.ok) {
			refused.set(mediaPath, { ...check.problem, file });
			continue;
		}
		media.push({
			path: mediaPath,
			file,
			contentType: check.contentType,
			bytes,
			sha256: createHash('sha256').update(bytes).digest('hex'),
			byteSize: bytes.byteLength,
			width: check.width,
			height: check.height
		});
	}
	return { media, refused };
}

async function imageFilesUnder(dir: string): Promise<string[]> {
	const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile() && mediaContentTypeOf(entry.name) !== undefined)
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
		.filter((relative) => !relative.split(path.sep).some((segment) => segment.startsWith('.')))
		.sort();
}

export type MissingImage = ContentError & { code: 'media.missing' | 'media.refused' };

/**
 * Images a module uses that the course folder does not provide (or provides but refused).
 * Located at the image in the Markdown so the trainer finds the line to fix.
 */
export function missingImages(source: string, images: string[], available: Set<string>, refused: Set<string>): MissingImage[] {
	const problems: MissingImage[] = [];
	for (const src of images) {
		const candidates = [path.posix.normalize(src)];
		try {
			candidates.push(decodeURI(candidates[0]));
		} catch {
			// Not percent-encoded after all: the literal path is the only candidate.
		}
		if (candidates.some((candidate) => available.has(candidate))) continue;
		const at = imageReferenceAt(source, src);
		if (candidates.some((candidate) => refused.has(candidate))) {
			problems.push({ ...contentError('media.refused', at, { src }), code: 'media.refused' });
			continue;
		}
		problems.push({ ...contentError('media.missing', at, { src }), code: 'media.missing' });
	}
	return problems;
}

/** Where a Markdown image or reference definition names `src`: its line, and the column of the path. */
function imageReferenceAt(source: string, src: string): { line: number; column: number } {
	const escaped = src.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const match = new RegExp(`(?:\\]\\(\\s*<?|\\]:\\s*<?)(${escaped})[\\s>)"']`).exec(source);
	if (!match) return { line: 1, column: 1 };
	const offset = match.index + match[0].indexOf(src);
	const before = source.slice(0, offset);
	return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

export interface MediaImportReport {
	created: number;
	updated: number;
	unchanged: number;
}

/**
 * Store the course's images. Same sha256 → no write. A file taken out of the folder stays in
 * the database: a draft in the web editor or an older version may still show it.
 */
export async function importCourseMedia(tx: DbTx, courseId: string, media: LoadedMedia[]): Promise<MediaImportReport> {
	const report: MediaImportReport = { created: 0, updated: 0, unchanged: 0 };
	const existing = await tx.mediaAsset.findMany({ where: { courseId }, select: { id: true, path: true, sha256: true } });
	const byPath = new Map(existing.map((asset) => [asset.path, asset]));
	for (const file of media) {
		const stored = byPath.get(file.path);
		if (stored?.sha256 === file.sha256) {
			report.unchanged += 1;
			continue;
		}
		const data = {
			contentType: file.contentType,
			bytes: file.bytes,
			byteSize: file.byteSize,
			sha256: file.sha256,
			width: file.width,
			height: file.height
		};
		if (stored) {
			await tx.mediaAsset.update({ where: { id: stored.id }, data });
			report.updated += 1;
		} else {
			await tx.mediaAsset.create({ data: { courseId, path: file.path, ...data } });
			report.created += 1;
		}
	}
	return report;
}
