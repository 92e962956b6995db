/**
 * How hard a lesson is to read, per literacy level, for Indonesian text. Pure: the parser,
 * the CLI and the web editor call the same functions.
 *
 * Decisions (they shape every figure, so they are written down here):
 * - Only prose is measured. Headings and tables are not sentences (a heading is a signpost, a
 *   table cell a figure), so htmlToProse drops them. A sentence ends at . ! ? or … followed
 *   by a space or the end of the text, and at every line break. Every remaining block
 *   (paragraph, list item, quote) is its own line, so a list item without a full stop still
 *   counts as one sentence: participants read a list item as one thought.
 * - A period after a known abbreviation ("dll.", "mis.", "Rp.") or a single capital letter
 *   (an initial) does not end a sentence; "1.500" has no space after its period, so neither
 *   does it.
 * - Code (`code`, <pre>, <code>), web and e-mail addresses are not read as prose: removed.
 * - A word is a run of non-space characters with a letter in it and no digit. Numerals
 *   ("50.000", "Rp50.000", "10%", "2,5") are not words: a reader takes them in at a glance,
 *   and counting their spoken syllables made price lessons look twice as hard as they are.
 *   "kupu-kupu" is one word, as a reader sees it.
 * - Syllables: every vowel (a, e, i, o, u) is one syllable, except the diphthongs ai, au, oi
 *   and ei, which are one where they end a syllable (pa-kai, ka-lau, sau-da-ra, pa-kai-an)
 *   and two where a consonant closes the syllable after them (ka-in, ma-in, la-ut, ba-ik),
 *   as the KBBI splits them. Rare exceptions (ka-i-dah) are counted one short. Known
 *   abbreviations count the syllables of what they stand for ("dll" = dan lain-lain = 4),
 *   and short all-capital words (UMKM, KTP) one syllable per letter, because they are spelled
 *   out.
 */
import { contentError } from './messages';
import type { ContentWarning, LiteracyLevel } from './types';

export interface ReadabilityFigures {
	sentences: number;
	words: number;
	/** 0 when there are no sentences. */
	wordsPerSentence: number;
	/** 0 when there are no words. */
	syllablesPerWord: number;
}

/**
 * Dasar readers need short sentences: at most 8 words on average, counted on prose only
 * (decision 016). Placement passages keep their own, looser limit (content-placement.ts).
 */
export const DASAR_MAX_WORDS_PER_SENTENCE = 8;
/** Dasar must use easier words, not only shorter sentences: this many fewer syllables per word than menengah. */
export const DASAR_SYLLABLE_MARGIN = 0.1;

const ABBREVIATIONS: Record<string, string> = {
	dll: 'dan lain lain',
	dsb: 'dan sebagainya',
	dst: 'dan seterusnya',
	mis: 'misalnya',
	tsb: 'tersebut',
	yth: 'yang terhormat',
	sd: 'sampai dengan',
	no: 'nomor',
	hlm: 'halaman',
	jl: 'jalan',
	kab: 'kabupaten',
	kec: 'kecamatan',
	bpk: 'bapak',
	rp: 'rupiah',
	cm: 'sentimeter',
	mm: 'milimeter',
	m: 'meter',
	km: 'kilometer',
	kg: 'kilogram',
	g: 'gram',
	gr: 'gram',
	pcs: 'buah'
};

