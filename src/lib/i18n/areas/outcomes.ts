/**
 * UI messages for outcome check-ins, the before/after report, the needs assessment and the
 * evidence pack: Bahasa Indonesia first, English second. id.ts and en.ts include them.
 */
type Kind = 'baseline' | 'month1' | 'month3' | 'month6';
type Channel = 'self' | 'phone' | 'visit';
type Problem = 'missing' | 'invalid';
type LimitsProblem = 'none' | 'too-many' | 'not-a-number' | 'out-of-range' | 'not-ascending';
const shown = (value: number | null) => (value === null ? '< 5' : String(value));

export const id = {
	kinds: { baseline: 'Awal', month1: '1 bulan', month3: '3 bulan', month6: '6 bulan' } satisfies Record<Kind, string>,
	kindLong: {
		baseline: 'Kabar awal',
		month1: 'Kabar 1 bulan setelah pelatihan',
		month3: 'Kabar 3 bulan setelah pelatihan',
		month6: 'Kabar 6 bulan setelah pelatihan'
	} satisfies Record<Kind, string>,
	channels: { self: 'Diisi sendiri', phone: 'Lewat telepon', visit: 'Kunjungan' } satisfies Record<Channel, string>,
	pager: {
		label: 'Halaman kelompok',
		position: (page: number, pages: number) => `Halaman ${page} dari ${pages}`,
		/** Named by the page they lead to: short enough for two side by side at 360 px. */
		previous: (page: number) => `‹ Halaman ${page}`,
		next: (page: number) => `Halaman ${page} ›`
	},
	home: {
		title: 'Ceritakan kabar usaha Anda',
		intro: 'Beberapa pertanyaan singkat tentang pekerjaan dan pendapatan. Jawaban Anda membantu program ini menjadi lebih baik.',
		open: 'Isi kabar sekarang'
	},
	form: {
		title: 'Kabar pekerjaan dan usaha',
		intro:
			'Jawab sesuai keadaan Anda bulan ini. Tidak ada jawaban yang salah. Yang melihat jawaban Anda hanya pelatih dan penyelenggara program.',
		forWhom: (name: string) => `Untuk ${name}`,
		cohort: (cohort: string) => `Kelompok: ${cohort}`,
		working: 'Apakah Anda sekarang bekerja atau punya penghasilan?',
		ownBusiness: 'Apakah Anda punya usaha sendiri?',
		sellingOnline: 'Apakah Anda berjualan lewat internet (WhatsApp, Facebook, marketplace)?',
		yes: 'Ya',
		no: 'Tidak',
		income: 'Berapa kira-kira pendapatan Anda sebulan?',
		incomeHint: 'Pilih yang paling dekat. Hitung semua pendapatan Anda sendiri dalam sebulan.',
		channel: 'Bagaimana jawaban ini didapat?',
		submit: 'Kirim jawaban',
		none: 'Tidak ada kabar yang perlu diisi sekarang. Terima kasih!',
		back: 'Kembali ke beranda',
		thanks: 'Terima kasih! Jawaban Anda sudah tersimpan.',
		saved: (name: string) => `Jawaban untuk ${name} sudah tersimpan.`
	},
	errors: {
		working: { missing: 'Pilih Ya atau Tidak.', invalid: 'Pilih Ya atau Tidak saja.' } satisfies Record<Problem, string>,
		incomeBand: { missing: 'Pilih salah satu jumlah pendapatan.', invalid: 'Pilih jumlah pendapatan dari daftar.' } satisfies Record<
			Problem,
			string
		>,
		channel: { missing: 'Pilih lewat telepon atau kunjungan.', invalid: 'Pilih lewat telepon atau kunjungan saja.' } satisfies Record<
			Problem,
			string
		>,
		'already-answered': 'Kabar ini sudah diisi. Setiap kabar hanya diisi sekali, jadi jawaban ini tidak disimpan lagi.',
		'not-due': 'Kabar ini belum waktunya diisi, atau waktunya sudah lewat. Jawaban ini tidak disimpan.',
		'not-found': 'Kabar ini tidak ditemukan.'
	},
	trainer: {
		dueTitle: 'Kabar usaha yang perlu diisi',
		dueIntro: 'Peserta ini belum mengisi kabar usaha. Tanyakan lewat telepon atau saat berkunjung, lalu isi untuk mereka.',
		fill: (name: string) => `Isi kabar ${name}`,
		formTitle: (name: string) => `Kabar usaha ${name}`,
		noneDue: 'Tidak ada kabar usaha yang perlu diisi untuk peserta ini sekarang.',
		backToCohort: 'Kembali ke kelompok',
		evidence: 'Unduh bukti pelatihan (PDF)'
	},
	settings: {
		title: 'Pengaturan hasil pelatihan',
		link: 'Pengaturan pendapatan',
		bandsTitle: 'Kelompok pendapatan per bulan',
		bandsIntro:
			'Peserta memilih pendapatan sebulan dari kelompok ini. Tulis batas-batasnya dari kecil ke besar, dalam rupiah. Kolom kosong dilewati.',
		limit: (n: number) => `Batas ${n} (Rp)`,
		limitHint: 'Contoh: 500.000',
		preview: 'Pilihan yang dilihat peserta:',
		isDefault: 'Ini kelompok bawaan. Ubah kalau perlu, sebelum kabar pertama diisi.',
		locked:
			'Sudah ada kabar yang diisi, jadi kelompok pendapatan tidak bisa diubah lagi. Dengan begitu semua jawaban tetap bisa dibandingkan.',
		save: 'Simpan kelompok pendapatan',
		saved: 'Kelompok pendapatan sudah disimpan.',
		problems: {
			none: 'Tulis paling sedikit satu batas pendapatan.',
			'too-many': 'Paling banyak 7 batas.',
			'not-a-number': 'Tulis batas dalam angka saja, misalnya 500.000.',
			'out-of-range': 'Setiap batas harus antara Rp1.000 dan Rp1.000.000.000.',
			'not-ascending': 'Tulis batas dari yang kecil ke yang besar, tanpa angka yang sama.'
		} satisfies Record<LimitsProblem, string>
	},
	report: {
		title: 'Hasil setelah pelatihan',
		link: 'Hasil setelah pelatihan',
		intro:
			'Perbandingan kabar awal dengan kabar sesudah pelatihan. Setiap angka hanya menghitung peserta yang mengisi keduanya; jumlahnya tertulis di sampingnya. Kelompok kurang dari 5 orang tidak ditampilkan ("< 5").',
		whole: 'Seluruh program',
		answered: 'Kabar yang sudah diisi',
		pairs: (kind: string, n: number | null) => `Awal dibanding ${kind}: ${n === null ? '< 5' : n} orang`,
		tooFew: 'Kurang dari 5 orang mengisi keduanya, jadi angkanya tidak ditampilkan.',
		measure: 'Keadaan',
		before: 'Awal',
		after: 'Sesudah',
		working: 'Bekerja',
		ownBusiness: 'Punya usaha',
		sellingOnline: 'Jualan online',
		income: 'Pendapatan sebulan',
		incomeCaption: (kind: string, n: number | null) => `Pendapatan sebulan: awal dibanding ${kind} (jumlah orang, n = ${shown(n)})`,
		share: (value: number | null, n: number | null) => (value === null ? '< 5' : `${value}% (n = ${shown(n)})`),
		people: shown,
		cohorts: 'Per kelompok'
	},
	needs: {
		title: 'Kebutuhan peserta',
		link: 'Kebutuhan peserta (penilaian awal)',
		intro:
			'Apa yang sudah dikuasai peserta sebelum pelatihan: hasil tes penempatan dan tes awal setiap kursus per tujuan belajar. Kelompok kurang dari 5 orang ditulis "< 5".',
		groupBy: 'Bagi per',
		groups: { kelompok: 'Kelompok', desa: 'Desa/kelurahan', kecamatan: 'Kecamatan', kabupaten: 'Kabupaten/kota', provinsi: 'Provinsi' },
		show: 'Tampilkan',
		whole: 'Seluruh program',
		noPlace: 'Tempat belum diisi',
		participants: (n: number | null) => `${shown(n)} peserta`,
		placement: 'Hasil tes penempatan',
		reading: 'Membaca',
		digital: 'Digital',
		levelNames: { belum: 'Belum dites', dasar: 'Dasar', menengah: 'Menengah', lanjut: 'Lanjut' },
		levelCaption: (what: string) => `${what} (jumlah peserta)`,
		pretestTitle: (course: string) => `Tes awal: ${course}`,
		pretestTaken: (n: number | null) => `${shown(n)} peserta mengerjakan tes awal`,
		objective: 'Tujuan belajar',
		correct: 'Jawaban benar',
		otherItems: 'Soal lain',
		objectivesAbove: 'Tujuan belajar tiap modul tertulis di bagian “Seluruh program” di atas.',
		noPretest: 'Belum ada yang mengerjakan tes awal kursus ini.',
		strongest: 'Paling dikuasai',
		weakest: 'Paling perlu dilatih',
		pdf: 'Unduh ringkasan (PDF)',
		pdfFailed: 'Ringkasan belum bisa dibuat. Coba lagi sebentar lagi.'
	},
	evidence: {
		link: 'Bukti pelatihan (PDF)',
		failed: 'Bukti pelatihan belum bisa dibuat. Coba lagi sebentar lagi.',
		pdf: {
			title: 'Bukti Pelatihan',
			identity: 'Peserta',
			name: 'Nama',
			phone: 'Nomor HP',
			enrolled: 'Terdaftar',
			placementDate: 'Tes penempatan',
			pretest: 'Nilai tes awal',
			posttest: 'Nilai tes akhir',
			skipped: 'dilewati',
			certificate: 'Kode sertifikat',
			revoked: 'dicabut',
			module: 'Modul',
			completedOn: 'Selesai',
			notYet: 'Belum selesai',
			practical: 'Tugas praktik yang diterima',
			noPractical: 'Belum ada tugas praktik yang diterima.',
			acceptedOn: (date: string, trainer: string) => `diterima ${date} oleh ${trainer}`,
			rubric: 'Penilaian pelatih',
			feedback: 'Catatan pelatih',
			photo: (module: string, n: number) => `Foto ${n}: ${module}`,
			outcomes: 'Kabar pekerjaan dan usaha',
			noOutcomes: 'Belum ada kabar yang diisi.',
			answeredBy: 'Diisi'
		}
	}
};

