import { describe, expect, it } from 'vitest';
import { measureReadability, readabilityOfLevels, readabilityWarnings } from './readability';
import type { LiteracyLevel } from './types';

const TWELVE_WORDS = 'Ibu Sari menjahit baju anaknya dengan benang putih di teras setiap sore.';

function levels(dasar: string, menengah = dasar, lanjut = menengah): Record<LiteracyLevel, string> {
	return { dasar, menengah, lanjut };
}

const paragraph = (text: string) => `<p>${text}</p>`;

describe('measureReadability', () => {
	it('counts Indonesian syllables by vowels, with ai, au, oi and ei as one', () => {
		// pa-kai (2) ja-rum (2) ka-lau (2) ben-ang (2) du-a (2) = 10 syllables, 5 words
		expect(measureReadability('Pakai jarum kalau benang dua.')).toEqual({
			sentences: 1,
			words: 5,
			wordsPerSentence: 5,
			syllablesPerWord: 2
		});
		// se-pa-tu (3) si-ap (2) = 5 syllables over 2 words; "amboi" = am-boi (2)
		expect(measureReadability('Sepatu siap.').syllablesPerWord).toBe(2.5);
		expect(measureReadability('Amboi.').syllablesPerWord).toBe(2);
		// A consonant closing the syllable splits the pair: ka-in, la-ut, ba-ik; sau-da-ra keeps it.
		expect(measureReadability('Kain laut baik saudara.').syllablesPerWord).toBe((2 + 2 + 2 + 3) / 4);
	});

	it('ends sentences at . ! ? … and line breaks, but not after an abbreviation or inside a number', () => {
		const text = 'Siapkan jarum, benang, gunting, dll. lalu duduk yang nyaman. Sudah siap? Ayo mulai!\nHarga kain 1.500 per meter…';
		const figures = measureReadability(text);
		expect(figures.sentences).toBe(4);
		// "1.500" is a numeral, not a word.
		expect(figures.words).toBe(9 + 2 + 2 + 4);
	});

	it('leaves numerals out and reads spelled abbreviations the way they are said', () => {
		// Har-ga (2) ka-in (2); "Rp50.000" is a numeral, not a word
		expect(measureReadability('Harga kain Rp50.000.')).toMatchObject({ words: 2, syllablesPerWord: 2 });
		// "2,5" is not a word; cm = sen-ti-me-ter (4)
		expect(measureReadability('2,5 cm.')).toMatchObject({ words: 1, syllablesPerWord: 4 });
		// UMKM is spelled: u-em-ka-em (4); "10%" is not a word
		expect(measureReadability('UMKM 10%.')).toMatchObject({ words: 1, syllablesPerWord: 4 });
		// dll. = dan la-in la-in (5)
		expect(measureReadability('dll.').syllablesPerWord).toBe(5);
	});

	it('ignores code and web addresses', () => {
		const plain = measureReadability('Buka halaman toko.');
		expect(measureReadability('Buka halaman toko `https://toko.example/produk?id=12345`.')).toEqual(plain);
		expect(measureReadability('Buka halaman toko https://toko.example/produk/kain-batik-tulis.')).toEqual(plain);
	});

	it('returns zeros for text without words', () => {
		expect(measureReadability('  \n… !')).toEqual({ sentences: 0, words: 0, wordsPerSentence: 0, syllablesPerWord: 0 });
	});
});

describe('readabilityOfLevels', () => {
	it('reads lesson HTML: list items are sentences; headings, tables and code are not prose; entities decoded', () => {
		const html =
			'<h2>Alat menjahit</h2>\n<ul>\n<li>Jarum</li>\n<li>Benang putih</li>\n</ul>\n' +
			'<p>Simpan jarum di bantalan. Jangan di mulut!</p>\n<pre><code>kode contoh yang panjang sekali</code></pre>\n<p>Kain &amp; benang</p>' +
			'<table><tr><th>Alat</th><th>Harga</th></tr><tr><td>Gunting kain besar</td><td>Rp45.000</td></tr></table>';
		const { dasar, lanjut } = readabilityOfLevels(levels(html, html, paragraph(TWELVE_WORDS)));
		expect(dasar.sentences).toBe(5);
		expect(dasar.words).toBe(1 + 2 + 4 + 3 + 2);
		expect(lanjut).toMatchObject({ sentences: 1, words: 12, wordsPerSentence: 12 });
	});
});

