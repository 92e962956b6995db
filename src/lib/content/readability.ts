/**
 * How hard a lesson is to read, per literacy level, for Indonesian text. Pure: the parser,
 * the CLI and the web editor call the same functions.
 *
 * Decisions (they shape every figure, so they are written down here):
 * - A sentence ends at . ! ? or … followed by a space or the end of the text, and at every
 *   line break. From lesson HTML every block (paragraph, list item, heading, table cell,
 *   quote) is its own line, so a list item or heading without a full stop still counts as
 *   one sentence: participants read a list item as one thought.
 * - A period after a known abbreviation ("dll.", "mis.", "Rp.") or a single capital letter
 *   (an initial) does not end a sentence; "1.500" has no space after its period, so neither
 *   does it.
 * - Code (`code`, <pre>, <code>), web and e-mail addresses are not read as prose: removed.
 * - A word is a run of non-space characters with a letter or digit in it. "kupu-kupu" and
 *   "Rp50.000" are one word each, as a reader sees them.
 * - Syllables: every vowel (a, e, i, o, u) is one syllable, except the diphthongs ai, au, oi
 *   and ei, which are one where they end a syllable (pa-kai, ka-lau, sau-da-ra, pa-kai-an)
 *   and two where a consonant closes the syllable after them (ka-in, ma-in, la-ut, ba-ik),
 *   as the KBBI splits them. Rare exceptions (ka-i-dah) are counted one short. Numbers count the
 *   syllables of how they are said ("50" = li-ma pu-luh = 4), known abbreviations those of
 *   what they stand for ("dll" = dan lain-lain = 4), and short all-capital words (UMKM, KTP)
 *   one syllable per letter, because they are spelled out.
 */
import type { ContentWarning, LiteracyLevel } from './types';

export interface ReadabilityFigures {
	sentences: number;
	words: number;
	/** 0 when there are no sentences. */
	wordsPerSentence: number;
	/** 0 when there are no words. */
	syllablesPerWord: number;
}

/** Dasar readers need short sentences; 12 words is what trainers in the field aim for. */
export const DASAR_MAX_WORDS_PER_SENTENCE = 12;
/** How many more syllables per word than menengah make dasar "harder" (see readabilityWarnings). */
export const SYLLABLE_GAP = 0.2;

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
		const tokens = sentence.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token));
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

/**
 * Warnings (never errors: a trainer may have good reasons) when the dasar text is too long
 * per sentence or harder than the menengah text: longer sentences, or words at least
 * SYLLABLE_GAP syllables longer. Figures are compared as shown in the message (one decimal),
 * so a warning never says "14 is more than 14".
 */
export function readabilityWarnings(html: Record<LiteracyLevel, string>): ContentWarning[] {
	const { dasar, menengah } = readabilityOfLevels(html);
	const warnings: ContentWarning[] = [];
	if (dasar.words === 0) return warnings;
	const dasarWords = oneDecimal(dasar.wordsPerSentence);
	if (dasarWords > DASAR_MAX_WORDS_PER_SENTENCE) {
		warnings.push({
			code: 'readability.dasar-too-long',
			line: 1,
			column: 1,
			message: {
				id: `Kalimat di tingkat dasar rata-rata ${shown(dasarWords)} kata. Targetnya paling banyak ${DASAR_MAX_WORDS_PER_SENTENCE} kata. Coba pecah kalimat yang panjang menjadi dua atau tiga kalimat pendek.`,
				en: `Sentences at the dasar level average ${dasarWords} words. The target is at most ${DASAR_MAX_WORDS_PER_SENTENCE}. Try splitting long sentences into two or three short ones.`
			}
		});
	}
	if (menengah.words === 0) return warnings;
	const menengahWords = oneDecimal(menengah.wordsPerSentence);
	const dasarSyllables = oneDecimal(dasar.syllablesPerWord);
	const menengahSyllables = oneDecimal(menengah.syllablesPerWord);
	const longerSentences = dasarWords > menengahWords;
	// Syllables per word drift by 0.1 with vocabulary alone (a pattern name, a tool); only a
	// bigger gap is something a trainer can act on.
	const longerWords = dasarSyllables - menengahSyllables >= SYLLABLE_GAP - 1e-9;
	if (longerSentences || longerWords) {
		const reasons = [
			...(longerSentences
				? [{ id: `kalimatnya lebih panjang (rata-rata ${shown(dasarWords)} kata, menengah ${shown(menengahWords)})`, en: `its sentences are longer (${dasarWords} words on average, menengah ${menengahWords})` }]
				: []),
			...(longerWords
				? [{ id: `katanya lebih panjang (rata-rata ${shown(dasarSyllables)} suku kata, menengah ${shown(menengahSyllables)})`, en: `its words are longer (${dasarSyllables} syllables on average, menengah ${menengahSyllables})` }]
				: [])
		];
		warnings.push({
			code: 'readability.dasar-harder-than-menengah',
			line: 1,
			column: 1,
			message: {
				id: `Teks tingkat dasar lebih sulit dibaca daripada tingkat menengah: ${reasons.map((reason) => reason.id).join(' dan ')}. Untuk tingkat dasar, pakai kalimat yang lebih pendek dan kata yang lebih sederhana.`,
				en: `The dasar text is harder to read than the menengah text: ${reasons.map((reason) => reason.en).join(' and ')}. Use shorter sentences and simpler words for dasar.`
			}
		});
	}
	return warnings;
}