/** Figures for one piece of plain text (not HTML: use readabilityOfLevels for lesson HTML). */
export function measureReadability(text: string): ReadabilityFigures {
	const prose = text
		.replace(/`[^`\n]*`/g, ' ')
		.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
		.replace(/\S+@\S+\.\S+/g, ' ');
	let sentences = 0;
	let words = 0;
	let syllables = 0;
	for (const sentence of splitSentences(prose)) {
		const tokens = sentence.split(/\s+/).filter((token) => /\p{L}/u.test(token) && !/\p{N}/u.test(token));
		if (tokens.length === 0) continue;
		sentences += 1;
		words += tokens.length;
		syllables += tokens.reduce((sum, token) => sum + syllablesOfToken(token), 0);
	}
	return {
		sentences,
		words,
		wordsPerSentence: sentences === 0 ? 0 : words / sentences,
		syllablesPerWord: words === 0 ? 0 : syllables / words
	};
}

/** Figures per level from the stored lesson HTML. */
export function readabilityOfLevels(html: Record<LiteracyLevel, string>): Record<LiteracyLevel, ReadabilityFigures> {
	return {
		dasar: measureReadability(htmlToProse(html.dasar)),
		menengah: measureReadability(htmlToProse(html.menengah)),
		lanjut: measureReadability(htmlToProse(html.lanjut))
	};
}

/** Figures per level from plain prose (what each level reads: lesson, task and quiz; see review.ts). */
export function readabilityOfProse(prose: Record<LiteracyLevel, string>): Record<LiteracyLevel, ReadabilityFigures> {
	return {
		dasar: measureReadability(prose.dasar),
		menengah: measureReadability(prose.menengah),
		lanjut: measureReadability(prose.lanjut)
	};
}

/**
 * Warnings (never errors: a trainer may have good reasons) when the dasar text is too long
 * per sentence, longer per sentence than menengah, or not written in easier words (at least
 * DASAR_SYLLABLE_MARGIN fewer syllables per word than menengah). Figures are compared as
 * shown in the message (one decimal for sentences, two for syllables), so a warning never
 * says "14 is more than 14". Takes plain prose per level (htmlToProse, or review.ts's
 * proseOfLevels, which adds the task and the quiz each level sees).
 */
export function readabilityWarnings(prose: Record<LiteracyLevel, string>, options: { compareLevels: boolean } = { compareLevels: true }): ContentWarning[] {
	const { dasar, menengah } = readabilityOfProse(prose);
	const warnings: ContentWarning[] = [];
	if (dasar.words === 0) return warnings;
	const dasarWords = oneDecimal(dasar.wordsPerSentence);
	if (dasarWords > DASAR_MAX_WORDS_PER_SENTENCE) {
		warnings.push(contentError('readability.dasar-too-long', undefined, { words: shown(dasarWords), max: DASAR_MAX_WORDS_PER_SENTENCE }));
	}
	if (!options.compareLevels || menengah.words === 0) return warnings;
	const menengahWords = oneDecimal(menengah.wordsPerSentence);
	if (dasarWords > menengahWords) {
		warnings.push(contentError('readability.dasar-harder-than-menengah', undefined, { dasar: shown(dasarWords), menengah: shown(menengahWords) }));
	}
	const dasarSyllables = twoDecimals(dasar.syllablesPerWord);
	const menengahSyllables = twoDecimals(menengah.syllablesPerWord);
	if (menengahSyllables - dasarSyllables < DASAR_SYLLABLE_MARGIN - 1e-9) {
		warnings.push(
			contentError('readability.dasar-words-not-simpler', undefined, {
				dasar: shown(dasarSyllables),
				menengah: shown(menengahSyllables),
				margin: shown(DASAR_SYLLABLE_MARGIN)
			})
		);
	}
	return warnings;
}

function oneDecimal(value: number): number {
	return Math.round(value * 10) / 10;
}

function twoDecimals(value: number): number {
	return Math.round(value * 100) / 100;
}

/** Indonesian writes a decimal comma: 2,4. */
function shown(value: number): string {
	return String(value).replace('.', ',');
}

/** Lesson HTML → plain text with one block per line; code, headings and tables are not prose. */
export function htmlToProse(html: string): string {
	return decodeEntities(
		html
			.replace(/<(pre|code|h[1-6]|table)\b[^>]*>[\s\S]*?<\/\1>/gi, '\n')
			.replace(/<img\b[^>]*>/gi, ' ')
			.replace(/<br\s*\/?>|<\/(?:p|li|h[1-6]|td|th|tr|blockquote|ul|ol|table|section)>/gi, '\n')
			.replace(/<[^>]*>/g, '')
	);
}

function decodeEntities(text: string): string {
	const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
		}
		return named[name.toLowerCase()] ?? entity;
	});
}

function splitSentences(text: string): string[] {
	const sentences: string[] = [];
	for (const line of text.split('\n')) {
		let current = '';
		// A list marker typed in plain text ("1. Potong …") is not a sentence of its own.
		for (const token of line.replace(/^\s*(?:[-*+•]|\d+[.)])\s+/, '').split(/(\s+)/)) {
			current += token;
			if (/[.!?…]["'”’)]*$/.test(token) && !isAbbreviation(token)) {
				sentences.push(current);
				current = '';
			}
		}
		sentences.push(current);
	}
	return sentences;
}

function isAbbreviation(token: string): boolean {
	const bare = token.replace(/^[("'“‘]+/, '');
	if (!/^[\p{L}.]+\.$/u.test(bare)) return false;
	const letters = bare.replace(/\./g, '');
	return /^\p{Lu}$/u.test(letters) || letters.toLowerCase() in ABBREVIATIONS || /^(?:\p{L}\.){2,}$/u.test(bare);
}

/** Syllables of one written word (no digits: numerals are not words, see the notes above). */
function syllablesOfToken(token: string): number {
	const parts = token.match(/\p{L}+/gu) ?? [];
	return Math.max(1, parts.reduce((sum, part) => sum + syllablesOfLetters(part), 0));
}

function syllablesOfLetters(word: string): number {
	const lower = word.toLowerCase();
	const expansion = ABBREVIATIONS[lower];
	if (expansion) return countVowelSyllables(expansion);
	const spelled = word === word.toUpperCase() && word.length >= 2 && word.length <= 4;
	if (spelled || !/[aeiou]/i.test(lower)) return word.length;
	return countVowelSyllables(lower);
}

function countVowelSyllables(text: string): number {
	const vowels = (text.match(/[aeiouáéíóú]/gi) ?? []).length;
	// Not a diphthong when a consonant follows that ends the word or stands before another consonant.
	const diphthongs = (text.match(/(?:ai|au|oi|ei)(?![b-df-hj-np-tv-z](?:[^aeiou]|$))/gi) ?? []).length;
	return Math.max(1, vowels - diphthongs);
}
