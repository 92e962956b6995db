import { describe, expect, it } from 'vitest';
import { measureReadability, readabilityOfLevels, readabilityWarnings } from './readability';
import type { LiteracyLevel } from './types';

const TWELVE_WORDS = 'Ibu Sari menjahit baju anaknya dengan benang putih di teras setiap sore.';
const THIRTEEN_WORDS = 'Ibu Sari menjahit baju anaknya dengan benang putih di teras rumah setiap sore.';

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
		expect(figures.words).toBe(9 + 2 + 2 + 5);
	});

	it('reads numbers, rupiah, percentages and spelled abbreviations the way they are said', () => {
		// Har-ga (2) ka-in (2) Rp50.000 = ru-pi-ah (3) + li-ma pu-luh ri-bu (6)
		expect(measureReadability('Harga kain Rp50.000.').syllablesPerWord).toBe(13 / 3);
		// 2,5 = du-a ko-ma li-ma (6); cm = sen-ti-me-ter (4)
		expect(measureReadability('2,5 cm.').syllablesPerWord).toBe(5);
		// UMKM is spelled: u-em-ka-em (4); 10% = se-pu-luh per-sen (5)
		expect(measureReadability('UMKM 10%.').syllablesPerWord).toBe(4.5);
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
	it('reads lesson HTML: headings and list items are sentences, code blocks are skipped, entities decoded', () => {
		const html =
			'<h2>Alat menjahit</h2>\n<ul>\n<li>Jarum</li>\n<li>Benang putih</li>\n</ul>\n' +
			'<p>Simpan jarum di bantalan. Jangan di mulut!</p>\n<pre><code>kode contoh yang panjang sekali</code></pre>\n<p>Kain &amp; benang</p>';
		const { dasar, lanjut } = readabilityOfLevels(levels(html, html, paragraph(TWELVE_WORDS)));
		expect(dasar.sentences).toBe(6);
		expect(dasar.words).toBe(2 + 1 + 2 + 4 + 3 + 2);
		expect(lanjut).toMatchObject({ sentences: 1, words: 12, wordsPerSentence: 12 });
	});
});

describe('readabilityWarnings', () => {
	it('accepts dasar sentences of 12 words on average', () => {
		expect(measureReadability(TWELVE_WORDS).words).toBe(12);
		expect(readabilityWarnings(levels(paragraph(TWELVE_WORDS)))).toEqual([]);
	});

	it('warns, with the figures, when dasar sentences average more than 12 words', () => {
		expect(measureReadability(THIRTEEN_WORDS).words).toBe(13);
		const warnings = readabilityWarnings(levels(paragraph(THIRTEEN_WORDS)));
		expect(warnings).toEqual([
			{
				code: 'readability.dasar-too-long',
				line: 1,
				column: 1,
				message: {
					id: expect.stringContaining('Kalimat di tingkat dasar rata-rata 13 kata. Targetnya paling banyak 12 kata.'),
					en: expect.stringContaining('average 13 words')
				}
			}
		]);
	});

	it('shows a decimal comma in the Indonesian message', () => {
		const twelveAndAHalf = paragraph(`${TWELVE_WORDS} ${THIRTEEN_WORDS}`);
		const [warning] = readabilityWarnings(levels(twelveAndAHalf));
		expect(warning.message.id).toContain('rata-rata 12,5 kata');
		expect(warning.message.en).toContain('average 12.5 words');
	});

	it('warns when dasar has longer sentences than menengah, and not the other way round', () => {
		const long = paragraph('Potong benang kira-kira setengah meter dengan gunting tajam.'); // 8 words
		const short = paragraph('Potong benang. Pakai gunting kira-kira.'); // 2 and 3 words, 2,4 syllables like the long one
		const harder = readabilityWarnings(levels(long, short));
		expect(harder.map((warning) => warning.code)).toEqual(['readability.dasar-harder-than-menengah']);
		expect(harder[0].message.id).toBe(
			'Teks tingkat dasar lebih sulit dibaca daripada tingkat menengah: kalimatnya lebih panjang (rata-rata 8 kata, menengah 2,5). ' +
				'Untuk tingkat dasar, pakai kalimat yang lebih pendek dan kata yang lebih sederhana.'
		);
		expect(readabilityWarnings(levels(short, long))).toEqual([]);
	});

	it('warns when dasar words are 0,2 syllables longer than menengah, not 0,1', () => {
		const menengah = paragraph('Siapkan alat menjahit dan kain.'); // 11 syllables / 5 words = 2,2
		const longerBy02 = paragraph('Siapkan alat menjahit dan jarumnya.'); // 12 / 5 = 2,4
		const longerBy01 = paragraph('Siapkan alat jahit.'); // 7 / 3 = 2,3
		const harder = readabilityWarnings(levels(longerBy02, menengah));
		expect(harder.map((warning) => warning.message.id)).toEqual([
			expect.stringContaining('katanya lebih panjang (rata-rata 2,4 suku kata, menengah 2,2)')
		]);
		expect(harder[0].message.id).not.toContain('kalimatnya');
		expect(readabilityWarnings(levels(longerBy01, menengah))).toEqual([]);
		expect(readabilityWarnings(levels(menengah, longerBy02))).toEqual([]);
	});

	it('gives both reasons when sentences and words are longer', () => {
		const dasar = paragraph('Perlengkapan menjahit dipersiapkan sebelum pekerjaan dimulai.');
		const menengah = paragraph('Siapkan alat. Lalu mulai.');
		const [warning] = readabilityWarnings(levels(dasar, menengah));
		expect(warning.message.id).toMatch(/kalimatnya lebih panjang .* dan katanya lebih panjang/);
		expect(warning.message.en).toMatch(/sentences are longer .* and its words are longer/);
	});

	it('does not compare levels when the text is shared, or when a level has no text', () => {
		expect(readabilityWarnings(levels(paragraph('Simpan jarum di bantalan.')))).toEqual([]);
		expect(readabilityWarnings(levels('', paragraph('Simpan jarum di bantalan.')))).toEqual([]);
		expect(readabilityWarnings(levels(paragraph('Perlengkapan menjahit dipersiapkan.'), ''))).toEqual([]);
	});
});
