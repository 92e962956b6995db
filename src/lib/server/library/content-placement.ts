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
import { parseModule } from '#lib/content/parse';
import { DASAR_MAX_WORDS_PER_SENTENCE, htmlToProse, measureReadability } from '#lib/content/readability';
import {
	LITERACY_LEVELS,
	type ContentError,
	type LiteracyLevel,
	type LocalizedMessage,
	type ParseResult,
	type QuizQuestion
} from '#lib/content/types';
import { loadCourseMedia, mediaBaseUrlFor, missingImages, type LoadedMedia } from '#lib/server/library/content-media';
import { located, readIfExists, type LibraryProblem } from '#lib/server/library/content-files';

/** The folder under content/ that holds the placement test; no course may take this name. */
export const PLACEMENT_DIR = 'placement';
export const PLACEMENT_MANIFEST = 'placement.yaml';
export const PRETEST_FILE = 'pretest.md';
/**
 * Enough items to place someone. The most anyone sees; the test stops early when a level is
 * clear, so a participant usually answers about half of them.
 */
export const PLACEMENT_ITEMS = { min: 10, max: 24 } as const;
/** Per part and level: one lucky or unlucky answer alone must not decide a level. */
export const PLACEMENT_MIN_ITEMS_PER_LEVEL = 2;
/** The reading part chooses the text of every lesson: it gets more items per level. */
export const READING_MIN_ITEMS_PER_LEVEL = 4;
/** The part whose result is the reading level, and the one whose result is digital literacy. */
export const READING_PART = 'membaca';
export const DIGITAL_PART = 'digital';
/** One tap answers a placement item, so only one-answer questions fit it. */
export const PLACEMENT_ITEM_TYPES: readonly QuizQuestion['type'][] = ['single', 'true-false', 'picture'];

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

type AssessmentKind = 'pretest' | 'placement';

const KIND_LABEL: Record<AssessmentKind, LocalizedMessage> = {
	pretest: { id: 'Tes awal kursus', en: 'A course pre-test' },
	placement: { id: 'Bagian tes penempatan', en: 'A placement test part' }
};

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

function problem(code: string, at: { line: number; column: number } | undefined, message: LocalizedMessage): ContentError {
	return { code, line: at?.line ?? 1, column: at?.column ?? 1, message };
}

/**
 * Parse a pre-test or placement part: the module format's own checks, its images against the
 * folder, then the assessment shape (a quiz; no practical task; no level text outside the quiz).
 */
export function parseAssessmentFile(
	source: string,
	options: { file: string; mediaBaseUrl: string; available: Set<string>; refused: Set<string>; kind: AssessmentKind }
): ParseResult {
	const parsed = parseModule(source, { fileName: options.file, mediaBaseUrl: options.mediaBaseUrl });
	if (!parsed.ok) return parsed;
	const { module } = parsed;
	const label = KIND_LABEL[options.kind];
	const errors: ContentError[] = [...missingImages(source, module.images, options.available, options.refused)];
	if (module.quiz.questions.length === 0) {
		errors.push(
			problem('assessment.no-quiz', undefined, {
				id: `${label.id} belum punya kuis. Isinya cukup bagian pembuka, kata pengantar kalau perlu, lalu blok ::::quiz.`,
				en: `${label.en} has no quiz. It holds the frontmatter, an optional intro, then a ::::quiz block.`
			})
		);
	}
	if (module.practical) {
		errors.push(
			problem(
				'assessment.practical',
				{ line: module.practical.line, column: 1 },
				{
					id: `${label.id} tidak boleh berisi tugas praktik. Hapus blok :::tugas ini; tugas praktik ditulis di modul.`,
					en: `${label.en} cannot have a practical task. Remove this :::tugas block; practical tasks belong in modules.`
				}
			)
		);
	}
	if (module.levelsWithVariants.length > 0) {
		errors.push(
			problem('assessment.level-text', levelBlockBeforeQuiz(source), {
				id: `${label.id} tidak boleh berisi teks per tingkat di luar kuis. Tulis kata pengantar untuk semua peserta, tanpa blok tingkat.`,
				en: `${label.en} cannot have per-level text outside the quiz. Write the intro for everyone, without level blocks.`
			})
		);
	}
	if (options.kind === 'placement') errors.push(...placementItemErrors(module.quiz.questions));
	if (errors.length > 0) return { ok: false, errors: errors.map((error) => ({ ...error, file: options.file })), warnings: parsed.warnings };
	const warnings =
		options.kind === 'placement' ? [...parsed.warnings, ...dasarPassageWarnings(module.quiz.questions, options.file)] : parsed.warnings;
	return { ok: true, module, warnings };
}

