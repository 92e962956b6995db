/**
 * The content review: rules every module must keep so that each level is real and each quiz
 * fair (decision 016). Pure, like the parser: the parser runs the per-module rules, and
 * `npm run content:check` adds the per-course quiz-fairness figures. Every rule is a warning:
 * a trainer may have a reason, but the library ships with none.
 *
 * - Readability is measured on what each level reads: the lesson's prose, the practical task
 *   and the quiz questions (prompt, text, options, steps) that level is asked.
 * - Levels differ: menengah and lanjut may share less than LEVEL_OVERLAP_MAX of their
 *   sentences (shared ÷ all distinct sentences of the two lesson texts).
 * - No level loses a safety step or a step of the task: every level sees as many `:::awas`
 *   callouts as the level that sees the most, and dasar and lanjut see at least as many
 *   numbered steps as menengah (dasar may split a step in two; lanjut may add steps).
 * - A question asked of a level only tests what that level was taught: a key word of the
 *   right answer that appears in a higher level's lesson but not in this level's lesson (nor
 *   in the question itself) is flagged.
 * - Quiz fairness per course: the right option is not usually the longest, its position is
 *   spread, true/false keys are balanced, and a multiple-answer item never has all options
 *   but one right.
 */
import type { ContainerDirective } from 'mdast-util-directive';
import type { RootContent } from 'mdast';
import { classifyBlock, isContainer } from './blocks';
import { contentError } from './messages';
import { htmlToProse } from './readability';
import { LITERACY_LEVELS, type ChoiceQuestion, type ContentError, type ContentWarning, type LiteracyLevel, type PracticalTask, type QuizQuestion } from './types';

/** Menengah and lanjut must share fewer of their sentences than this (the library's bar). */
export const LEVEL_OVERLAP_MAX = 0.5;
/** Single-answer items whose right option is the longest: at most this share of a course. */
export const KEY_LONGEST_MAX = 0.4;
/** Each position should hold the key in this share of a course's items with that many options (3 or more). */
export const KEY_POSITION_RANGE = [0.2, 0.45] as const;
/** Two-option items (not true/false) and true/false keys: "Benar" (or the first option) in this share. */
export const TWO_WAY_RANGE = [0.35, 0.65] as const;
/** Below these counts a share says more about chance than about the author: no warning. */
export const MIN_ITEMS_FOR_LONGEST = 5;
export const MIN_ITEMS_PER_POSITION_GROUP = 6;
export const MIN_TRUE_FALSE_ITEMS = 4;

// ---------------------------------------------------------------- what each level reads

/** Plain prose per level: the lesson, the practical task and the quiz questions that level sees. */
export function proseOfLevels(parts: {
	html: Record<LiteracyLevel, string>;
	practical: PracticalTask | null;
	questions: QuizQuestion[];
}): Record<LiteracyLevel, string> {
	const task = parts.practical ? `${htmlToProse(parts.practical.html)}\n${parts.practical.photo}\n${parts.practical.rubric.map((item) => item.text).join('\n')}` : '';
	return Object.fromEntries(
		LITERACY_LEVELS.map((level) => {
			const quiz = parts.questions
				.filter((question) => question.levels.includes(level))
				.map((question) => [question.prompt, htmlToProse(question.bodyHtml), ...answerTexts(question)].join('\n'))
				.join('\n');
			return [level, [htmlToProse(parts.html[level]), task, quiz].join('\n')];
		})
	) as Record<LiteracyLevel, string>;
}

function answerTexts(question: QuizQuestion): string[] {
	if (question.type === 'ordering') return question.steps.map((step) => step.text);
	if (question.type === 'numeric') return [];
	// Picture options are images: their alt text is not read as prose.
	return question.type === 'picture' ? [] : question.options.map((option) => option.text);
}

// ---------------------------------------------------------------- levels differ

