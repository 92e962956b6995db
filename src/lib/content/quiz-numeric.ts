/**
 * The answer of a numeric question, written as lines under the question:
 *   Jawaban: 15.000
 *   Toleransi: 500
 *   Satuan: Rp
 * (English labels Answer, Tolerance, Unit also work). Numbers follow parseIndonesianNumber.
 */
import type { Paragraph } from 'mdast';
import { parseIndonesianNumber } from './indonesian-number';
import { plainText } from './markdown';
import { contentError, type SourcePoint } from './messages';
import type { ContentError, NumericAnswer } from './types';

const LABELS = { jawaban: 'Jawaban', answer: 'Jawaban', toleransi: 'Toleransi', tolerance: 'Toleransi', satuan: 'Satuan', unit: 'Satuan' } as const;
type Label = (typeof LABELS)[keyof typeof LABELS];

const LINE = /^\s*(jawaban|answer|toleransi|tolerance|satuan|unit)\s*:\s*(.*?)\s*$/i;

/** Does this paragraph start an answer block? */
export function isAnswerLines(paragraph: Paragraph): boolean {
	return LINE.test(plainText(paragraph).split('\n')[0]);
}

export function buildNumericAnswer(paragraphs: Paragraph[], questionAt: SourcePoint | undefined, errors: ContentError[]): NumericAnswer | undefined {
	const found = new Map<Label, { value: string; at: SourcePoint }>();
	for (const paragraph of paragraphs) {
		const start = paragraph.position?.start;
		plainText(paragraph)
			.split('\n')
			.forEach((text, index) => {
				// Lines of one paragraph share its indentation, so its column holds for each.
				const at = { line: (start?.line ?? 1) + index, column: start?.column ?? 1 };
				const match = LINE.exec(text);
				if (!match) {
					errors.push(contentError('quiz.numeric-unknown-line', at));
					return;
				}
				const label = LABELS[match[1].toLowerCase() as keyof typeof LABELS];
				if (found.has(label)) errors.push(contentError('quiz.numeric-repeated-line', at, { label }));
				else found.set(label, { value: match[2], at });
			});
	}

	const answer = found.get('Jawaban');
	if (!answer) {
		errors.push(contentError('quiz.numeric-no-answer', questionAt));
		return undefined;
	}
	const value = readNumber('Jawaban', answer, errors);
	const toleranceLine = found.get('Toleransi');
	const tolerance = toleranceLine ? readNumber('Toleransi', toleranceLine, errors) : 0;
	if (tolerance !== undefined && tolerance < 0) errors.push(contentError('quiz.numeric-negative-tolerance', toleranceLine?.at));
	if (value === undefined || tolerance === undefined) return undefined;
	return { value, tolerance, unit: found.get('Satuan')?.value ?? '' };
}

function readNumber(label: Label, line: { value: string; at: SourcePoint }, errors: ContentError[]): number | undefined {
	const value = parseIndonesianNumber(line.value);
	if (value === null) {
		errors.push(contentError('quiz.numeric-invalid', line.at, { label, value: line.value }));
		return undefined;
	}
	return value;
}