/** pretest.md is loaded as the pre-test; listed in course.yaml it would also become a lesson. */
export function pretestListed(at: { line: number; column: number }): ContentError {
	return problem('course.pretest-listed', at, {
		id: 'pretest.md adalah tes awal kursus, bukan modul. Hapus "pretest" dari daftar modules di course.yaml.',
		en: 'pretest.md is the course pre-test, not a module. Remove "pretest" from the modules list in course.yaml.'
	});
}

/** The first `:::dasar` / `:::level{…}` line above the quiz, for the assessment.level-text error. */
function levelBlockBeforeQuiz(source: string): { line: number; column: number } {
	for (const [index, text] of source.split('\n').entries()) {
		if (/^\s*:{3,}\s*quiz\b/.test(text)) break;
		if (/^\s*:{3,}\s*(?:dasar|menengah|lanjut|level)\b/.test(text)) return { line: index + 1, column: 1 };
	}
	return { line: 1, column: 1 };
}

function placementItemErrors(questions: QuizQuestion[]): ContentError[] {
	const typeErrors = questions
		.filter((question) => !PLACEMENT_ITEM_TYPES.includes(question.type))
		.map((question) =>
			problem(
				'placement.item-type',
				{ line: question.line, column: 1 },
				{
					id: `Soal tes penempatan dijawab dengan satu ketukan, jadi jenisnya harus pilihan ganda, benar-salah, atau gambar, dengan satu jawaban benar. Soal ini berjenis "${question.type}".`,
					en: `A placement item is answered with one tap, so it must be single choice, true/false or picture, with one right answer. This item is "${question.type}".`
				}
			)
		);
	return typeErrors.concat(levelErrors(questions));
}

function levelErrors(questions: QuizQuestion[]): ContentError[] {
	return questions
		.filter((question) => question.levels.length !== 1)
		.map((question) =>
			problem(
				'placement.item-level',
				{ line: question.line, column: 1 },
				{
					id: `Soal tes penempatan harus ada di dalam tepat satu blok tingkat (:::dasar, :::menengah, atau :::lanjut), karena blok itu menandai tingkat yang diuji soal. Soal ini sekarang untuk ${question.levels.join(', ')}.`,
					en: `A placement item must sit in exactly one level block (:::dasar, :::menengah or :::lanjut): the block marks the level it tests. This item is now for ${question.levels.join(', ')}.`
				}
			)
		);
}

