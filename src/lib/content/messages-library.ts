import type { LocalizedMessage } from './types';

/** The placement test's and the pre-test's limits, here because their messages name them. */
export const PLACEMENT_ITEMS = { min: 10, max: 24 } as const;
export const PLACEMENT_MIN_ITEMS_PER_LEVEL = 2;

type AssessmentKind = 'pretest' | 'placement';

const KIND_LABEL: Record<AssessmentKind, LocalizedMessage> = {
	pretest: { id: 'Tes awal kursus', en: 'A course pre-test' },
	placement: { id: 'Bagian tes penempatan', en: 'A placement test part' }
};

/**
 * Messages of the module check as a whole (size, images, assessment rules) and of the
 * library's placement test (see messages.ts for how codes are used).
 */
export const libraryMessages = {
	'content.too-large': (p: { megabytes: LocalizedMessage }) => ({
		id: `File modul ini ${p.megabytes.id} MB. Batasnya 1 MB. Pecah menjadi beberapa modul, dan simpan gambar sebagai file terpisah di folder kursus.`,
		en: `This module file is ${p.megabytes.en} MB. The limit is 1 MB. Split it into several modules, and keep images as separate files in the course folder.`
	}),
	'media.missing': (p: { src: string }) => ({
		id: `Gambar "${p.src}" tidak ada di folder kursus. Periksa ejaan nama file dan foldernya (huruf besar dan kecil dibedakan). Di aplikasi, unggah gambarnya di halaman Gambar; di folder content/, masukkan gambarnya ke folder kursus.`,
		en: `The image "${p.src}" is not in the course folder. Check the spelling of the file and folder names (upper and lower case differ). In the app, upload it on the Images page; in the content/ folder, add the image to the course folder.`
	}),
	'media.content-mismatch': (p: { extension: string; kind: string }) => ({
		id: `Nama file ini berakhiran ${p.extension}, tetapi isinya bukan gambar ${p.kind}. Simpan ulang gambarnya sebagai ${p.kind}, atau ganti akhiran namanya sesuai jenis gambarnya.`,
		en: `This file is named ${p.extension} but is not a ${p.kind} image. Save the picture again as ${p.kind}, or rename it to match its real type.`
	}),
	'media.too-large': (p: { megabytes: LocalizedMessage }) => ({
		id: `Gambar ini ${p.megabytes.id} MB. Batasnya 10 MB. Perkecil ukurannya dulu, supaya juga hemat kuota peserta.`,
		en: `This image is ${p.megabytes.en} MB. The limit is 10 MB. Make it smaller first; it also saves participants' data.`
	}),
	'media.svg-invalid': (p: { reason: 'not-xml' | 'not-svg' }) =>
		p.reason === 'not-xml'
			? {
					id: 'File SVG ini tidak bisa dibaca: ada tanda < > yang tidak lengkap atau tag yang tidak ditutup di sekitar baris ini. Simpan ulang gambarnya dari aplikasi gambar.',
					en: 'This SVG file cannot be read: an incomplete < > or an unclosed tag around this line. Export the picture again from the drawing app.'
				}
			: {
					id: 'File ini berakhiran .svg, tetapi isinya bukan gambar SVG (harus diawali tag <svg>).',
					en: 'This file is named .svg but is not an SVG picture (it must start with an <svg> tag).'
				},
	'media.svg-unsafe': (p: { what: string }) => ({
		id: `Gambar SVG ini berisi ${p.what}, yaitu kode yang bisa dijalankan. Demi keamanan peserta, gambar seperti ini tidak diterima. Hapus bagian itu, atau simpan gambarnya sebagai PNG.`,
		en: `This SVG contains ${p.what}, which is code that can run. For participants' safety such images are refused. Remove that part, or save the picture as PNG.`
	}),
	'media.refused': (p: { src: string }) => ({
		id: `Gambar "${p.src}" ada di folder kursus, tetapi tidak diterima. Lihat pesan untuk file gambar itu, perbaiki, lalu impor lagi.`,
		en: `The image "${p.src}" is in the course folder but was refused. See the message for that image file, fix it, and import again.`
	}),
	'assessment.no-quiz': (p: { kind: AssessmentKind }) => ({
		id: `${KIND_LABEL[p.kind].id} belum punya kuis. Isinya cukup bagian pembuka, kata pengantar kalau perlu, lalu blok ::::quiz.`,
		en: `${KIND_LABEL[p.kind].en} has no quiz. It holds the frontmatter, an optional intro, then a ::::quiz block.`
	}),
	'assessment.practical': (p: { kind: AssessmentKind }) => ({
		id: `${KIND_LABEL[p.kind].id} tidak boleh berisi tugas praktik. Hapus blok :::tugas ini; tugas praktik ditulis di modul.`,
		en: `${KIND_LABEL[p.kind].en} cannot have a practical task. Remove this :::tugas block; practical tasks belong in modules.`
	}),
	'assessment.level-text': (p: { kind: AssessmentKind }) => ({
		id: `${KIND_LABEL[p.kind].id} tidak boleh berisi teks per tingkat di luar kuis. Tulis kata pengantar untuk semua peserta, tanpa blok tingkat.`,
		en: `${KIND_LABEL[p.kind].en} cannot have per-level text outside the quiz. Write the intro for everyone, without level blocks.`
	}),
	'course.pretest-listed': () => ({
		id: 'pretest.md adalah tes awal kursus, bukan modul. Hapus "pretest" dari daftar modules di course.yaml.',
		en: 'pretest.md is the course pre-test, not a module. Remove "pretest" from the modules list in course.yaml.'
	}),
	'placement.item-level': (p: { levels: string }) => ({
		id: `Soal tes penempatan harus ada di dalam tepat satu blok tingkat (:::dasar, :::menengah, atau :::lanjut), karena blok itu menandai tingkat yang diuji soal. Soal ini sekarang untuk ${p.levels}.`,
		en: `A placement item must sit in exactly one level block (:::dasar, :::menengah or :::lanjut): the block marks the level it tests. This item is now for ${p.levels}.`
	}),
	'placement.dasar-passage-long': (p: { average: string; max: number }) => ({
		id: `Bacaan soal tingkat dasar ini rata-rata ${p.average.replace('.', ',')} kata per kalimat. Untuk tingkat dasar, paling banyak ${p.max} kata. Pecah kalimat yang panjang.`,
		en: `This dasar item's passage averages ${p.average} words per sentence. Dasar allows at most ${p.max}. Split the long sentences.`
	}),
	'placement.missing': () => ({
		id: 'Folder placement belum punya placement.yaml. Buat file itu dengan title, summary, dan parts (daftar nama file bagian tes, tanpa .md).',
		en: 'The placement folder has no placement.yaml. Create it with title, summary and parts (the part file names, without .md).'
	}),
	'placement.part-unlisted': (p: { name: string; slug: string }) => ({
		id: `File ${p.name} belum ada di daftar parts di placement.yaml, jadi tidak dipakai. Tambahkan "${p.slug}" ke daftar itu, atau pindahkan filenya.`,
		en: `${p.name} is not in the parts list in placement.yaml, so it is not used. Add "${p.slug}" to that list, or move the file.`
	}),
	'placement.part-missing': (p: { slug: string }) => ({
		id: `Bagian "${p.slug}" ada di daftar parts, tapi file ${p.slug}.md tidak ditemukan.`,
		en: `Part "${p.slug}" is listed in parts, but ${p.slug}.md does not exist.`
	}),
	'placement.item-count': (p: { total: number }) => ({
		id: `Tes penempatan berisi ${p.total} soal. Jumlahnya harus ${PLACEMENT_ITEMS.min} sampai ${PLACEMENT_ITEMS.max} soal: cukup untuk menentukan tingkat, tapi tidak melelahkan peserta.`,
		en: `The placement test has ${p.total} items. It needs ${PLACEMENT_ITEMS.min} to ${PLACEMENT_ITEMS.max}: enough to place someone, not so many that they tire.`
	}),
	'placement.level-too-few': (p: { part: string; count: number; level: string; needed: number }) => ({
		id: `Bagian ${p.part} punya ${p.count} soal untuk tingkat ${p.level}. Tingkat ini perlu paling sedikit ${p.needed} soal di bagian ini, supaya satu jawaban kebetulan tidak menentukan tingkat peserta.`,
		en: `Part ${p.part} has ${p.count} item(s) for ${p.level}. This level needs at least ${p.needed} in this part, so one lucky answer does not decide a participant's level.`
	}),
	'placement.item-type': (p: { type: string }) => ({
		id: `Soal tes penempatan dijawab dengan satu ketukan, jadi jenisnya harus pilihan ganda, benar-salah, atau gambar, dengan satu jawaban benar. Soal ini berjenis "${p.type}".`,
		en: `A placement item is answered with one tap, so it must be single choice, true/false or picture, with one right answer. This item is "${p.type}".`
	}),
	'placement.part-required': (p: { slug: string }) => ({
		id: `Tes penempatan perlu bagian "${p.slug}": bagian membaca menentukan tingkat bacaan, bagian digital menentukan bantuan memakai HP. Tambahkan "${p.slug}" ke daftar parts.`,
		en: `The placement test needs a part "${p.slug}": membaca sets the reading level, digital decides the help with the phone. Add "${p.slug}" to parts.`
	}),
	'placement.cut-unknown-part': (p: { slug: string }) => ({
		id: `Di cut_scores ada bagian "${p.slug}", tetapi bagian itu tidak ada di daftar parts. Hapus atau perbaiki namanya.`,
		en: `cut_scores names a part "${p.slug}" that is not in parts. Remove it or fix its name.`
	}),
	'placement.part-unknown': (p: { slug: string; reading: string; digital: string }) => ({
		id: `Bagian "${p.slug}" belum dikenal. Tes penempatan punya dua bagian: "${p.reading}" menentukan tingkat bacaan, "${p.digital}" menentukan bantuan memakai HP.`,
		en: `Part "${p.slug}" is not known. The placement test has two parts: "${p.reading}" sets the reading level, "${p.digital}" decides the help with the phone.`
	}),
	'placement.cut-missing': (p: { slug: string }) => ({
		id: `Bagian "${p.slug}" belum punya nilai batas di cut_scores. Tulis untuk setiap tingkat berapa soal tingkat itu yang harus benar, misalnya "${p.slug}: { dasar: 3, menengah: 3, lanjut: 3 }".`,
		en: `Part "${p.slug}" has no cut-scores under cut_scores. For each level write how many of its items must be right, e.g. "${p.slug}: { dasar: 3, menengah: 3, lanjut: 3 }".`
	}),
	'placement.cut-range': (p: { slug: string; level: string; cut: number; count: number }) => ({
		id: `Nilai batas ${p.slug} untuk tingkat ${p.level} adalah ${p.cut}, padahal soalnya ada ${p.count}. Nilai batas harus antara 1 dan ${p.count}.`,
		en: `The ${p.level} cut-score of ${p.slug} is ${p.cut}, but that level has ${p.count} item(s). It must be between 1 and ${p.count}.`
	}),
	'placement.yaml': (p: { detail: string }) => ({
		id: `File placement.yaml tidak bisa dibaca. Periksa tanda titik dua dan spasi di baris ini. (${p.detail})`,
		en: `placement.yaml cannot be read. Check the colons and spaces on this line. (${p.detail})`
	}),
	'placement.invalid': (p: { fields: string }) => ({
		id: `Isi placement.yaml belum tepat (${p.fields}). File ini hanya berisi title, summary, parts (daftar nama file bagian tes tanpa .md, setiap baris dimulai dengan "- ", misalnya "- membaca") dan cut_scores (untuk setiap bagian dan tingkat, jumlah soal yang harus benar, angka bulat: cut_scores: { membaca: { dasar: 3, menengah: 3, lanjut: 3 }, … }).`,
		en: `placement.yaml is not right (${p.fields}). It holds only title, summary, parts (the part file names without .md, one per line starting with "- ", e.g. "- membaca") and cut_scores (per part and level, how many items must be right, whole numbers: cut_scores: { membaca: { dasar: 3, menengah: 3, lanjut: 3 }, … }).`
	}),
	'placement.part-repeated': (p: { slug: string }) => ({
		id: `Bagian "${p.slug}" tertulis dua kali di daftar parts. Hapus salah satunya.`,
		en: `Part "${p.slug}" is listed twice in parts. Remove one.`
	})
} satisfies Record<string, (p: never) => LocalizedMessage>;
