/**
 * A streaming CSV writer for every export (reports, raw records, and later outcomes).
 *
 * - Rows are pulled a batch at a time from an async source (keyset pages from the database), so
 *   the server holds one batch, never the whole table: memory stays flat for 100,000 rows, and
 *   a slow client slows the reads (the stream's back-pressure), it does not fill memory.
 * - UTF-8 with a BOM, so Excel opens Indonesian text correctly; CRLF line ends (RFC 4180).
 * - A cell is quoted when it holds a comma, quote, CR or LF; quotes are doubled.
 * - Formula injection: a text cell starting with = + - @ (or a tab/CR) gets a leading ' so a
 *   spreadsheet shows it as text instead of running it. Numbers are written as numbers.
 */

export type CsvCell = string | number | boolean | Date | null | undefined;

export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
	let text = value instanceof Date ? value.toISOString() : value;
	if (FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly CsvCell[]): string {
	return cells.map(csvCell).join(',') + '\r\n';
}

/**
 * Batches of rows, read by keyset: `readPage(after)` returns the rows after the key it is given
 * (undefined for the first page) and the key of its last row; an empty page ends it.
 */
export async function* keysetBatches<Row, Key>(
	readPage: (after: Key | undefined) => Promise<{ rows: Row[]; last: Key | undefined }>
): AsyncGenerator<Row[]> {
	let after: Key | undefined;
	for (;;) {
		const page = await readPage(after);
		if (page.rows.length === 0) return;
		yield page.rows;
		if (page.last === undefined) return;
		after = page.last;
	}
}

/**
 * A byte stream of a CSV: BOM, header, then each batch as it is pulled. An error while reading
 * ends the stream with an error (the client sees a broken download, never a silently short file).
 */
export function csvStream(header: readonly string[], batches: AsyncIterable<readonly (readonly CsvCell[])[]>): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const iterator = batches[Symbol.asyncIterator]();
	let started = false;
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				if (!started) {
					started = true;
					controller.enqueue(encoder.encode(CSV_BOM + csvLine(header)));
					return;
				}
				const next = await iterator.next();
				if (next.done) {
					controller.close();
					return;
				}
				let chunk = '';
				for (const row of next.value) chunk += csvLine(row);
				controller.enqueue(encoder.encode(chunk));
			},
			async cancel() {
				await iterator.return?.();
			}
		},
		{ highWaterMark: 1 }
	);
}

/** A stream of lines (JSON lines, for instance) from batches of already-formatted strings. */
export function lineStream(batches: AsyncIterable<readonly string[]>): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const iterator = batches[Symbol.asyncIterator]();
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				const next = await iterator.next();
				if (next.done) {
					controller.close();
					return;
				}
				controller.enqueue(encoder.encode(next.value.map((line) => line + '\n').join('')));
			},
			async cancel() {
				await iterator.return?.();
			}
		},
		{ highWaterMark: 1 }
	);
}

/** A file name safe in a Content-Disposition header: letters, digits and dashes. */
export function safeFileName(name: string): string {
	return (
		name
			.normalize('NFKD')
			.replace(/[^\w.-]+/g, '-')
			.replace(/-+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 80) || 'ekspor'
	);
}
