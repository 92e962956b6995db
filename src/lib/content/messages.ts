import { blockMessages } from './messages-blocks';
import { quizMessages } from './messages-quiz';
import { reviewMessages } from './messages-review';
import { libraryMessages } from './messages-library';
import type { ContentError, LocalizedMessage } from './types';

/**
 * Every message a content file can produce, keyed by a stable code (quiz and block messages
 * live in messages-quiz.ts and messages-blocks.ts). The Indonesian text is
 * written the way a patient trainer would explain the fix to a colleague; English follows.
 * Codes are part of the contract (tests and the web editor match on them), texts may change.
 */
const catalogue = {
	'source.too-deep': (p: { max: number }) => ({
		id: `Mulai baris ini, kutipan (>) atau daftar bertumpuk terlalu dalam: lebih dari ${p.max} tingkat. Kurangi tanda > atau jarak di depan baris.`,
		en: `From this line, quotes (>) or lists are nested too deep: more than ${p.max} levels. Use fewer > signs or less indentation.`
	}),
	'source.bracket-run': (p: { max: number }) => ({
		id: `Mulai baris ini ada lebih dari ${p.max} tanda [ yang tidak ditutup dengan ]. Tutup setiap [ dengan ], atau tulis \\[ kalau memang mau menampilkan tanda [.`,
		en: `From this line there are more than ${p.max} [ signs without a closing ]. Close each [ with ], or write \\[ to show a [ sign.`
	}),
	'source.too-slow': (p: { seconds: number }) => ({
		id: `Teks ini butuh lebih dari ${p.seconds} detik untuk dibaca, jadi belum bisa dipakai. Kemungkinan masalahnya mulai di baris ini: periksa tanda [ ] * _ atau > yang sangat banyak. Draf Anda tetap tersimpan.`,
		en: `This text takes more than ${p.seconds} seconds to read, so it cannot be used yet. The trouble probably starts on this line: look for very many [ ] * _ or > signs. Your draft is kept.`
	}),
	'frontmatter.missing': () => ({
		id: 'Bagian pembuka modul belum ada. Mulai file dengan baris ---, lalu title, summary, dan minutes, lalu tutup dengan --- lagi.',
		en: 'The module has no frontmatter. Start the file with a --- line, then title, summary and minutes, then close with --- again.'
	}),
	'frontmatter.yaml': (p: { detail: string }) => ({
		id: `Bagian pembuka (antara dua garis ---) tidak bisa dibaca. Periksa tanda titik dua dan spasi di baris ini. (${p.detail})`,
		en: `The frontmatter (between the two --- lines) cannot be read. Check the colons and spaces on this line. (${p.detail})`
	}),
	'frontmatter.not-a-map': () => ({
		id: 'Bagian pembuka harus berisi pasangan nama dan isi, misalnya "title: Alat Menjahit".',
		en: 'The frontmatter must be a list of name: value pairs, e.g. "title: Sewing tools".'
	}),
	'frontmatter.required': (p: { field: string; hint: string }) => ({
		id: `"${p.field}" belum diisi. ${p.hint}`,
		en: `"${p.field}" is missing.`
	}),
	'frontmatter.invalid': (p: { field: string; hint: string; hintEn: string }) => ({
		id: `Isi "${p.field}" belum tepat. ${p.hint}`,
		en: `"${p.field}" has an invalid value. ${p.hintEn}`
	}),
	'frontmatter.unknown-key': (p: { key: string; known: string }) => ({
		id: `"${p.key}" tidak dikenal di bagian pembuka. Mungkin salah ketik? Yang bisa dipakai: ${p.known}.`,
		en: `Unknown frontmatter key "${p.key}". A typo? Allowed keys: ${p.known}.`
	}),
	'level.unknown': (p: { name: string }) => ({
		id: `Blok ":::${p.name}" tidak dikenal. Pakai :::dasar, :::menengah, :::lanjut, :::level{dasar menengah}, :::tips, :::awas, :::tugas, atau :::quiz.`,
		en: `Unknown block ":::${p.name}". Use :::dasar, :::menengah, :::lanjut, :::level{dasar menengah}, :::tips, :::awas, :::tugas or :::quiz.`
	}),
	'level.unknown-in-list': (p: { name: string }) => ({
		id: `Tingkat "${p.name}" tidak dikenal. Tingkat yang ada hanya dasar, menengah, dan lanjut.`,
		en: `Unknown level "${p.name}". The levels are dasar, menengah and lanjut.`
	}),
	'level.empty-list': () => ({
		id: 'Blok :::level belum menyebut tingkatnya. Tulis misalnya :::level{dasar menengah}.',
		en: 'The :::level block names no level. Write e.g. :::level{dasar menengah}.'
	}),
	'level.attributes': (p: { name: string }) => ({
		id: `Blok :::${p.name} tidak perlu tambahan {…}. Hapus bagian dalam kurung kurawal.`,
		en: `The :::${p.name} block takes no {…} attributes. Remove them.`
	}),
	'level.nested': () => ({
		id: 'Blok tingkat tidak boleh ada di dalam blok tingkat lain. Tutup dulu blok yang pertama dengan :::.',
		en: 'A level block cannot sit inside another level block. Close the first one with ::: first.'
	}),
	'directive.unknown': (p: { name: string }) => ({
		id: `Perintah "::${p.name}" tidak dikenal. Kalau ini teks biasa, hapus tanda titik dua di depannya.`,
		en: `Unknown directive "::${p.name}". If this is ordinary text, remove the leading colons.`
	}),
	'directive.unparsed': () => ({
		id: 'Baris ini dimulai dengan ::: tapi tidak terbaca sebagai blok. Periksa tiga hal: apakah ini penutup ::: tanpa pembuka; kalau ada blok di dalam blok, blok luar perlu titik dua lebih banyak (::::quiz … :::dasar … ::: … ::::); dan tingkat dalam {…} dipisah spasi, tanpa koma.',
		en: 'This line starts with ::: but was not read as a block. Check: a closing ::: without an opening; for a block inside a block the outer one needs more colons (::::quiz … :::dasar … ::: … ::::); levels in {…} are separated by spaces, not commas.'
	}),
	'image.missing-alt': () => ({
		id: 'Gambar ini belum punya keterangan. Tulis isi gambar di dalam kurung siku, misalnya ![Jarum dan benang](jarum.jpg). Keterangan ini dibacakan untuk peserta yang tidak bisa melihat gambar.',
		en: 'This image has no alt text. Describe it in the brackets, e.g. ![Needle and thread](needle.jpg). It is read aloud to participants who cannot see the image.'
	}),
	'image.unsafe-src': (p: { src: string }) => ({
		id: `Alamat gambar "${p.src}" tidak bisa dipakai. Pakai nama file gambar di folder kursus (misalnya gambar/jarum.jpg) atau alamat yang dimulai dengan https://.`,
		en: `The image address "${p.src}" is not allowed. Use a file in the course folder (e.g. gambar/jarum.jpg) or an https:// address.`
	}),
	'html.dropped': () => ({
		id: 'Kode HTML di sini tidak ditampilkan ke peserta, demi keamanan. Pakai format Markdown biasa saja.',
		en: 'Raw HTML here is not shown to participants, for safety. Use plain Markdown instead.'
	}),
	'course.missing': () => ({
		id: 'File course.yaml belum ada di folder kursus ini. Buat file itu dengan title, summary, dan daftar modules.',
		en: 'This course folder has no course.yaml. Create it with title, summary and the list of modules.'
	}),
	'course.yaml': (p: { detail: string }) => ({
		id: `File course.yaml tidak bisa dibaca. Periksa tanda titik dua dan spasi di baris ini. (${p.detail})`,
		en: `course.yaml cannot be read. Check the colons and spaces on this line. (${p.detail})`
	}),
	'course.not-a-map': () => ({
		id: 'File course.yaml harus berisi title, summary, dan modules, masing-masing di barisnya sendiri.',
		en: 'course.yaml must contain title, summary and modules, each on its own line.'
	}),
	'course.required': (p: { field: string; hint: string }) => ({
		id: `"${p.field}" belum diisi di course.yaml. ${p.hint}`,
		en: `"${p.field}" is missing from course.yaml.`
	}),
	'course.invalid': (p: { field: string; hint: string; hintEn: string }) => ({
		id: `Isi "${p.field}" di course.yaml belum tepat. ${p.hint}`,
		en: `"${p.field}" in course.yaml has an invalid value. ${p.hintEn}`
	}),
	'course.unknown-key': (p: { key: string; known: string }) => ({
		id: `"${p.key}" tidak dikenal di course.yaml. Mungkin salah ketik? Yang bisa dipakai: ${p.known}.`,
		en: `Unknown key "${p.key}" in course.yaml. A typo? Allowed keys: ${p.known}.`
	}),
	'course.invalid-slug': (p: { slug: string }) => ({
		id: `Nama "${p.slug}" tidak bisa dipakai sebagai nama folder atau file. Pakai huruf kecil, angka, dan tanda minus, misalnya jahitan-tangan.`,
		en: `"${p.slug}" cannot be used as a folder or file name. Use lower-case letters, digits and hyphens, e.g. jahitan-tangan.`
	}),
	'course.module-missing': (p: { slug: string }) => ({
		id: `Modul "${p.slug}" ada di daftar modules, tapi file ${p.slug}.md tidak ditemukan.`,
		en: `Module "${p.slug}" is listed in modules, but ${p.slug}.md does not exist.`
	}),
	'course.module-unlisted': (p: { slug: string }) => ({
		id: `File ${p.slug}.md belum ada di daftar modules di course.yaml, jadi tidak akan tampil. Tambahkan namanya ke daftar itu.`,
		en: `${p.slug}.md is not in the modules list in course.yaml, so it will not be shown. Add it to that list.`
	}),
	'course.pretest-unknown-module': (p: { slug: string; known: string }) => ({
		id: `Soal ini menulis modul=${p.slug}, tapi kursus ini tidak punya modul bernama "${p.slug}". Di laporan kebutuhan, soal ini dihitung tanpa modul. Pakai salah satu nama ini: ${p.known}.`,
		en: `This question says modul=${p.slug}, but the course has no module named "${p.slug}". The needs report will count it without a module. Use one of: ${p.known}.`
	}),
	'course.module-repeated': (p: { slug: string }) => ({
		id: `Modul "${p.slug}" tertulis dua kali di daftar modules. Hapus salah satunya.`,
		en: `Module "${p.slug}" is listed twice in modules. Remove one.`
	}),
	...quizMessages,
	...blockMessages,
	...reviewMessages,
	...libraryMessages
} satisfies Record<string, (params: never) => LocalizedMessage>;