export const en: typeof id = {
	kinds: { baseline: 'Start', month1: '1 month', month3: '3 months', month6: '6 months' },
	kindLong: {
		baseline: 'Check-in at the start',
		month1: 'Check-in 1 month after the training',
		month3: 'Check-in 3 months after the training',
		month6: 'Check-in 6 months after the training'
	},
	channels: { self: 'Answered themselves', phone: 'By phone', visit: 'On a visit' },
	pager: {
		label: 'Pages of groups',
		position: (page: number, pages: number) => `Page ${page} of ${pages}`,
		previous: (page: number) => `‹ Page ${page}`,
		next: (page: number) => `Page ${page} ›`
	},
	home: {
		title: 'Tell us how your work is going',
		intro: 'A few short questions about work and income. Your answers help make this program better.',
		open: 'Answer now'
	},
	form: {
		title: 'Work and business check-in',
		intro: 'Answer for how things are this month. There are no wrong answers. Only the trainers and organizers of the program see them.',
		forWhom: (name: string) => `For ${name}`,
		cohort: (cohort: string) => `Group: ${cohort}`,
		working: 'Are you working or earning now?',
		ownBusiness: 'Do you have your own business?',
		sellingOnline: 'Do you sell online (WhatsApp, Facebook, marketplaces)?',
		yes: 'Yes',
		no: 'No',
		income: 'About how much do you earn a month?',
		incomeHint: 'Choose the closest. Count all your own income in a month.',
		channel: 'How were these answers given?',
		submit: 'Send answers',
		none: 'There is no check-in to answer now. Thank you!',
		back: 'Back to home',
		thanks: 'Thank you! Your answers are saved.',
		saved: (name: string) => `The answers for ${name} are saved.`
	},
	errors: {
		working: { missing: 'Choose Yes or No.', invalid: 'Choose Yes or No only.' },
		incomeBand: { missing: 'Choose one income band.', invalid: 'Choose an income band from the list.' },
		channel: { missing: 'Choose by phone or on a visit.', invalid: 'Choose by phone or on a visit only.' },
		'already-answered': 'This check-in was already answered. Each is answered once, so these answers were not saved again.',
		'not-due': 'This check-in is not open now (too early or too late). These answers were not saved.',
		'not-found': 'This check-in was not found.'
	},
	trainer: {
		dueTitle: 'Check-ins to answer',
		dueIntro: 'These participants have a check-in waiting. Ask them on a call or a visit, then answer for them.',
		fill: (name: string) => `Answer for ${name}`,
		formTitle: (name: string) => `Check-in of ${name}`,
		noneDue: 'This participant has no check-in waiting now.',
		backToCohort: 'Back to the group',
		evidence: 'Download the training evidence (PDF)'
	},
	settings: {
		title: 'Outcome settings',
		link: 'Income settings',
		bandsTitle: 'Monthly income bands',
		bandsIntro:
			'Participants choose their monthly income from these bands. Write the limits from small to large, in rupiah. Empty boxes are skipped.',
		limit: (n: number) => `Limit ${n} (Rp)`,
		limitHint: 'For example: 500.000',
		preview: 'What participants choose from:',
		isDefault: 'These are the default bands. Change them if needed, before the first check-in is answered.',
		locked: 'Check-ins have been answered, so the bands can no longer change. That keeps every answer comparable.',
		save: 'Save income bands',
		saved: 'The income bands are saved.',
		problems: {
			none: 'Write at least one income limit.',
			'too-many': 'At most 7 limits.',
			'not-a-number': 'Write each limit as a number only, e.g. 500.000.',
			'out-of-range': 'Each limit must be between Rp1.000 and Rp1.000.000.000.',
			'not-ascending': 'Write the limits from small to large, with no repeats.'
		}
	},
	report: {
		title: 'Outcomes after training',
		link: 'Outcomes after training',
		intro:
			'The start check-in compared with the check-ins after training. Each figure counts only participants who answered both; their number is beside it. Groups under 5 people are hidden ("< 5").',
		whole: 'Whole program',
		answered: 'Check-ins answered',
		pairs: (kind: string, n: number | null) => `Start vs ${kind}: ${n === null ? '< 5' : n} people`,
		tooFew: 'Fewer than 5 people answered both, so the figures are hidden.',
		measure: 'Situation',
		before: 'Start',
		after: 'After',
		working: 'Working',
		ownBusiness: 'Own business',
		sellingOnline: 'Selling online',
		income: 'Monthly income',
		incomeCaption: (kind: string, n: number | null) => `Monthly income: start vs ${kind} (people, n = ${shown(n)})`,
		share: (value: number | null, n: number | null) => (value === null ? '< 5' : `${value}% (n = ${shown(n)})`),
		people: shown,
		cohorts: 'Per group'
	},
	needs: {
		title: 'Participants’ needs',
		link: 'Participants’ needs (assessment)',
		intro:
			'What participants know before training: the placement test and each course’s pre-test by learning objective. Groups under 5 people read "< 5".',
		groupBy: 'Split by',
		groups: { kelompok: 'Group', desa: 'Village', kecamatan: 'District', kabupaten: 'Regency/city', provinsi: 'Province' },
		show: 'Show',
		whole: 'Whole program',
		noPlace: 'Place not set',
		participants: (n: number | null) => `${shown(n)} participants`,
		placement: 'Placement test results',
		reading: 'Reading',
		digital: 'Digital',
		levelNames: { belum: 'Not tested', dasar: 'Basic', menengah: 'Intermediate', lanjut: 'Advanced' },
		levelCaption: (what: string) => `${what} (participants)`,
		pretestTitle: (course: string) => `Pre-test: ${course}`,
		pretestTaken: (n: number | null) => `${shown(n)} participants took the pre-test`,
		objective: 'Learning objective',
		correct: 'Correct answers',
		otherItems: 'Other items',
		objectivesAbove: 'The learning objectives of each module are listed under “Whole program” above.',
		noPretest: 'Nobody has taken this course’s pre-test yet.',
		strongest: 'Strongest',
		weakest: 'Needs most practice',
		pdf: 'Download the summary (PDF)',
		pdfFailed: 'The summary could not be made. Try again in a moment.'
	},
	evidence: {
		link: 'Training evidence (PDF)',
		failed: 'The training evidence could not be made. Try again in a moment.',
		pdf: {
			title: 'Training Evidence',
			identity: 'Participant',
			name: 'Name',
			phone: 'Phone',
			enrolled: 'Enrolled',
			placementDate: 'Placement test',
			pretest: 'Pre-test score',
			posttest: 'Post-test score',
			skipped: 'skipped',
			certificate: 'Certificate code',
			revoked: 'revoked',
			module: 'Module',
			completedOn: 'Completed',
			notYet: 'Not yet',
			practical: 'Accepted practical work',
			noPractical: 'No practical work accepted yet.',
			acceptedOn: (date: string, trainer: string) => `accepted ${date} by ${trainer}`,
			rubric: 'Trainer’s rubric',
			feedback: 'Trainer’s note',
			photo: (module: string, n: number) => `Photo ${n}: ${module}`,
			outcomes: 'Work and business check-ins',
			noOutcomes: 'No check-in answered yet.',
			answeredBy: 'Answered'
		}
	}
};
