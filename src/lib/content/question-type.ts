/**
 * Which kind of question a trainer wrote: named in the heading (`{type=urutan}`) or, when that
 * is left out, read from the shape of the answer, as long as the shape can mean only one thing.
 */
import type { List, ListItem } from 'mdast';
import { plainText } from './markdown';
import { splitExplicitId } from './stable-id';
import type { QuestionType } from './types';

/** Every name a trainer may write after `type=`, English and Indonesian. */
const TYPE_NAMES: Record<string, QuestionType> = {
	single: 'single',
	'pilihan-ganda': 'single',
	multiple: 'multiple',
	'pilih-beberapa': 'multiple',
	'true-false': 'true-false',
	'benar-salah': 'true-false',
	picture: 'picture',
	gambar: 'picture',
	ordering: 'ordering',
	urutan: 'ordering',
	numeric: 'numeric',
	angka: 'numeric'
};

/** How a type is named in an Indonesian message, and in its English half. */
export const TYPE_LABEL: Record<QuestionType, { id: string; en: string }> = {
	single: { id: 'pilihan-ganda', en: 'single-choice' },
	multiple: { id: 'pilih-beberapa', en: 'multiple-choice' },
	'true-false': { id: 'benar-salah', en: 'true-false' },
	picture: { id: 'gambar', en: 'picture' },
	ordering: { id: 'urutan', en: 'ordering' },
	numeric: { id: 'angka', en: 'numeric' }
};

export function questionTypeNamed(name: string): QuestionType | undefined {
	const key = name.trim().toLowerCase();
	return Object.hasOwn(TYPE_NAMES, key) ? TYPE_NAMES[key] : undefined;
}

/** The two words of a true-false question, in either language; index 0 is "true". */
const TRUE_FALSE_WORDS = [
	['benar', 'true'],
	['salah', 'false']
];

/** "benar" or "salah" for an option that reads Benar/True or Salah/False, else undefined. */
export function trueFalseWord(optionText: string): 'benar' | 'salah' | undefined {
	const word = optionText.trim().toLowerCase().replace(/[.!]+$/, '');
	if (TRUE_FALSE_WORDS[0].includes(word)) return 'benar';
	if (TRUE_FALSE_WORDS[1].includes(word)) return 'salah';
	return undefined;
}

/** The option's own words: first line, without `{#id}` or a "Penjelasan:" line after it. */
export function optionLabel(item: ListItem): string {
	const first = item.children[0];
	const line = first?.type === 'paragraph' ? plainText(first).split('\n')[0] : '';
	return splitExplicitId(line).text.trim();
}

function hasImage(item: ListItem): boolean {
	const first = item.children[0];
	return first?.type === 'paragraph' && first.children.some((node) => node.type === 'image' || node.type === 'imageReference');
}

/**
 * The type a question's shape implies when the heading names none:
 * "Jawaban:" lines and no list → numeric; a numbered list without boxes → ordering;
 * boxes with two or more [x] → multiple; exactly Benar/Salah → true-false; every option a
 * picture → picture; other boxes → single. Without any answer, undefined.
 */
export function inferQuestionType(list: List | undefined, hasAnswerLines: boolean): QuestionType | undefined {
	if (!list) return hasAnswerLines ? 'numeric' : undefined;
	const items = list.children;
	const isChoice = items.some((item) => typeof item.checked === 'boolean');
	if (!isChoice) return list.ordered ? 'ordering' : 'single';
	if (items.filter((item) => item.checked === true).length >= 2) return 'multiple';
	const words = items.map((item) => trueFalseWord(optionLabel(item)));
	if (items.length === 2 && words.includes('benar') && words.includes('salah')) return 'true-false';
	if (items.every(hasImage)) return 'picture';
	return 'single';
}
