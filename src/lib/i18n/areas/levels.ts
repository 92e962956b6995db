/**
 * UI messages for placement, reading levels and the help for first-time smartphone users:
 * Bahasa Indonesia first, English second. id.ts and en.ts include them as `levels`.
 */
import { longDate } from '#lib/i18n/dates';

type Level = 'dasar' | 'menengah' | 'lanjut';

// A lesson lists up to ten past attempts; dates are read in WIB, like the rest of the app.
const { id: dateId, en: dateEn } = longDate;
/** A date that wraps as a whole, never between the day and the month. */
const unbroken = (text: string) => text.replaceAll(' ', '\u00a0');

export const id = {
	names: { dasar: 'dasar', menengah: 'menengah', lanjut: 'lanjut' } as Record<Level, string>,
	placement: {
		title: 'Tes penempatan',
		intro: 'Sebelum mulai belajar, jawab beberapa soal pendek. Hasilnya memilih bacaan yang pas untuk Anda.',
		notExam: 'Ini bukan ujian. Tidak ada nilai lulus atau gagal.',
		howTo: 'Satu soal di setiap layar. Ketuk jawaban Anda. Kalau soalnya terlalu sulit, ketuk tombol di bawah soal untuk melewatinya.',
		start: 'Mulai tes',
		resume: 'Lanjutkan tes',
		again: 'Ulangi tes penempatan',
		doneBefore: 'Anda sudah pernah mengerjakan tes ini. Anda boleh mengulanginya.',
		part: (n: number, total: number, title: string) => `Bagian ${n} dari ${total}: ${title}`,
		progress: (n: number, total: number) => `Soal ${n} dari ${total}`,
		chooseHint: 'Ketuk jawaban Anda.',
		skipReading: 'Saya tidak bisa membaca ini',
		skipDigital: 'Lewati, saya belum tahu',
		doneTitle: 'Tes selesai. Terima kasih!',
		sentence: {
			dasar: 'Anda akan membaca versi dasar: kalimatnya pendek dan ada gambar.',
			menengah: 'Anda akan membaca versi menengah: Anda bisa membaca pesan dan pengumuman sehari-hari dengan baik.',
			lanjut: 'Anda akan membaca versi lanjut: Anda bisa membaca aturan dan pengumuman yang panjang dengan teliti.'
		} as Record<Level, string>,
		changeLater: 'Terlalu mudah atau terlalu sulit? Anda bisa mengganti tingkat bacaan di setiap halaman pelajaran.',
		toLearn: 'Mulai belajar',
		errors: {
			unknownOption: 'Jawaban itu bukan pilihan soal ini. Ketuk salah satu jawaban di layar.',
			unknownItem: 'Soal itu tidak ada di tes ini. Ini soal yang sekarang.'
		}
	},
	switcher: {
		title: 'Tingkat bacaan',
		current: (level: string) => `Anda membaca versi ${level}.`,
		easier: 'Ganti ke teks yang lebih mudah',
		harder: 'Ganti ke teks yang lebih sulit',
		invalid: 'Tingkat bacaan hanya dasar, menengah, atau lanjut, dan hanya bisa naik atau turun satu tingkat.'
	},
	offer: {
		easier: (level: string) => `Anda dua kali belum lulus kuis ini. Mau coba baca versi ${level} yang lebih mudah?`,
		harder: (level: string) => `Nilai Anda bagus sekali. Mau coba baca versi ${level} yang lebih lengkap?`,
		take: (level: string) => `Ya, ganti ke versi ${level}`,
		none: 'Tawaran ini sudah tidak berlaku. Tingkat bacaan Anda tidak diubah.'
	},
	attempts: {
		title: 'Kuis yang sudah Anda kerjakan',
		// One link a row, the score and the verdict first: at 360 px it wraps as one block.
		row: (date: Date, percent: number, passed: boolean) =>
			`Nilai ${percent}, ${passed ? 'lulus' : 'belum lulus'} · ${unbroken(dateId(date))}`
	},
	trainer: {
		title: (name: string) => `Tingkat bacaan ${name}`,
		back: 'Kembali ke kelompok',
		current: (level: string) => `Sekarang membaca versi ${level}.`,
		notSet: 'Belum ikut tes penempatan, jadi membaca versi dasar.',
		digital: (level: string) => `Kemampuan memakai HP: ${level}.`,
		digitalUnknown: 'Kemampuan memakai HP belum diukur.',
		formTitle: 'Atur tingkat bacaan',
		level: 'Tingkat bacaan',
		note: 'Alasan',
		noteHint: 'Contoh: Sudah lancar membaca pesan pembeli.',
		submit: 'Simpan tingkat',
		saved: 'Tingkat bacaan tersimpan.',
		unchanged: 'Tingkatnya sama dengan sekarang, jadi tidak ada yang berubah.',
		link: 'Tingkat bacaan',
		errors: {
			level: 'Pilih salah satu: dasar, menengah, atau lanjut.',
			note: 'Tulis alasan singkat, paling banyak 200 huruf.',
			notInCohort: 'Peserta ini tidak ada di kelompok yang Anda pegang, jadi tingkatnya tidak bisa Anda atur.'
		}
	},
	history: {
		title: 'Riwayat tingkat bacaan',
		empty: 'Belum ada perubahan.',
		row: (date: Date, from: string | null, to: string) => `${dateId(date)}: ${from ? `${from} → ${to}` : `mulai di ${to}`}`,
		reasons: { placement: 'tes penempatan', quiz: 'hasil kuis', participant: 'dipilih peserta', trainer: 'diatur pelatih' } as Record<
			string,
			string
		>,
		by: (name: string) => `oleh ${name}`
	},
	tips: {
		label: 'Petunjuk HP',
		start: 'Ketuk tombol hijau di bawah untuk mulai. Kalau tulisannya tidak muat di layar, geser layar ke atas dengan satu jari.',
		camera:
			'Untuk memotret hasil kerja: buka aplikasi Kamera (gambar kamera), arahkan HP ke hasil jahitan Anda, lalu ketuk tombol bulat besar. Fotonya tersimpan di Galeri.'
	}
};

