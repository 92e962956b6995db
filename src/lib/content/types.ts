/**
 * The typed shape of a course module after parsing. Pure data: it is stored (HTML per level,
 * quiz as JSON) and read back without parsing again.
 */

export const LITERACY_LEVELS = ['dasar', 'menengah', 'lanjut'] as const;
export type LiteracyLevel = (typeof LITERACY_LEVELS)[number];

export function isLiteracyLevel(value: string): value is LiteracyLevel {
	return (LITERACY_LEVELS as readonly string[]).includes(value);
}

/** Indonesian first (what a trainer reads), English second. */
export interface LocalizedMessage {
	id: string;
	en: string;
}

/** A problem in a content file, located so an editor can jump to it. Line and column are 1-based. */
export interface ContentError {
	code: string;
	/** Set when the caller named the file (parseModule's fileName option, the library loader). */
	file?: string;
	line: number;
	column: number;
	message: LocalizedMessage;
}

/** Same shape as an error; a warning does not stop a module from being published. */
export type ContentWarning = ContentError;

export interface ModuleFrontmatter {
	title: string;
	summary: string;
	/** Estimated reading and practice time. */
	minutes: number;
	objectives: string[];
	/** Percent of quiz questions a participant must answer correctly. */
	mastery: number;
	practicalRequired: boolean;
	/**
	 * After a failed attempt the right options stay hidden (so they cannot be copied into the
	 * next one) until the participant passes or reaches this attempt. Default 3.
	 */
	revealAnswersAfter: number;
}

export interface QuizOption {
	id: string;
	/** Plain text, for read-aloud and for reports (a picture option: its alt text). */
	text: string;
	/** Sanitized inline HTML (a picture option: the <img> with its alt). */
	html: string;
	correct: boolean;
	/** Optional per-option feedback, shown after answering. */
	explanationHtml?: string;
}

/**
 * single: one right option (radio). multiple: every right option and no wrong one
 * (checkboxes). true-false: a statement, options Benar/Salah. picture: single choice whose
 * options are images with alt text. ordering: put the steps in order. numeric: a number
 * within a tolerance, with an optional unit (e.g. a selling price in rupiah).
 */
export type QuestionType = 'single' | 'multiple' | 'true-false' | 'picture' | 'ordering' | 'numeric';

export interface OrderingStep {
	id: string;
	text: string;
	html: string;
	/**
	 * Steps that share a free group (`{#id bebas=a}`, consecutive in the key) may come in any
	 * order among themselves; grading accepts every such order. Never sent to the page.
	 */
	group?: string;
}

export interface NumericAnswer {
	value: number;
	/** Absolute: an answer within value ± tolerance is right. 0 means exact. */
	tolerance: number;
	/** Shown beside the input, e.g. "Rp", "cm", "buah". */
	unit: string;
}

interface QuizQuestionBase {
	id: string;
	/** Which levels see this question: all three for shared questions. */
	levels: LiteracyLevel[];
	prompt: string;
	promptHtml: string;
	/** Optional sanitized HTML between the question heading and its answers (a story, numbers). */
	bodyHtml: string;
	explanation: string;
	explanationHtml: string;
	/** Where the question starts in the source, for item analysis and editor links. */
	line: number;
	/**
	 * A pre-test question's `{modul=<slug>}`: the module whose objectives it measures, so the
	 * needs assessment reports the pre-test by learning objective (decision 024).
	 */
	module?: string;
}

export interface ChoiceQuestion extends QuizQuestionBase {
	type: 'single' | 'multiple' | 'true-false' | 'picture';
	options: QuizOption[];
}

export interface OrderingQuestion extends QuizQuestionBase {
	type: 'ordering';
	/** In the right order; the page shows them in a fixed shuffled order. */
	steps: OrderingStep[];
}

export interface NumericQuestion extends QuizQuestionBase {
	type: 'numeric';
	answer: NumericAnswer;
}

export type QuizQuestion = ChoiceQuestion | OrderingQuestion | NumericQuestion;

export interface Quiz {
	questions: QuizQuestion[];
}

/** What a participant's page may contain before they submit: no answers, no explanations. */
export type PublicQuestion =
	| { id: string; type: ChoiceQuestion['type']; promptHtml: string; prompt: string; bodyHtml: string; options: { id: string; text: string; html: string }[] }
	| { id: string; type: 'ordering'; promptHtml: string; prompt: string; bodyHtml: string; steps: OrderingStep[] }
	| { id: string; type: 'numeric'; promptHtml: string; prompt: string; bodyHtml: string; unit: string };

/** A practical task: something the participant makes or does, photographed for the trainer. */
export interface PracticalTask {
	/** Sanitized HTML: what to make or do. */
	html: string;
	/** What the photo must show. */
	photo: string;
	/** Criteria the trainer ticks when reviewing. */
	rubric: { id: string; text: string }[];
	line: number;
}

export interface ParsedModule extends ModuleFrontmatter {
	/** Sanitized HTML per level: shared text plus that level's blocks, in document order; quiz excluded. */
	html: Record<LiteracyLevel, string>;
	quiz: Quiz;
	/** The module's practical task, or null when it has none. */
	practical: PracticalTask | null;
	/** Levels that have at least one level block; empty when the text is the same for everyone. */
	levelsWithVariants: LiteracyLevel[];
	/** Relative image paths the module uses (https images are not listed). */
	images: string[];
}

export type ParseResult =
	| { ok: true; module: ParsedModule; warnings: ContentWarning[] }
	| { ok: false; errors: ContentError[]; warnings: ContentWarning[] };
