import type { LocalizedMessage } from './types';

/** Messages about the quiz and about ids (see messages.ts for how codes and texts are used). */
export const quizMessages = {
	'quiz.duplicate': () => ({
		id: 'Modul ini punya dua blok :::quiz. Gabungkan semua soal dalam satu blok :::quiz.',
		en: 'This module has two :::quiz blocks. Put all questions in one :::quiz block.'
	}),
	'quiz.not-last': () => ({
		id: 'Blok :::quiz harus ada di akhir modul. Pindahkan teks ini ke atas kuis.',
		en: 'The :::quiz block must come last in the module. Move this text above the quiz.'
	}),
	'quiz.inside-level': () => ({
		id: 'Blok :::quiz tidak boleh di dalam blok tingkat. Kalau soal hanya untuk satu tingkat, taruh blok tingkat di dalam kuis (::::dasar … ::::).',
		en: 'The :::quiz block cannot sit inside a level block. For level-only questions, put the level block inside the quiz (::::dasar … ::::).'
	}),
	'quiz.nested': () => ({
		id: 'Blok :::quiz harus berdiri sendiri di akhir modul, tidak di dalam kutipan, daftar, atau blok lain.',
		en: 'The :::quiz block must stand on its own at the end of the module, not inside a quote, list or other block.'
	}),
	'quiz.level-without-questions': (p: { level: string }) => ({
		id: `Peserta tingkat ${p.level} tidak mendapat soal sama sekali. Tambahkan soal bersama (di luar blok tingkat) atau soal untuk tingkat ${p.level}.`,
		en: `Participants at level ${p.level} get no questions at all. Add shared questions or questions for ${p.level}.`
	}),
	'quiz.empty': () => ({
		id: 'Kuis ini belum punya soal. Tulis soal sebagai judul, misalnya "### Alat apa untuk memotong kain?".',
		en: 'This quiz has no questions. Write each question as a heading, e.g. "### Which tool cuts fabric?".'
	}),
	'quiz.content-before-question': () => ({
		id: 'Di dalam kuis, setiap soal dimulai dengan judul ###. Teks ini belum punya judul soal di atasnya.',
		en: 'Inside the quiz every question starts with a ### heading. This text has no question heading above it.'
	}),
	'quiz.empty-question': () => ({
		id: 'Judul soal ini kosong. Tulis pertanyaannya setelah tanda ###.',
		en: 'This question heading is empty. Write the question after ###.'
	}),
	'quiz.no-options': () => ({
		id: 'Soal ini belum punya jawaban. Tulis pilihan sebagai daftar ("- [ ] salah" dan "- [x] benar"), langkah bernomor ("1. …", "2. …") untuk soal urutan, atau baris "Jawaban: 15000" untuk soal angka.',
		en: 'This question has no answer. Write options as a list ("- [ ] wrong" and "- [x] right"), numbered steps ("1. …", "2. …") for an ordering question, or a line "Answer: 15000" for a numeric question.'
	}),
	'quiz.too-few-options': () => ({
		id: 'Soal ini baru punya satu pilihan. Beri paling sedikit dua pilihan jawaban.',
		en: 'This question has only one option. Give at least two.'
	}),
	'quiz.option-not-checkbox': () => ({
		id: 'Pilihan jawaban ini belum punya kotak. Tulis "- [ ] " untuk pilihan salah atau "- [x] " untuk yang benar.',
		en: 'This option has no box. Write "- [ ] " for a wrong option or "- [x] " for the right one.'
	}),
	'quiz.empty-option': () => ({
		id: 'Pilihan jawaban ini kosong. Tulis isinya setelah kotak [ ].',
		en: 'This option is empty. Write its text after the [ ] box.'
	}),
	'quiz.no-correct-answer': () => ({
		id: 'Soal ini belum punya jawaban benar. Tandai jawaban yang benar dengan [x].',
		en: 'This question has no correct answer. Mark the right option with [x].'
	}),
	'quiz.multiple-correct': (p: { type: string; typeEn: string }) => ({
		id: `Soal jenis ${p.type} hanya boleh punya satu jawaban benar, tapi di sini ada lebih dari satu [x]. Tandai satu saja, atau tulis {type=pilih-beberapa} di akhir judul soal kalau peserta memang harus memilih beberapa.`,
		en: `A ${p.typeEn} question has exactly one right answer, but more than one option is marked [x]. Mark one, or write {type=multiple} at the end of the question heading if participants should pick several.`
	}),
	'quiz.extra-options': () => ({
		id: 'Soal ini punya dua daftar pilihan. Satukan semua pilihan dalam satu daftar, tanpa baris lain di antaranya.',
		en: 'This question has two option lists. Put all options in one list with nothing between them.'
	}),
	'quiz.unexpected-content': () => ({
		id: 'Teks ini ada setelah pilihan jawaban tapi tidak dimulai dengan "Penjelasan:". Pindahkan ke atas pilihan, atau awali dengan "Penjelasan:".',
		en: 'This text follows the options but does not start with "Explanation:". Move it above the options or start it with "Explanation:".'
	}),
	'quiz.no-explanation': () => ({
		id: 'Soal ini belum punya penjelasan. Peserta belajar paling banyak dari alasan jawaban. Tambahkan paragraf yang dimulai dengan "Penjelasan:".',
		en: 'This question has no explanation. Participants learn most from the reason. Add a paragraph starting with "Explanation:".'
	}),
	'quiz.unknown-type': (p: { name: string }) => ({
		id: `Jenis soal "${p.name}" tidak dikenal. Pakai salah satu: pilihan-ganda, pilih-beberapa, benar-salah, gambar, urutan, atau angka.`,
		en: `Unknown question type "${p.name}". Use one of: single, multiple, true-false, picture, ordering, numeric (or the Indonesian names).`
	}),
	'quiz.unknown-attribute': (p: { value: string }) => ({
		id: `"${p.value}" di dalam kurung kurawal tidak dikenal. Yang bisa ditulis di sana hanya kode soal (#kode) dan jenis soal (type=…), misalnya {#harga-jual type=angka}.`,
		en: `"${p.value}" inside the braces is not understood. Only the question id (#id) and type (type=…) go there, e.g. {#selling-price type=numeric}.`
	}),
	'quiz.true-false-options': () => ({
		id: 'Soal benar-salah hanya punya dua pilihan: "- [x] Benar" dan "- [ ] Salah" (atau True dan False). Tandai yang benar dengan [x], dan tulis pernyataannya di judul soal.',
		en: 'A true-false question has exactly two options: "- [x] Benar" and "- [ ] Salah" (or True and False). Mark the right one with [x] and put the statement in the heading.'
	}),
	'quiz.picture-no-image': () => ({
		id: 'Di soal gambar, setiap pilihan harus berupa gambar, misalnya "- [x] ![Jahitan lurus dan rapi](gambar/jahitan-rapi.webp)". Pilihan ini belum punya gambar.',
		en: 'In a picture question every option is an image, e.g. "- [x] ![Straight, neat seam](gambar/neat-seam.webp)". This option has no image.'
	}),
	'quiz.ordering-not-numbered': () => ({
		id: 'Langkah soal urutan ditulis sebagai daftar bernomor tanpa kotak, dalam urutan yang benar: "1. langkah pertama", "2. langkah kedua". Peserta akan melihatnya dalam urutan acak.',
		en: 'Ordering steps are a numbered list without boxes, written in the right order: "1. first step", "2. second step". Participants see them shuffled.'
	}),
	'quiz.ordering-too-few': () => ({
		id: 'Soal urutan perlu paling sedikit dua langkah. Tambahkan langkahnya sebagai daftar bernomor.',
		en: 'An ordering question needs at least two steps. Add them as a numbered list.'
	}),
	'quiz.ordering-too-many': (p: { max: number }) => ({
		id: `Soal urutan paling banyak ${p.max} langkah, supaya tidak terlalu sulit di layar ponsel. Gabungkan beberapa langkah, atau bagi menjadi dua soal.`,
		en: `An ordering question has at most ${p.max} steps, so it stays manageable on a phone screen. Merge some steps or split it into two questions.`
	}),
	'quiz.empty-step': () => ({
		id: 'Langkah ini kosong. Tulis isinya setelah nomornya.',
		en: 'This step is empty. Write it after the number.'
	}),
	'quiz.numeric-no-answer': () => ({
		id: 'Soal angka ini belum punya jawaban. Tambahkan baris "Jawaban: 15000" di bawah soal (boleh ditambah "Toleransi: 500" dan "Satuan: Rp").',
		en: 'This numeric question has no answer. Add a line "Jawaban: 15000" below the question (optionally "Toleransi: 500" and "Satuan: Rp").'
	}),
	'quiz.numeric-invalid': (p: { label: string; value: string }) => ({
		id: `"${p.value}" tidak terbaca sebagai angka di baris ${p.label}. Tulis angka saja, misalnya 15000, 15.000, atau 2,5. Satuan ditulis di baris "Satuan:".`,
		en: `"${p.value}" on the ${p.label} line is not a number. Write digits only, e.g. 15000, 15.000 or 2,5. Put the unit on a "Satuan:" line.`
	}),
	'quiz.numeric-negative-tolerance': () => ({
		id: 'Toleransi tidak boleh kurang dari 0. Tulis 0 kalau jawabannya harus tepat, atau selisih yang masih dianggap benar, misalnya "Toleransi: 500".',
		en: 'The tolerance cannot be below 0. Write 0 for an exact answer, or the difference still counted right, e.g. "Toleransi: 500".'
	}),
	'quiz.numeric-unknown-line': () => ({
		id: 'Baris ini ada di bagian jawaban soal angka, tapi tidak dimulai dengan "Jawaban:", "Toleransi:", atau "Satuan:". Pindahkan teks ini ke atas jawaban, atau awali dengan "Penjelasan:".',
		en: 'This line is in a numeric answer but does not start with "Jawaban:", "Toleransi:" or "Satuan:". Move it above the answer, or start it with "Penjelasan:".'
	}),
	'quiz.numeric-repeated-line': (p: { label: string }) => ({
		id: `Baris "${p.label}:" tertulis dua kali di soal ini. Hapus salah satunya.`,
		en: `The "${p.label}:" line appears twice in this question. Remove one.`
	}),
	'quiz.numeric-with-options': () => ({
		id: 'Soal angka dijawab dengan mengetik angka, jadi tidak memakai daftar pilihan. Hapus daftar ini, atau ganti jenis soalnya.',
		en: 'A numeric question is answered by typing a number, so it has no option list. Remove this list or change the question type.'
	}),
	'quiz.answer-lines-without-numeric': () => ({
		id: 'Baris "Jawaban:" hanya dipakai untuk soal angka. Soal ini punya daftar pilihan, jadi tandai jawaban yang benar dengan [x] dan hapus baris ini.',
		en: 'An "Answer:" line is only for numeric questions. This question has an option list, so mark the right option with [x] and remove this line.'
	}),
	'quiz.block-inside': (p: { name: string }) => ({
		id: `Blok :::${p.name} tidak bisa dipakai di dalam kuis. Taruh di bagian bacaan, di atas kuis.`,
		en: `A :::${p.name} block cannot be used inside the quiz. Put it in the lesson text above the quiz.`
	}),
	'id.invalid': (p: { value: string }) => ({
		id: `Kode "${p.value}" tidak bisa dipakai. Pakai huruf kecil, angka, dan tanda minus saja, misalnya {#gunting-kain}.`,
		en: `The id "${p.value}" is not allowed. Use lower-case letters, digits and hyphens only, e.g. {#fabric-scissors}.`
	}),
	'id.duplicate-question': (p: { id: string; firstLine: number }) => ({
		id: `Soal ini sama dengan soal di baris ${p.firstLine} (kode "${p.id}"). Ubah salah satu soal, beri kode sendiri dengan {#kode}, atau pakai :::level{dasar menengah} untuk soal yang dipakai dua tingkat.`,
		en: `This question duplicates the one on line ${p.firstLine} (id "${p.id}"). Change one, give it its own {#id}, or use :::level{dasar menengah} for a question shared by two levels.`
	}),
	'id.duplicate-option': (p: { id: string }) => ({
		id: `Ada dua pilihan yang sama dalam soal ini (kode "${p.id}"). Setiap pilihan harus berbeda.`,
		en: `Two options in this question are the same (id "${p.id}"). Every option must be different.`
	}),
	'id.duplicate-step': (p: { id: string }) => ({
		id: `Ada dua langkah yang sama dalam soal ini (kode "${p.id}"). Setiap langkah harus berbeda, supaya urutannya jelas.`,
		en: `Two steps in this question are the same (id "${p.id}"). Every step must be different so the order is clear.`
	}),
	'id.duplicate-criterion': (p: { id: string }) => ({
		id: `Ada dua kriteria penilaian yang sama (kode "${p.id}"). Hapus salah satunya.`,
		en: `Two assessment criteria are the same (id "${p.id}"). Remove one.`
	}),
} satisfies Record<string, (params: never) => LocalizedMessage>;