export const en: typeof id = {
	names: { dasar: 'basic', menengah: 'intermediate', lanjut: 'advanced' },
	placement: {
		title: 'Placement test',
		intro: 'Before you start learning, answer a few short questions. The result chooses the text that suits you.',
		notExam: 'This is not an exam. There is no pass or fail.',
		howTo: 'One question per screen. Tap your answer. If a question is too hard, tap the button below it to skip it.',
		start: 'Start the test',
		resume: 'Continue the test',
		again: 'Take the placement test again',
		doneBefore: 'You have taken this test before. You may take it again.',
		part: (n, total, title) => `Part ${n} of ${total}: ${title}`,
		progress: (n, total) => `Question ${n} of ${total}`,
		chooseHint: 'Tap your answer.',
		skipReading: 'I cannot read this',
		skipDigital: 'Skip, I do not know yet',
		doneTitle: 'Test finished. Thank you!',
		sentence: {
			dasar: 'You will read the basic version: short sentences, with pictures.',
			menengah: 'You will read the intermediate version: you read everyday messages and notices well.',
			lanjut: 'You will read the advanced version: you read long rules and notices carefully.'
		},
		changeLater: 'Too easy or too hard? You can change your reading level on every lesson page.',
		toLearn: 'Start learning',
		errors: {
			unknownOption: 'That answer is not an option of this question. Tap one of the answers on the screen.',
			unknownItem: 'That question is not in this test. Here is the current one.'
		}
	},
	switcher: {
		title: 'Reading level',
		current: (level) => `You read the ${level} version.`,
		easier: 'Switch to easier text',
		harder: 'Switch to harder text',
		invalid: 'The reading level is basic, intermediate or advanced, and moves up or down one level only.'
	},
	offer: {
		easier: (level) => `You did not pass this quiz twice. Try reading the easier ${level} version?`,
		harder: (level) => `Very good score. Try reading the fuller ${level} version?`,
		take: (level) => `Yes, switch to the ${level} version`,
		none: 'This offer no longer applies. Your reading level was not changed.'
	},
	attempts: {
		title: 'Quizzes you have taken',
		row: (date, percent, passed) => `Score ${percent}, ${passed ? 'passed' : 'not passed'} · ${unbroken(dateEn(date))}`
	},
	trainer: {
		title: (name) => `Reading level of ${name}`,
		back: 'Back to the cohort',
		current: (level) => `Now reads the ${level} version.`,
		notSet: 'Has not taken the placement test, so reads the basic version.',
		digital: (level) => `Phone skills: ${level}.`,
		digitalUnknown: 'Phone skills not measured yet.',
		formTitle: 'Set the reading level',
		level: 'Reading level',
		note: 'Reason',
		noteHint: 'For example: Now reads buyers’ messages fluently.',
		submit: 'Save level',
		saved: 'Reading level saved.',
		unchanged: 'That is the current level, so nothing changed.',
		link: 'Reading level',
		errors: {
			level: 'Choose one: basic, intermediate or advanced.',
			note: 'Write a short reason, at most 200 characters.',
			notInCohort: 'This participant is not in a cohort you lead, so you cannot set their level.'
		}
	},
	history: {
		title: 'Reading level history',
		empty: 'No changes yet.',
		row: (date, from, to) => `${dateEn(date)}: ${from ? `${from} → ${to}` : `started at ${to}`}`,
		reasons: { placement: 'placement test', quiz: 'quiz result', participant: 'chosen by the participant', trainer: 'set by the trainer' },
		by: (name) => `by ${name}`
	},
	tips: {
		label: 'Phone tip',
		start: 'Tap the green button below to start. If the text does not fit on the screen, slide the screen up with one finger.',
		camera:
			'To photograph your work: open the Camera app (the camera picture), point the phone at your sewing, then tap the big round button. The photo is kept in the Gallery.'
	}
};