/** Dasar items are read by people who read slowly: their passages keep the lesson's sentence limit. */
function dasarPassageWarnings(questions: QuizQuestion[], file: string): ContentError[] {
	return questions.flatMap((question) => {
		if (question.levels[0] !== 'dasar') return [];
		const { words, wordsPerSentence } = measureReadability(htmlToProse(`${question.promptHtml}\n${question.bodyHtml}`));
		if (words === 0 || wordsPerSentence <= DASAR_MAX_WORDS_PER_SENTENCE) return [];
		const average = (Math.round(wordsPerSentence * 10) / 10).toString();
		return [
			{
				...problem(
					'placement.dasar-passage-long',
					{ line: question.line, column: 1 },
					{
						id: `Bacaan soal tingkat dasar ini rata-rata ${average.replace('.', ',')} kata per kalimat. Untuk tingkat dasar, paling banyak ${DASAR_MAX_WORDS_PER_SENTENCE} kata. Pecah kalimat yang panjang.`,
						en: `This dasar item's passage averages ${average} words per sentence. Dasar allows at most ${DASAR_MAX_WORDS_PER_SENTENCE}. Split the long sentences.`
					}
				),
				file
			}
		];
	});
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
		load.errors.push(
			...located(manifestFile, [
				problem('placement.missing', undefined, {
					id: 'Folder placement belum punya placement.yaml. Buat file itu dengan title, summary, dan parts (daftar nama file bagian tes, tanpa .md).',
					en: 'The placement folder has no placement.yaml. Create it with title, summary and parts (the part file names, without .md).'
				})
			])
		);
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
		load.errors.push(
			...located(path.join(dir, name), [
				problem('placement.part-unlisted', undefined, {
					id: `File ${name} belum ada di daftar parts di placement.yaml, jadi tidak dipakai. Tambahkan "${slug}" ke daftar itu, atau pindahkan filenya.`,
					en: `${name} is not in the parts list in placement.yaml, so it is not used. Add "${slug}" to that list, or move the file.`
				})
			])
		);
	}

	for (const slug of manifest.manifest.parts) {
		const file = path.join(dir, `${slug}.md`);
		const source = await readIfExists(file);
		if (source === undefined) {
			load.errors.push(
				...located(manifestFile, [
					problem('placement.part-missing', manifestModuleLine(manifestSource, slug), {
						id: `Bagian "${slug}" ada di daftar parts, tapi file ${slug}.md tidak ditemukan.`,
						en: `Part "${slug}" is listed in parts, but ${slug}.md does not exist.`
					})
				])
			);
			continue;
		}
		const parsed = parseAssessmentFile(source, {
			file,
			mediaBaseUrl: mediaBaseUrlFor(PLACEMENT_DIR),
			available,
			refused: refusedPaths,
			kind: 'placement'
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
		errors.push(
			...located(manifestFile, [
				problem('placement.item-count', partsLineOf(manifestSource), {
					id: `Tes penempatan berisi ${total} soal. Jumlahnya harus ${PLACEMENT_ITEMS.min} sampai ${PLACEMENT_ITEMS.max} soal: cukup untuk menentukan tingkat, tapi tidak melelahkan peserta.`,
					en: `The placement test has ${total} items. It needs ${PLACEMENT_ITEMS.min} to ${PLACEMENT_ITEMS.max}: enough to place someone, not so many that they tire.`
				})
			])
		);
	}
	for (const part of placement.parts) {
		const needed = part.slug === READING_PART ? READING_MIN_ITEMS_PER_LEVEL : PLACEMENT_MIN_ITEMS_PER_LEVEL;
		for (const level of LITERACY_LEVELS) {
			const count = counts[part.slug][level];
			if (count >= needed) continue;
			errors.push(
				...located(part.file, [
					problem('placement.level-too-few', undefined, {
						id: `Bagian ${part.slug} punya ${count} soal untuk tingkat ${level}. Tingkat ini perlu paling sedikit ${needed} soal di bagian ini, supaya satu jawaban kebetulan tidak menentukan tingkat peserta.`,
						en: `Part ${part.slug} has ${count} item(s) for ${level}. This level needs at least ${needed} in this part, so one lucky answer does not decide a participant's level.`
					})
				])
			);
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
		errors.push(
			problem('placement.part-required', partsLineOf(manifestSource), {
				id: `Tes penempatan perlu bagian "${slug}": bagian membaca menentukan tingkat bacaan, bagian digital menentukan bantuan memakai HP. Tambahkan "${slug}" ke daftar parts.`,
				en: `The placement test needs a part "${slug}": membaca sets the reading level, digital decides the help with the phone. Add "${slug}" to parts.`
			})
		);
	}
	for (const slug of Object.keys(cutScores)) {
		if (placement.manifest?.parts.includes(slug)) continue;
		errors.push(
			problem('placement.cut-unknown-part', cutScoreLine(manifestSource, slug), {
				id: `Di cut_scores ada bagian "${slug}", tetapi bagian itu tidak ada di daftar parts. Hapus atau perbaiki namanya.`,
				en: `cut_scores names a part "${slug}" that is not in parts. Remove it or fix its name.`
			})
		);
	}
	for (const part of placement.parts) {
		if (part.slug !== READING_PART && part.slug !== DIGITAL_PART) {
			errors.push(
				problem('placement.part-unknown', manifestModuleLine(manifestSource, part.slug), {
					id: `Bagian "${part.slug}" belum dikenal. Tes penempatan punya dua bagian: "${READING_PART}" menentukan tingkat bacaan, "${DIGITAL_PART}" menentukan bantuan memakai HP.`,
					en: `Part "${part.slug}" is not known. The placement test has two parts: "${READING_PART}" sets the reading level, "${DIGITAL_PART}" decides the help with the phone.`
				})
			);
			continue;
		}
		const cuts = cutScores[part.slug];
		if (!cuts) {
			errors.push(
				problem('placement.cut-missing', cutScoreLine(manifestSource), {
					id: `Bagian "${part.slug}" belum punya nilai batas di cut_scores. Tulis untuk setiap tingkat berapa soal tingkat itu yang harus benar, misalnya "${part.slug}: { dasar: 3, menengah: 3, lanjut: 3 }".`,
					en: `Part "${part.slug}" has no cut-scores under cut_scores. For each level write how many of its items must be right, e.g. "${part.slug}: { dasar: 3, menengah: 3, lanjut: 3 }".`
				})
			);
			continue;
		}
		for (const level of LITERACY_LEVELS) {
			const count = counts[part.slug][level];
			if (cuts[level] >= 1 && cuts[level] <= count) continue;
			errors.push(
				problem('placement.cut-range', cutScoreLine(manifestSource, part.slug), {
					id: `Nilai batas ${part.slug} untuk tingkat ${level} adalah ${cuts[level]}, padahal soalnya ada ${count}. Nilai batas harus antara 1 dan ${count}.`,
					en: `The ${level} cut-score of ${part.slug} is ${cuts[level]}, but that level has ${count} item(s). It must be between 1 and ${count}.`
				})
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
			errors: [
				problem('placement.yaml', at && { line: at.line, column: at.col }, {
					id: `File placement.yaml tidak bisa dibaca. Periksa tanda titik dua dan spasi di baris ini. (${error.message.split('\n')[0]})`,
					en: `placement.yaml cannot be read. Check the colons and spaces on this line. (${error.message.split('\n')[0]})`
				})
			]
		};
	}
	const result = manifestSchema.safeParse(data ?? {});
	const cutScoresExample = 'cut_scores: { membaca: { dasar: 3, menengah: 3, lanjut: 3 }, … }';
	if (!result.success) {
		const fields = [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? issue.code)))].join(', ');
		return {
			ok: false,
			errors: [
				problem('placement.invalid', undefined, {
					id: `Isi placement.yaml belum tepat (${fields}). File ini hanya berisi title, summary, parts (daftar nama file bagian tes tanpa .md, setiap baris dimulai dengan "- ", misalnya "- membaca") dan cut_scores (untuk setiap bagian dan tingkat, jumlah soal yang harus benar, angka bulat: ${cutScoresExample}).`,
					en: `placement.yaml is not right (${fields}). It holds only title, summary, parts (the part file names without .md, one per line starting with "- ", e.g. "- membaca") and cut_scores (per part and level, how many items must be right, whole numbers: ${cutScoresExample}).`
				})
			]
		};
	}
	const seen = new Set<string>();
	const errors: ContentError[] = [];
	for (const slug of result.data.parts) {
		if (seen.has(slug)) {
			errors.push(
				problem('placement.part-repeated', manifestModuleLine(source, slug, 2), {
					id: `Bagian "${slug}" tertulis dua kali di daftar parts. Hapus salah satunya.`,
					en: `Part "${slug}" is listed twice in parts. Remove one.`
				})
			);
		}
		seen.add(slug);
	}
	if (errors.length > 0) return { ok: false, errors };
	const { cut_scores: cutScores, ...rest } = result.data;
	return { ok: true, manifest: { ...rest, cutScores } };
}
