/**
 * Dates in both languages with kept formatters. Building an Intl.DateTimeFormat — which is also
 * what `toLocaleDateString` with options does on every call — costs about 40 µs; formatting with
 * a kept one about 1.5 µs, and pages list a date per row (decision 028). Call this once, at
 * module level, with the options of one kind of date.
 */
export function dateFormats(options: Intl.DateTimeFormatOptions): { id: (date: Date) => string; en: (date: Date) => string } {
	const id = new Intl.DateTimeFormat('id-ID', options);
	const en = new Intl.DateTimeFormat('en-GB', options);
	return { id: (date) => id.format(date), en: (date) => en.format(date) };
}

/** "27 November 2026" in Western Indonesian Time: the date of a certificate, an answer, an attempt. */
export const longDate = dateFormats({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta' });
