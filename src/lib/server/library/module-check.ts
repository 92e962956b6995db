/**
 * The one check from a module's source text to a parsed module or located errors, used by
 * every caller: the library importer (content-import.ts), the editor's preview and publish
 * (authoring/module-publishing.ts), and the placement and pre-test files (content-placement.ts).
 * The same text gives the same error codes wherever it is checked; messages come from the
 * catalogue (src/lib/content/messages*.ts).
 *
 * Order: size limit (before any parsing), parse, images present, assessment rules.
 */
import { contentError } from '#lib/content/messages';
import { PLACEMENT_ITEMS, PLACEMENT_MIN_ITEMS_PER_LEVEL } from '#lib/content/messages-library';
import { megabytesShown } from '#lib/content/megabytes';
import { parseModule } from '#lib/content/parse';
import { parseModuleOffThread } from '#lib/server/library/parse-worker';
import { DASAR_MAX_WORDS_PER_SENTENCE, htmlToProse, measureReadability } from '#lib/content/readability';
import type { ContentError, ParsedModule, ParseResult, QuizQuestion } from '#lib/content/types';
import { MAX_MODULE_BYTES } from '#lib/server/library/content-files';
import { missingImages } from '#lib/server/library/content-media';

export { PLACEMENT_ITEMS, PLACEMENT_MIN_ITEMS_PER_LEVEL, MAX_MODULE_BYTES };
/** One tap answers a placement item, so only one-answer questions fit it. */
export const PLACEMENT_ITEM_TYPES: readonly QuizQuestion['type'][] = ['single', 'true-false', 'picture'];

/** A lesson module, a course's pre-test, or a part of the placement test. */
export type ModuleKind = 'module' | 'pretest' | 'placement';

/** Image paths the course provides, and those present but refused (library folders only). */
export interface CourseImages {
	available: Set<string>;
	refused?: Set<string>;
}

export interface ModuleCheckOptions {
	kind?: ModuleKind;
	/** Put on every problem, for the CLI and the library's reports. */
	file?: string;
	/** Where the course's images are served: /media/<course>/. */
	mediaBaseUrl: string;
	/** The course's images, or how to read them: called only when the module shows images. */
	images: CourseImages | (() => Promise<CourseImages>);
	/**
	 * Parse in the worker thread with a time budget (library/parse-worker.ts): every parse of
	 * text a person typed in the app. The CLI and the library import parse in place.
	 */
	offThread?: boolean;
}

/** The size a module may have, as an error located at its first line. */
export function moduleTooLarge(byteSize: number): ContentError {
	return contentError('content.too-large', undefined, { megabytes: megabytesShown(byteSize) });
}

/** The only place the server parses a module: in place, or off the request thread with a budget. */
async function parseSource(source: string, options: { fileName?: string; mediaBaseUrl: string }, offThread: boolean): Promise<ParseResult> {
	return offThread ? parseModuleOffThread(source, options) : parseModule(source, options);
}

export async function checkModuleSource(source: string, options: ModuleCheckOptions): Promise<ParseResult> {
	const kind = options.kind ?? 'module';
	const withFile = (problems: ContentError[]) =>
		options.file ? problems.map((problem) => ({ ...problem, file: options.file })) : problems;
	const bytes = Buffer.byteLength(source, 'utf8');
	if (bytes > MAX_MODULE_BYTES) return { ok: false, errors: withFile([moduleTooLarge(bytes)]), warnings: [] };

	const parsed = await parseSource(source, { fileName: options.file, mediaBaseUrl: options.mediaBaseUrl }, options.offThread ?? false);
	if (!parsed.ok) return parsed;
	const { module } = parsed;
	const errors: ContentError[] = [];
	if (module.images.length > 0) {
		const images = typeof options.images === 'function' ? await options.images() : options.images;
		errors.push(...missingImages(source, module.images, images.available, images.refused ?? new Set()));
	}
	if (kind !== 'module') errors.push(...assessmentErrors(source, module, kind));
	if (errors.length > 0) return { ok: false, errors: withFile(errors), warnings: parsed.warnings };
	const warnings = kind === 'placement' ? [...parsed.warnings, ...withFile(dasarPassageWarnings(module.quiz.questions))] : parsed.warnings;
	return { ok: true, module, warnings };
}

/** A pre-test or placement part holds a quiz and an intro everyone reads, nothing else. */
function assessmentErrors(source: string, module: ParsedModule, kind: 'pretest' | 'placement'): ContentError[] {
	const errors: ContentError[] = [];
	if (module.quiz.questions.length === 0) errors.push(contentError('assessment.no-quiz', undefined, { kind }));
	if (module.practical) errors.push(contentError('assessment.practical', { line: module.practical.line, column: 1 }, { kind }));
	if (module.levelsWithVariants.length > 0) errors.push(contentError('assessment.level-text', levelBlockBeforeQuiz(source), { kind }));
	if (kind === 'placement') errors.push(...placementItemErrors(module.quiz.questions));
	return errors;
}

/** The first `:::dasar` / `:::level{…}` line above the quiz, for the assessment.level-text error. */
function levelBlockBeforeQuiz(source: string): { line: number; column: number } {
	for (const [index, text] of source.split('\n').entries()) {
		if (/^\s*:{3,}\s*quiz\b/.test(text)) break;
		if (/^\s*:{3,}\s*(?:dasar|menengah|lanjut|level)\b/.test(text)) return { line: index + 1, column: 1 };
	}
	return { line: 1, column: 1 };
}

/** In the placement test the level block around an item says which level it tests: exactly one. */
function placementItemErrors(questions: QuizQuestion[]): ContentError[] {
	const typeErrors = questions
		.filter((question) => !PLACEMENT_ITEM_TYPES.includes(question.type))
		.map((question) => contentError('placement.item-type', { line: question.line, column: 1 }, { type: question.type }));
	const levelErrors = questions
		.filter((question) => question.levels.length !== 1)
		.map((question) => contentError('placement.item-level', { line: question.line, column: 1 }, { levels: question.levels.join(', ') }));
	return typeErrors.concat(levelErrors);
}

/** Dasar items are read by people who read slowly: their passages keep the lesson's sentence limit. */
function dasarPassageWarnings(questions: QuizQuestion[]): ContentError[] {
	return questions.flatMap((question) => {
		if (question.levels[0] !== 'dasar') return [];
		const { words, wordsPerSentence } = measureReadability(htmlToProse(`${question.promptHtml}\n${question.bodyHtml}`));
		if (words === 0 || wordsPerSentence <= DASAR_MAX_WORDS_PER_SENTENCE) return [];
		const average = (Math.round(wordsPerSentence * 10) / 10).toString();
		return [
			contentError('placement.dasar-passage-long', { line: question.line, column: 1 }, { average, max: DASAR_MAX_WORDS_PER_SENTENCE })
		];
	});
}