export type ContentErrorCode = keyof typeof catalogue;

type ParamsOf<C extends ContentErrorCode> = Parameters<(typeof catalogue)[C]>[0];

export interface SourcePoint {
	line: number;
	column: number;
}

/** Build a located error or warning from its code. Unknown positions fall back to 1:1. */
export function contentError<C extends ContentErrorCode>(
	code: C,
	at: SourcePoint | undefined,
	...params: ParamsOf<C> extends undefined ? [] : [ParamsOf<C>]
): ContentError {
	const build = catalogue[code] as (p: unknown) => LocalizedMessage;
	return { code, line: at?.line ?? 1, column: at?.column ?? 1, message: build(params[0]) };
}

/**
 * A problem as one line for a person: `file:line:column: message [code]`, in their language.
 * The command line (content:check, setup) and the web editor show problems through this one
 * function; the editor leaves out what its own link shows (file, position, code).
 */
export function formatProblem(
	problem: ContentError,
	locale: 'id' | 'en',
	options: { file?: boolean; position?: boolean; code?: boolean; label?: string } = {}
): string {
	const where = [
		options.file !== false && problem.file ? `${problem.file}:` : '',
		options.position !== false ? `${problem.line}:${problem.column}: ` : ''
	].join('');
	return `${where}${options.label ?? ''}${problem.message[locale]}${options.code === false ? '' : ` [${problem.code}]`}`;
}

export function byPosition(a: ContentError, b: ContentError): number {
	return a.line - b.line || a.column - b.column;
}
