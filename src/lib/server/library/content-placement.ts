/**
 * Assessment content in the shipped library: the literacy placement test (content/placement/:
 * placement.yaml + one .md per part + images) and each course's pre-test
 * (content/<course>/pretest.md). Both use the module format but hold only a quiz, with an
 * optional intro everyone reads. In the placement test the level block around a question says
 * which level the item tests, so every item sits in exactly one level block.
 *
 * placement.yaml also states how answers map to a level: `cut_scores`, per part and level, the
 * number of that level's items a participant must answer right to reach it (docs/decisions/012).
 * The part `membaca` sets the reading level, the part `digital` digital literacy.
 *
 * Loading and checking only; library/placement-import.ts writes the test to the database.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { manifestModuleLine, SLUG } from '#lib/content/course';
import { contentError } from '#lib/content/messages';
import { LITERACY_LEVELS, type ContentError, type LiteracyLevel, type ParseResult } from '#lib/content/types';
import { loadCourseMedia, mediaBaseUrlFor, type LoadedMedia } from '#lib/server/library/content-media';
import { located, readIfExists, type LibraryProblem } from '#lib/server/library/content-files';
import { checkModuleSource, PLACEMENT_ITEMS, PLACEMENT_ITEM_TYPES, PLACEMENT_MIN_ITEMS_PER_LEVEL } from '#lib/server/library/module-check';

/** The folder under content/ that holds the placement test; no course may take this name. */
export const PLACEMENT_DIR = 'placement';
export const PLACEMENT_MANIFEST = 'placement.yaml';
export const PRETEST_FILE = 'pretest.md';
/**
 * Enough items to place someone. The most anyone sees; the test stops early when a level is
 * clear, so a participant usually answers about half of them.
 */
export { PLACEMENT_ITEMS, PLACEMENT_MIN_ITEMS_PER_LEVEL, PLACEMENT_ITEM_TYPES };
/** The reading part chooses the text of every lesson: it gets more items per level. */
export const READING_MIN_ITEMS_PER_LEVEL = 4;
/** The part whose result is the reading level, and the one whose result is digital literacy. */
export const READING_PART = 'membaca';
export const DIGITAL_PART = 'digital';

export type CutScores = Record<LiteracyLevel, number>;

export interface PlacementManifest {
	title: string;
	summary: string;
	/** Part slugs (file names without .md) in the order participants take them. */
	parts: string[];
	/** Per part: how many of a level's items must be right to reach that level. */
	cutScores: Record<string, CutScores>;
}

export interface LoadedAssessmentFile {
	file: string;
	source: string;
	parsed: ParseResult;
}

export interface PlacementPart extends LoadedAssessmentFile {
	slug: string;
}

export interface LoadedPlacement {
	dir: string;
	/** Undefined when placement.yaml is missing or broken. */
	manifest: PlacementManifest | undefined;
	/** Listed parts whose file exists, in manifest order (parsed, valid or not). */
	parts: PlacementPart[];
	media: LoadedMedia[];
	/** placement.yaml as written, for the stored version's source. */
	manifestSource: string;
	/** True when the whole folder passed every check: only then is it imported. */
	valid: boolean;
}

export interface PlacementLoad {
	placement: LoadedPlacement;
	errors: LibraryProblem[];
	warnings: LibraryProblem[];
}

const cutScoreSchema = z.strictObject({
	dasar: z.number().int(),
	menengah: z.number().int(),
	lanjut: z.number().int()
});

const manifestSchema = z.strictObject({
	title: z.string().trim().min(1),
	summary: z.string().trim().min(1),
	parts: z.array(z.string().trim().regex(SLUG)).min(1),
	cut_scores: z.record(z.string(), cutScoreSchema)
});

/** pretest.md is loaded as the pre-test; listed in course.yaml it would also become a lesson. */
export function pretestListed(at: { line: number; column: number }): ContentError {
	return contentError('course.pretest-listed', at);
}

