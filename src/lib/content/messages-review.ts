/**
 * Messages of the content review: readability, level differences, safety and step parity,
 * quiz fairness. They are warnings (a module is still published), written for the trainer who
 * will fix the text; the thresholds live in readability.ts and review.ts.
 */
import type { LocalizedMessage } from './types';

const LEVEL_EN: Record<string, string> = { dasar: 'dasar', menengah: 'menengah', lanjut: 'lanjut' };

export const reviewMessages = {
	'readability.dasar-too-long': (p: { words: string; max: number }) => ({
		id: `Kalimat di tingkat dasar rata-rata ${p.words} kata. Targetnya paling banyak ${p.max} kata. Pecah kalimat yang panjang menjadi dua atau tiga kalimat pendek.`,
		en: `Sentences at the dasar level average ${p.words.replace(',', '.')} words. The target is at most ${p.max}. Split long sentences into two or three short ones.`
	}),
	'readability.dasar-harder-than-menengah': (p: { dasar: string; menengah: string }) => ({
		id: `Kalimat tingkat dasar lebih panjang daripada tingkat menengah (rata-rata ${p.dasar} kata, menengah ${p.menengah}). Untuk tingkat dasar, pakai kalimat yang lebih pendek.`,
		en: `Dasar sentences are longer than menengah ones (${p.dasar.replace(',', '.')} words on average, menengah ${p.menengah.replace(',', '.')}). Use shorter sentences for dasar.`
	}),
	'readability.dasar-words-not-simpler': (p: { dasar: string; menengah: string; margin: string }) => ({
		id: `Kata-kata di tingkat dasar belum lebih mudah daripada tingkat menengah (rata-rata ${p.dasar} suku kata per kata, menengah ${p.menengah}; targetnya paling sedikit ${p.margin} lebih rendah). Pakai kata sehari-hari yang pendek: "pakai" bukan "menggunakan", "cek" bukan "memeriksa kembali".`,
		en: `Dasar words are not easier than menengah ones (${p.dasar.replace(',', '.')} syllables per word, menengah ${p.menengah.replace(',', '.')}; the target is at least ${p.margin.replace(',', '.')} fewer). Use short everyday words.`
	}),
	'review.levels-too-similar': (p: { share: number; max: number }) => ({
		id: `Teks tingkat menengah dan lanjut sama ${p.share}% kalimatnya (batasnya di bawah ${p.max}%). Tingkat lanjut sebaiknya membahas lebih jauh: alasannya, angka, pilihan dan untung-ruginya, dan cara kerja orang yang sudah ahli.`,
		en: `The menengah and lanjut texts share ${p.share}% of their sentences (the limit is under ${p.max}%). Lanjut should go further: why, numbers, trade-offs, how a professional works.`
	}),
	'review.safety-missing': (p: { level: string; count: number; most: number }) => ({
		id: `Kotak peringatan (:::awas) ini tidak terlihat oleh peserta tingkat ${p.level}: mereka hanya mendapat ${p.count} peringatan, tingkat lain ${p.most}. Setiap tingkat harus mendapat semua langkah keselamatan. Tulis ulang dengan kata yang lebih sederhana untuk tingkat ${p.level}, jangan dihapus.`,
		en: `This safety callout (:::awas) is not seen at the ${LEVEL_EN[p.level] ?? p.level} level: it gets ${p.count} warning(s), another level ${p.most}. Every level must get every safety step; rewrite it in simpler words rather than dropping it.`
	}),
	'review.steps-missing': (p: { level: string; count: number; reference: number }) => ({
		id: `Tingkat ${p.level} punya ${p.count} langkah bernomor, tingkat menengah ${p.reference}. Langkah di sini tidak terlihat oleh tingkat ${p.level}. Sebuah tingkat boleh memakai kata yang lebih sedikit, tetapi tidak boleh menghilangkan langkah kerja.`,
		en: `The ${LEVEL_EN[p.level] ?? p.level} level has ${p.count} numbered steps, menengah ${p.reference}. The steps here are not seen at the ${LEVEL_EN[p.level] ?? p.level} level. A level may use fewer words but never drops a step of the task.`
	}),
	'review.taught-only-higher': (p: { level: string; words: string }) => ({
		id: `Soal ini juga ditanyakan ke tingkat ${p.level}, tetapi jawaban benarnya memakai hal yang hanya diajarkan di tingkat yang lebih tinggi (${p.words}). Ajarkan juga di teks tingkat ${p.level}, atau tanyakan soal ini hanya ke tingkat yang mempelajarinya.`,
		en: `This question is also asked at the ${LEVEL_EN[p.level] ?? p.level} level, but its right answer relies on what only a higher level was taught (${p.words}). Teach it in the ${LEVEL_EN[p.level] ?? p.level} text too, or ask it only of the levels that learned it.`
	}),
	'review.all-but-one-right': () => ({
		id: 'Di soal pilih-beberapa ini, semua pilihan benar kecuali satu. Peserta bisa lulus hanya dengan mencentang semuanya. Buat pilihan salah yang lebih banyak, dari kesalahan yang sering terjadi.',
		en: 'In this multiple-answer question every option but one is right, so ticking everything nearly always passes. Add more wrong options drawn from real mistakes.'
	}),
	'review.key-longest': (p: { share: number; count: number; total: number; max: number }) => ({
		id: `Di kursus ini, pada ${p.count} dari ${p.total} soal pilihan ganda (${p.share}%), jawaban benar adalah pilihan yang paling panjang. Batasnya ${p.max}%. Peserta bisa menebak dengan memilih yang terpanjang. Pendekkan jawaban benar atau panjangkan pilihan lain.`,
		en: `In this course the right option is the longest in ${p.count} of ${p.total} single-answer questions (${p.share}%); the limit is ${p.max}%. Test-wise guessing picks the longest. Shorten right answers or lengthen the others.`
	}),
	'review.key-position': (p: { options: number; position: number; share: number; count: number; total: number; min: number; max: number }) => ({
		id: `Di kursus ini, dari ${p.total} soal dengan ${p.options} pilihan, jawaban benar ada di urutan ke-${p.position} pada ${p.count} soal (${p.share}%). Targetnya ${p.min}–${p.max}%. Sebarkan letak jawaban benar.`,
		en: `In this course, of ${p.total} questions with ${p.options} options, the right one is in position ${p.position} in ${p.count} (${p.share}%). The target is ${p.min}–${p.max}%. Spread the key's position.`
	}),
	'review.true-false-balance': (p: { share: number; count: number; total: number; min: number; max: number }) => ({
		id: `Di kursus ini, ${p.count} dari ${p.total} soal benar-salah (${p.share}%) jawabannya "Benar". Targetnya ${p.min}–${p.max}%. Kalau hampir semua "Salah", peserta bisa lulus dengan selalu memilih "Salah".`,
		en: `In this course ${p.count} of ${p.total} true-false questions (${p.share}%) are keyed "Benar"; the target is ${p.min}–${p.max}%. Otherwise always picking one answer passes.`
	}),
	'quiz.step-attribute-unknown': (p: { value: string }) => ({
		id: `"${p.value}" di dalam kurung kurawal langkah ini tidak dikenal. Di langkah soal urutan hanya bisa ditulis kode langkah (#kode) dan kelompok bebas (bebas=nama), misalnya {#pasang-kancing bebas=a}.`,
		en: `"${p.value}" inside this step's braces is not understood. A step takes only its id (#id) and a free group (bebas=name), e.g. {#sew-button bebas=a}.`
	}),
	'quiz.ordering-group-split': (p: { group: string }) => ({
		id: `Langkah dengan bebas=${p.group} harus ditulis berurutan, tanpa langkah lain di antaranya. Pindahkan langkah ini ke samping langkah lain di kelompok ${p.group}.`,
		en: `Steps marked bebas=${p.group} must be consecutive, with no other step between them. Move this step next to the others of group ${p.group}.`
	}),
	'quiz.ordering-group-single': (p: { group: string }) => ({
		id: `Kelompok bebas=${p.group} hanya punya satu langkah. Kelompok bebas berarti "langkah-langkah ini boleh ditukar urutannya", jadi perlu paling sedikit dua langkah.`,
		en: `Group bebas=${p.group} has only one step. A free group means "these steps may swap", so it needs at least two.`
	}),
	'quiz.ordering-group-all': () => ({
		id: 'Semua langkah ada di satu kelompok bebas, jadi urutan apa pun dianggap benar dan soal ini tidak menguji apa-apa. Tandai bebas= hanya pada langkah yang memang boleh ditukar.',
		en: 'Every step is in one free group, so any order is right and the question tests nothing. Mark bebas= only on steps that may really swap.'
	})
} satisfies Record<string, (params: never) => LocalizedMessage>;
