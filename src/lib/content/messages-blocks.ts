import type { LocalizedMessage } from './types';

/** Messages about callouts, the practical task and images (see messages.ts for how codes are used). */
export const blockMessages = {
	'block.attributes': (p: { name: string }) => ({
		id: `Blok :::${p.name} tidak perlu tambahan {…}. Hapus bagian dalam kurung kurawal.`,
		en: `The :::${p.name} block takes no {…} attributes. Remove them.`
	}),
	'callout.nested': () => ({
		id: 'Kotak tips atau peringatan tidak bisa ditaruh di dalam kotak lain. Tutup dulu kotak yang pertama dengan :::.',
		en: 'A tip or warning box cannot sit inside another box. Close the first one with ::: first.'
	}),
	'callout.empty': (p: { name: string }) => ({
		id: `Kotak :::${p.name} ini kosong. Tulis isinya di antara :::${p.name} dan :::, atau hapus kotaknya.`,
		en: `This :::${p.name} box is empty. Write its text between :::${p.name} and :::, or remove it.`
	}),
	'practical.duplicate': (p: { firstLine: number }) => ({
		id: `Modul ini sudah punya blok :::tugas di baris ${p.firstLine}. Satu modul hanya punya satu tugas praktik. Gabungkan keduanya.`,
		en: `This module already has a :::tugas block on line ${p.firstLine}. A module has one practical task. Merge them.`
	}),
	'practical.nested': () => ({
		id: 'Blok :::tugas harus berdiri sendiri di bagian bacaan, tidak di dalam blok tingkat, kuis, daftar, atau kotak lain. Tugas praktik sama untuk semua tingkat.',
		en: 'The :::tugas block must stand on its own in the lesson, not inside a level block, the quiz, a list or another box. The practical task is the same for every level.'
	}),
	'practical.level-inside': () => ({
		id: 'Tugas praktik sama untuk semua tingkat, jadi blok tingkat tidak bisa dipakai di dalam :::tugas. Tulis tugasnya dengan kalimat yang mudah untuk semua peserta.',
		en: 'The practical task is the same for every level, so level blocks cannot be used inside :::tugas. Write the task in words every participant can follow.'
	}),
	'practical.no-text': () => ({
		id: 'Tugas praktik ini belum menjelaskan apa yang harus dibuat. Tulis tugasnya di awal blok :::tugas, sebelum baris "Foto:".',
		en: 'This practical task does not say what to make. Write the task at the start of the :::tugas block, before the "Foto:" line.'
	}),
	'practical.no-photo': () => ({
		id: 'Tugas praktik ini belum menjelaskan foto yang harus dikirim. Tambahkan paragraf yang dimulai dengan "Foto:", misalnya "Foto: jahitan dari dekat, di tempat yang terang."',
		en: 'This practical task does not say what the photo must show. Add a paragraph starting with "Foto:", e.g. "Foto: the seam up close, in good light."'
	}),
	'practical.photo-twice': () => ({
		id: 'Tugas ini punya dua paragraf "Foto:". Satukan penjelasan fotonya dalam satu paragraf.',
		en: 'This task has two "Foto:" paragraphs. Put the photo description in one paragraph.'
	}),
	'practical.empty-photo': () => ({
		id: 'Baris "Foto:" ini kosong. Tulis apa yang harus terlihat di foto, misalnya "Foto: jahitan dari dekat, di tempat yang terang."',
		en: 'This "Foto:" line is empty. Say what the photo must show.'
	}),
	'practical.empty-rubric': () => ({
		id: 'Tugas praktik ini belum punya kriteria penilaian. Tulis paragraf "Kriteria:" lalu daftar hal yang dinilai pelatih, setiap baris dimulai dengan "- ".',
		en: 'This practical task has no assessment criteria. Write a "Kriteria:" paragraph followed by a list of what the trainer checks, each line starting with "- ".'
	}),
	'practical.rubric-twice': () => ({
		id: 'Tugas ini punya dua daftar kriteria. Satukan semua kriteria dalam satu daftar di bawah "Kriteria:".',
		en: 'This task has two criteria lists. Put all criteria in one list under "Kriteria:".'
	}),
	'practical.empty-criterion': () => ({
		id: 'Kriteria ini kosong. Tulis hal yang dinilai, atau hapus barisnya.',
		en: 'This criterion is empty. Write what is checked, or remove the line.'
	}),
	'practical.required-missing': () => ({
		id: 'Di bagian pembuka tertulis "practical_required: true", tapi modul ini belum punya blok :::tugas. Tambahkan tugas praktiknya, atau ubah menjadi "practical_required: false".',
		en: 'The frontmatter says "practical_required: true" but the module has no :::tugas block. Add the practical task, or change it to "practical_required: false".'
	}),
	'image.unsupported-type': (p: { src: string }) => ({
		id: `Gambar "${p.src}" bukan jenis yang bisa dipakai. Simpan gambar sebagai .webp, .jpg, .png, atau .svg (webp paling hemat kuota peserta).`,
		en: `The image "${p.src}" is not a supported type. Save it as .webp, .jpg, .png or .svg (webp uses the least of participants' data).`
	})
} satisfies Record<string, (params: never) => LocalizedMessage>;