/** Items per part and level, from the parts that parsed. */
export function placementItemCounts(placement: LoadedPlacement): Record<string, Record<LiteracyLevel, number>> {
	const counts: Record<string, Record<LiteracyLevel, number>> = {};
	for (const part of placement.parts) {
		if (!part.parsed.ok) continue;
		const perLevel = Object.fromEntries(LITERACY_LEVELS.map((level) => [level, 0])) as Record<LiteracyLevel, number>;
		for (const question of part.parsed.module.quiz.questions) perLevel[question.levels[0]] += 1;
		counts[part.slug] = perLevel;
	}
	return counts;
}

/** Read and check content/placement/. No database. */
export async function loadPlacementLibrary(dir: string): Promise<PlacementLoad> {
	const placement: LoadedPlacement = { dir, manifest: undefined, parts: [], media: [], manifestSource: '', valid: false };
	const load: PlacementLoad = { placement, errors: [], warnings: [] };
	const manifestFile = path.join(dir, PLACEMENT_MANIFEST);
	const manifestSource = await readIfExists(manifestFile);
	if (manifestSource === undefined) {
		load.errors.push(...located(manifestFile, [contentError('placement.missing', undefined)]));
		return load;
	}
	const manifest = parsePlacementManifest(manifestSource);
	if (!manifest.ok) {
		load.errors.push(...located(manifestFile, manifest.errors));
		return load;
	}
	placement.manifest = manifest.manifest;
	placement.manifestSource = manifestSource;

	const { media, refused } = await loadCourseMedia(dir);
	placement.media = media;
	load.errors.push(...refused.values());
	const available = new Set(media.map((file) => file.path));
	const refusedPaths = new Set(refused.keys());

	const listed = new Set(manifest.manifest.parts);
	for (const name of (await fs.readdir(dir)).filter((entry) => entry.endsWith('.md')).sort()) {
		const slug = name.slice(0, -'.md'.length);
		if (listed.has(slug)) continue;
		load.errors.push(...located(path.join(dir, name), [contentError('placement.part-unlisted', undefined, { name, slug })]));
	}

	for (const slug of manifest.manifest.parts) {
		const file = path.join(dir, `${slug}.md`);
		const source = await readIfExists(file);
		if (source === undefined) {
			load.errors.push(
				...located(manifestFile, [contentError('placement.part-missing', manifestModuleLine(manifestSource, slug), { slug })])
			);
			continue;
		}
		const parsed = await checkModuleSource(source, {
			kind: 'placement',
			file,
			mediaBaseUrl: mediaBaseUrlFor(PLACEMENT_DIR),
			images: { available, refused: refusedPaths }
		});
		if (!parsed.ok) load.errors.push(...located(file, parsed.errors));
		load.warnings.push(...located(file, parsed.warnings));
		placement.parts.push({ slug, file, source, parsed });
	}
	if (placement.parts.length === manifest.manifest.parts.length && placement.parts.every((part) => part.parsed.ok)) {
		load.errors.push(...itemCountErrors(placement, manifestFile, manifestSource));
	}
	placement.valid = load.errors.length === 0;
	return load;
}

/** Only judged when every part parsed: a count of half a test would send the trainer the wrong way. */
function itemCountErrors(placement: LoadedPlacement, manifestFile: string, manifestSource: string): LibraryProblem[] {
	const errors: LibraryProblem[] = [];
	const counts = placementItemCounts(placement);
	const total = Object.values(counts).reduce(
		(sum, perLevel) => sum + LITERACY_LEVELS.reduce((partSum, level) => partSum + perLevel[level], 0),
		0
	);
	if (total < PLACEMENT_ITEMS.min || total > PLACEMENT_ITEMS.max) {
		errors.push(...located(manifestFile, [contentError('placement.item-count', partsLineOf(manifestSource), { total })]));
	}
	for (const part of placement.parts) {
		const needed = part.slug === READING_PART ? READING_MIN_ITEMS_PER_LEVEL : PLACEMENT_MIN_ITEMS_PER_LEVEL;
		for (const level of LITERACY_LEVELS) {
			const count = counts[part.slug][level];
			if (count >= needed) continue;
			errors.push(...located(part.file, [contentError('placement.level-too-few', undefined, { part: part.slug, count, level, needed })]));
		}
	}
	return errors.concat(cutScoreErrors(placement, counts, manifestFile, manifestSource));
}