function oneDecimal(value: number): number {
	return Math.round(value * 10) / 10;
}

/** Indonesian writes a decimal comma: 2,4. */
function shown(value: number): string {
	return String(value).replace('.', ',');
}

/** Lesson HTML → plain text with one block per line; code blocks are not prose. */
export function htmlToProse(html: string): string {
	return decodeEntities(
		html
			.replace(/<(pre|code)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
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

/** Syllables of one written word, split at letter/digit boundaries ("Rp50.000" = Rp + 50.000). */
function syllablesOfToken(token: string): number {
	const parts = token.match(/\d+(?:[.,]\d+)*|\p{L}+/gu) ?? [];
	const total = parts.reduce((sum, part) => sum + (/^\d/.test(part) ? syllablesOfNumber(part) : syllablesOfLetters(part)), 0);
	const percent = token.includes('%') ? 2 : 0; // "persen"
	return Math.max(1, total + percent);
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

const DIGIT_WORDS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/**
 * "1.500" is a thousand separator (Indonesian writing) and "2,5" a decimal comma: said as
 * "seribu lima ratus" and "dua koma lima".
 */
function syllablesOfNumber(written: string): number {
	const [whole, decimals = ''] = written.split(',');
	const digits = whole.replace(/\./g, '');
	const value = Number(digits);
	const spoken =
		digits.length > 15 || !Number.isSafeInteger(value)
			? [...digits].map((digit) => DIGIT_WORDS[Number(digit)]).join(' ')
			: numberInWords(value);
	const decimalSpoken = decimals ? ` koma ${[...decimals.replace(/\D/g, '')].map((digit) => DIGIT_WORDS[Number(digit)]).join(' ')}` : '';
	return countVowelSyllables(spoken + decimalSpoken);
}

function numberInWords(value: number): string {
	if (value < 10) return DIGIT_WORDS[value];
	if (value < 20) return value === 10 ? 'sepuluh' : value === 11 ? 'sebelas' : `${DIGIT_WORDS[value - 10]} belas`;
	if (value < 100) return `${DIGIT_WORDS[Math.floor(value / 10)]} puluh ${value % 10 ? DIGIT_WORDS[value % 10] : ''}`.trim();
	const scales: [number, string, string][] = [
		[1e12, 'triliun', 'satu triliun'],
		[1e9, 'miliar', 'satu miliar'],
		[1e6, 'juta', 'satu juta'],
		[1e3, 'ribu', 'seribu'],
		[100, 'ratus', 'seratus']
	];
	for (const [scale, name, one] of scales) {
		if (value < scale) continue;
		const count = Math.floor(value / scale);
		const rest = value % scale;
		const head = count === 1 ? one : `${numberInWords(count)} ${name}`;
		return rest ? `${head} ${numberInWords(rest)}` : head;
	}
	return String(value);
}