describe('readabilityWarnings', () => {
	const EIGHT_WORDS = 'Ibu Sari menjahit baju anaknya di teras rumah.';
	const NINE_WORDS = 'Ibu Sari menjahit baju anaknya di teras rumah sore.';
	const prose = (dasar: string, menengah = dasar, lanjut = menengah): Record<LiteracyLevel, string> => ({ dasar, menengah, lanjut });
	const codes = (warnings: { code: string }[]) => warnings.map((warning) => warning.code);

	it('accepts dasar sentences of 8 words on average when its words are easier than menengah', () => {
		expect(measureReadability(EIGHT_WORDS).words).toBe(8);
		expect(readabilityWarnings(prose(EIGHT_WORDS, 'Perlengkapan menjahit sebaiknya dipersiapkan dengan teliti sebelum pekerjaan menjahit dimulai.'))).toEqual([]);
	});

	it('warns, with the figures, when dasar sentences average more than 8 words', () => {
		expect(measureReadability(NINE_WORDS).words).toBe(9);
		const warnings = readabilityWarnings(prose(NINE_WORDS), { compareLevels: false });
		expect(warnings).toEqual([
			{
				code: 'readability.dasar-too-long',
				line: 1,
				column: 1,
				message: {
					id: expect.stringContaining('Kalimat di tingkat dasar rata-rata 9 kata. Targetnya paling banyak 8 kata.'),
					en: expect.stringContaining('average 9 words')
				}
			}
		]);
	});

	it('shows a decimal comma in the Indonesian message', () => {
		const [warning] = readabilityWarnings(prose(`${EIGHT_WORDS} ${NINE_WORDS}`), { compareLevels: false });
		expect(warning.message.id).toContain('rata-rata 8,5 kata');
		expect(warning.message.en).toContain('average 8.5 words');
	});

	it('warns when dasar has longer sentences than menengah, and not the other way round', () => {
		const long = 'Potong benang kira-kira setengah meter dengan gunting tajam.'; // 8 words
		const short = 'Potong benang. Pakai gunting kira-kira.'; // 2 and 3 words
		expect(codes(readabilityWarnings(prose(long, short)))).toContain('readability.dasar-harder-than-menengah');
		expect(readabilityWarnings(prose(long, short))[0].message.id).toContain('rata-rata 8 kata, menengah 2,5');
		expect(codes(readabilityWarnings(prose(short, long)))).not.toContain('readability.dasar-harder-than-menengah');
	});

	it('warns unless dasar words are at least 0,1 syllables shorter than menengah', () => {
		const menengah = 'Siapkan alat menjahit dan kain.'; // 11 syllables / 5 words = 2,2
		const same = 'Siapkan kain dan alat menjahit.'; // 2,2
		const easier = 'Siapkan alat dan kain.'; // 8 / 4 = 2,0
		const warning = readabilityWarnings(prose(same, menengah));
		expect(codes(warning)).toEqual(['readability.dasar-words-not-simpler']);
		expect(warning[0].message.id).toContain('rata-rata 2,2 suku kata per kata, menengah 2,2');
		expect(readabilityWarnings(prose(easier, menengah))).toEqual([]);
	});

	it('does not compare levels when asked not to, or when a level has no text', () => {
		expect(readabilityWarnings(prose('Simpan jarum di bantalan.'), { compareLevels: false })).toEqual([]);
		expect(readabilityWarnings(prose('', 'Simpan jarum di bantalan.'))).toEqual([]);
		expect(readabilityWarnings(prose('Perlengkapan menjahit dipersiapkan.', ''))).toEqual([]);
	});
});