function partsLineOf(source: string): { line: number; column: number } {
	return { line: Math.max(source.split('\n').findIndex((text) => text.startsWith('parts:')) + 1, 1), column: 1 };
}

/** Where a part's line sits under cut_scores, or the cut_scores line itself. */
function cutScoreLine(source: string, slug?: string): { line: number; column: number } {
	const lines = source.split('\n');
	const start = lines.findIndex((text) => /^cut_scores\s*:/.test(text));
	if (start < 0) return { line: 1, column: 1 };
	if (slug) {
		const at = lines.findIndex((text, index) => index > start && new RegExp(`^\\s+${slug}\\s*:`).test(text));
		if (at >= 0) return { line: at + 1, column: 1 };
	}
	return { line: start + 1, column: 1 };
}

/** Every part has a cut-score per level, each one reachable with that level's items. */
function cutScoreErrors(
	placement: LoadedPlacement,
	counts: Record<string, Record<LiteracyLevel, number>>,
	manifestFile: string,
	manifestSource: string
): LibraryProblem[] {
	const cutScores = placement.manifest?.cutScores ?? {};
	const errors: ContentError[] = [];
	for (const slug of [READING_PART, DIGITAL_PART]) {
		if (placement.manifest?.parts.includes(slug)) continue;
		errors.push(contentError('placement.part-required', partsLineOf(manifestSource), { slug }));
	}
	for (const slug of Object.keys(cutScores)) {
		if (placement.manifest?.parts.includes(slug)) continue;
		errors.push(contentError('placement.cut-unknown-part', cutScoreLine(manifestSource, slug), { slug }));
	}
	for (const part of placement.parts) {
		if (part.slug !== READING_PART && part.slug !== DIGITAL_PART) {
			errors.push(
				contentError('placement.part-unknown', manifestModuleLine(manifestSource, part.slug), {
					slug: part.slug,
					reading: READING_PART,
					digital: DIGITAL_PART
				})
			);
			continue;
		}
		const cuts = cutScores[part.slug];
		if (!cuts) {
			errors.push(contentError('placement.cut-missing', cutScoreLine(manifestSource), { slug: part.slug }));
			continue;
		}
		for (const level of LITERACY_LEVELS) {
			const count = counts[part.slug][level];
			if (cuts[level] >= 1 && cuts[level] <= count) continue;
			errors.push(
				contentError('placement.cut-range', cutScoreLine(manifestSource, part.slug), { slug: part.slug, level, cut: cuts[level], count })
			);
		}
	}
	return located(manifestFile, errors);
}

export function parsePlacementManifest(source: string): { ok: true; manifest: PlacementManifest } | { ok: false; errors: ContentError[] } {
	let data: unknown;
	try {
		data = parseYaml(source, { uniqueKeys: true });
	} catch (error) {
		if (!(error instanceof YAMLParseError)) throw error;
		const at = error.linePos?.[0];
		return {
			ok: false,
			errors: [contentError('placement.yaml', at && { line: at.line, column: at.col }, { detail: error.message.split('\n')[0] })]
		};
	}
	const result = manifestSchema.safeParse(data ?? {});
	if (!result.success) {
		const fields = [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? issue.code)))].join(', ');
		return {
			ok: false,
			errors: [contentError('placement.invalid', undefined, { fields })]
		};
	}
	const seen = new Set<string>();
	const errors: ContentError[] = [];
	for (const slug of result.data.parts) {
		if (seen.has(slug)) {
			errors.push(contentError('placement.part-repeated', manifestModuleLine(source, slug, 2), { slug }));
		}
		seen.add(slug);
	}
	if (errors.length > 0) return { ok: false, errors };
	const { cut_scores: cutScores, ...rest } = result.data;
	return { ok: true, manifest: { ...rest, cutScores } };
}
