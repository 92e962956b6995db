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
}

export interface QuizOption {
	id: string;
	/** Plain text, for read-aloud and for reports. */
	text: string;
	/** Sanitized inline HTML. */
	html: string;
	correct: boolean;
}

/** Only single choice today; the union grows with multiple choice, ordering, numeric … */
export type QuestionType = 'single';

export interface QuizQuestion {
	id: string;
	type: QuestionType;
	/** Which levels see this question: all three for shared questions. */
	levels: LiteracyLevel[];
	prompt: string;
	promptHtml: string;
	/** Optional sanitized HTML between the question heading and its options (a story, numbers). */
	bodyHtml: string;
	options: QuizOption[];
	explanation: string;
	explanationHtml: string;
	/** Where the question starts in the source, for item analysis and editor links. */
	line: number;
}

export interface Quiz {
	questions: QuizQuestion[];
}

/** What a participant's page may contain before they submit: no answers, no explanations. */
export interface PublicQuestion {
	id: string;
	type: QuestionType;
	prompt: string;
	promptHtml: string;
	bodyHtml: string;
	options: { id: string; text: string; html: string }[];
}

export interface ParsedModule extends ModuleFrontmatter {
	/** Sanitized HTML per level: shared text plus that level's blocks, in document order; quiz excluded. */
	html: Record<LiteracyLevel, string>;
	quiz: Quiz;
	/** Levels that have at least one level block; empty when the text is the same for everyone. */
	levelsWithVariants: LiteracyLevel[];
	/** Relative image paths the module uses (https images are not listed). */
	images: string[];
}

export type ParseResult =
	| { ok: true; module: ParsedModule; warnings: ContentWarning[] }
	| { ok: false; errors: ContentError[]; warnings: ContentWarning[] };