/** Sentences of a text, normalised (case, spacing, closing punctuation) so that equal reads as equal. */
export function sentencesOf(prose: string): Set<string> {
	const sentences = new Set<string>();
	for (const line of prose.split('\n')) {
		for (const piece of line.split(/(?<=[.!?…])\s+/)) {
			const normal = piece
				.toLowerCase()
				.replace(/[.!?…:;"'“”‘’()]+$/g, '')
				.replace(/\s+/g, ' ')
				.trim();
			if (/\p{L}/u.test(normal)) sentences.add(normal);
		}
	}
	return sentences;
}

/** Share (0–1) of the two texts' distinct sentences that appear in both. */
export function sentenceOverlap(a: string, b: string): number {
	const first = sentencesOf(a);
	const second = sentencesOf(b);
	const union = new Set([...first, ...second]);
	if (union.size === 0) return 0;
	let shared = 0;
	for (const sentence of first) if (second.has(sentence)) shared += 1;
	return shared / union.size;
}

export function levelDifferenceWarnings(html: Record<LiteracyLevel, string>): ContentWarning[] {
	const share = sentenceOverlap(htmlToProse(html.menengah), htmlToProse(html.lanjut));
	if (share < LEVEL_OVERLAP_MAX) return [];
	return [contentError('review.levels-too-similar', undefined, { share: Math.round(share * 100), max: Math.round(LEVEL_OVERLAP_MAX * 100) })];
}

// ---------------------------------------------------------------- safety and steps for every level

interface Seen {
	line: number;
	column: number;
	levels: LiteracyLevel[];
}

/** Every `:::awas` callout and every numbered step of the lesson, with the levels that see it. */
function safetyAndSteps(content: RootContent[]): { callouts: Seen[]; steps: Seen[] } {
	const callouts: Seen[] = [];
	const steps: Seen[] = [];
	const ignored: ContentError[] = [];
	const visit = (nodes: RootContent[], levels: LiteracyLevel[]) => {
		for (const node of nodes) {
			let inner = levels;
			if (isContainer(node)) {
				const block = classifyBlock(node as ContainerDirective, ignored);
				if (block.kind === 'quiz' || block.kind === 'practical') continue;
				if (block.kind === 'level') inner = levels.filter((level) => block.levels.includes(level));
				if (block.kind === 'callout' && block.tone === 'warning') callouts.push({ ...at(node), levels });
			}
			if (node.type === 'list' && node.ordered) {
				for (const item of node.children) steps.push({ ...at(item), levels });
			}
			if ('children' in node) visit(node.children as RootContent[], inner);
		}
	};
	visit(content, [...LITERACY_LEVELS]);
	return { callouts, steps };
}

function at(node: { position?: { start: { line: number; column: number } } }): { line: number; column: number } {
	return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** Warnings for a lesson (quiz and task excluded) whose levels do not all carry every safety step and task step. */
export function parityWarnings(content: RootContent[]): ContentWarning[] {
	const { callouts, steps } = safetyAndSteps(content);
	const warnings: ContentWarning[] = [];
	const count = (list: Seen[], level: LiteracyLevel) => list.filter((item) => item.levels.includes(level)).length;
	const mostCallouts = Math.max(...LITERACY_LEVELS.map((level) => count(callouts, level)));
	for (const level of LITERACY_LEVELS) {
		const seen = count(callouts, level);
		if (seen >= mostCallouts) continue;
		const missing = callouts.find((callout) => !callout.levels.includes(level));
		warnings.push(contentError('review.safety-missing', missing, { level, count: seen, most: mostCallouts }));
	}
	const reference = count(steps, 'menengah');
	for (const level of ['dasar', 'lanjut'] as const) {
		const seen = count(steps, level);
		if (seen >= reference) continue;
		const missing = steps.find((step) => step.levels.includes('menengah') && !step.levels.includes(level));
		warnings.push(contentError('review.steps-missing', missing, { level, count: seen, reference }));
	}
	return warnings;
}

// ---------------------------------------------------------------- asked only what was taught

/** Words too common to tell whether something was taught. */
const STOPWORDS = new Set(
	(
		'yang dan di ke dari untuk dengan ini itu atau juga tidak bisa akan ada pada karena supaya agar kalau jika saat sudah belum lebih ' +
		'sangat semua setiap satu dua tiga anda kita kami mereka dia saya harus boleh perlu dapat sama hanya masih lagi paling cara ' +
		'tanpa seperti sampai lalu kemudian dulu baru banyak sedikit orang barang hari agar pakai dipakai membuat dibuat adalah ' +
		'benar salah jawaban pilihan soal sebelum sesudah setelah bagian bahwa tetapi namun oleh tentang tersebut kali'
	).split(' ')
);

const PREFIXES = /^(?:meng|meny|mem|men|me|peng|peny|pem|pen|pe|ber|be|ter|te|di|ke|se)/;
const SUFFIXES = /(?:kannya|annya|nya|kan|an|i|lah)$/;

/** A rough Indonesian stem: enough to find "jahit" in "menjahit" and "jahitan". */
export function roughStem(word: string): string {
	const lower = word.toLowerCase();
	const withoutSuffix = lower.length > 6 ? lower.replace(SUFFIXES, '') : lower;
	const withoutPrefix = withoutSuffix.length > 6 ? withoutSuffix.replace(PREFIXES, '') : withoutSuffix;
	return withoutPrefix.length >= 4 ? withoutPrefix : lower;
}

function keyWords(text: string): string[] {
	const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
	return [...new Set(words.filter((word) => word.length >= 5 && !STOPWORDS.has(word)).map(roughStem))];
}

/** The text a right answer stands on: right options, or the statement of a true/false item, or the steps. */
function keyText(question: QuizQuestion): string {
	if (question.type === 'numeric') return '';
	if (question.type === 'ordering') return question.steps.map((step) => step.text).join(' ');
	if (question.type === 'true-false') return question.prompt;
	return question.options
		.filter((option) => option.correct)
		.map((option) => option.text)
		.join(' ');
}

/** Questions a level is asked whose right answer leans on what only a higher level's lesson teaches. */
export function taughtOnlyHigherWarnings(questions: QuizQuestion[], html: Record<LiteracyLevel, string>): ContentWarning[] {
	const lesson = Object.fromEntries(LITERACY_LEVELS.map((level) => [level, htmlToProse(html[level]).toLowerCase()])) as Record<LiteracyLevel, string>;
	const warnings: ContentWarning[] = [];
	for (const question of questions) {
		const words = keyWords(keyText(question));
		if (words.length === 0) continue;
		const ownText = `${question.prompt} ${htmlToProse(question.bodyHtml)}`.toLowerCase();
		for (const [index, level] of LITERACY_LEVELS.entries()) {
			if (!question.levels.includes(level)) continue;
			const higher = LITERACY_LEVELS.slice(index + 1);
			const onlyHigher = words.filter(
				(stem) => !lesson[level].includes(stem) && !ownText.includes(stem) && higher.some((other) => lesson[other].includes(stem))
			);
			// One stray word is often a synonym; two or more, or the only key word, is a lesson gap.
			if (onlyHigher.length >= 2 || (onlyHigher.length === 1 && words.length === 1)) {
				warnings.push(contentError('review.taught-only-higher', { line: question.line, column: 1 }, { level, words: onlyHigher.join(', ') }));
				break;
			}
		}
	}
	return warnings;
}

// ---------------------------------------------------------------- quiz fairness

export function allButOneWarnings(questions: QuizQuestion[]): ContentWarning[] {
	return questions
		.filter((question): question is ChoiceQuestion => question.type === 'multiple')
		.filter((question) => question.options.length >= 3 && question.options.filter((option) => option.correct).length === question.options.length - 1)
		.map((question) => contentError('review.all-but-one-right', { line: question.line, column: 1 }));
}

export interface FairnessFigures {
	/** Single-answer (text) items, and how many have the right option strictly longest. */
	single: number;
	keyLongest: number;
	/** Items by option count (single and picture, not true/false): how many have the key at each position (index 0 = first). */
	positions: Record<number, number[]>;
	trueFalse: number;
	trueFalseBenar: number;
	allButOne: number;
}

export function quizFairness(questions: QuizQuestion[]): FairnessFigures {
	const figures: FairnessFigures = { single: 0, keyLongest: 0, positions: {}, trueFalse: 0, trueFalseBenar: 0, allButOne: 0 };
	for (const question of questions) {
		if (question.type === 'true-false') {
			figures.trueFalse += 1;
			const key = question.options.find((option) => option.correct);
			if (key && /^(benar|true)$/i.test(key.text.trim())) figures.trueFalseBenar += 1;
			continue;
		}
		if (question.type === 'multiple' && question.options.length >= 3) {
			if (question.options.filter((option) => option.correct).length === question.options.length - 1) figures.allButOne += 1;
			continue;
		}
		if (question.type !== 'single' && question.type !== 'picture') continue;
		const keyIndex = question.options.findIndex((option) => option.correct);
		if (keyIndex === -1) continue;
		const count = question.options.length;
		figures.positions[count] ??= Array.from({ length: count }, () => 0);
		figures.positions[count][keyIndex] += 1;
		if (question.type === 'single') {
			figures.single += 1;
			const keyLength = question.options[keyIndex].text.trim().length;
			if (question.options.every((option, index) => index === keyIndex || option.text.trim().length < keyLength)) figures.keyLongest += 1;
		}
	}
	return figures;
}

const percent = (share: number) => Math.round(share * 100);

/** Course-level warnings from the figures of all its quizzes (modules and pre-test), located at `where`. */
export function fairnessWarnings(figures: FairnessFigures, where: { line: number; column: number } = { line: 1, column: 1 }): ContentWarning[] {
	const warnings: ContentWarning[] = [];
	if (figures.single >= MIN_ITEMS_FOR_LONGEST && figures.keyLongest / figures.single > KEY_LONGEST_MAX + 1e-9) {
		warnings.push(
			contentError('review.key-longest', where, {
				share: percent(figures.keyLongest / figures.single),
				count: figures.keyLongest,
				total: figures.single,
				max: percent(KEY_LONGEST_MAX)
			})
		);
	}
	for (const [options, counts] of Object.entries(figures.positions).map(([key, value]) => [Number(key), value] as const)) {
		const total = counts.reduce((sum, count) => sum + count, 0);
		const [min, max] = options === 2 ? TWO_WAY_RANGE : KEY_POSITION_RANGE;
		if (total < (options === 2 ? MIN_TRUE_FALSE_ITEMS : Math.max(MIN_ITEMS_PER_POSITION_GROUP, options * 2))) continue;
		for (const [index, count] of counts.entries()) {
			const share = count / total;
			if (share >= min - 1e-9 && share <= max + 1e-9) continue;
			warnings.push(
				contentError('review.key-position', where, {
					options,
					position: index + 1,
					share: percent(share),
					count,
					total,
					min: percent(min),
					max: percent(max)
				})
			);
		}
	}
	if (figures.trueFalse >= MIN_TRUE_FALSE_ITEMS) {
		const share = figures.trueFalseBenar / figures.trueFalse;
		const [min, max] = TWO_WAY_RANGE;
		if (share < min - 1e-9 || share > max + 1e-9) {
			warnings.push(
				contentError('review.true-false-balance', where, {
					share: percent(share),
					count: figures.trueFalseBenar,
					total: figures.trueFalse,
					min: percent(min),
					max: percent(max)
				})
			);
		}
	}
	return warnings;
}
