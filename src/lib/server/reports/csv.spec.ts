import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, csvStream, keysetBatches, safeFileName } from '#lib/server/reports/csv';

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
	// Keep the BOM: Response.text() would drop it.
	return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe('csv cells', () => {
	it('quotes commas, quotes and line breaks, and doubles quotes', () => {
		expect(csvCell('Desa Sukamaju, Klaten')).toBe('"Desa Sukamaju, Klaten"');
		expect(csvCell('Kata "bagus"')).toBe('"Kata ""bagus"""');
		expect(csvCell('baris\nbaru')).toBe('"baris\nbaru"');
		expect(csvCell('biasa')).toBe('biasa');
	});

	it('defuses formulas: text starting with = + - @ is written as text', () => {
		expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvCell('+62812')).toBe("'+62812");
		expect(csvCell('-5')).toBe("'-5");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		// Real numbers stay numbers.
		expect(csvCell(-5)).toBe('-5');
	});

	it('writes empty cells, booleans in Indonesian and dates as ISO', () => {
		expect(csvLine([null, undefined, true, false, new Date('2026-01-02T03:04:05Z')])).toBe(',,ya,tidak,2026-01-02T03:04:05.000Z\r\n');
	});

	it('makes safe file names', () => {
		expect(safeFileName('Program "Jahit" / Klaten.csv')).toBe('Program-Jahit-Klaten.csv');
		expect(safeFileName('')).toBe('ekspor');
	});
});

describe('csv streams', () => {
	it('starts with a BOM and the header, then every batch in order', async () => {
		async function* batches() {
			yield [['a', 1]];
			yield [['b', 2]];
		}
		const body = await text(csvStream(['Nama', 'Angka'], batches()));
		expect(body).toBe('\uFEFFNama,Angka\r\na,1\r\nb,2\r\n');
	});

	it('gives a header-only file for no rows', async () => {
		async function* none() {}
		expect(await text(csvStream(['Nama'], none()))).toBe('\uFEFFNama\r\n');
	});

	it('reads keyset pages until an empty or last page, pulling only as the reader reads', async () => {
		const reads: (number | undefined)[] = [];
		const source = keysetBatches(async (after: number | undefined) => {
			reads.push(after);
			const start = (after ?? 0) + 1;
			const rows = start > 5 ? [] : [start, start + 1];
			return { rows, last: rows.at(-1) };
		});
		const stream = csvStream(
			['n'],
			(async function* () {
				for await (const rows of source) yield rows.map((n) => [n]);
			})()
		);
		const reader = stream.getReader();
		await reader.read(); // header
		await reader.read(); // first page
		// Back-pressure: nothing is read ahead of the consumer beyond one page.
		expect(reads.length).toBeLessThanOrEqual(2);
		let rest = '';
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			rest += new TextDecoder().decode(value);
		}
		expect(rest).toBe('3\r\n4\r\n5\r\n6\r\n');
		expect(reads).toEqual([undefined, 2, 4, 6]);
	});
});
