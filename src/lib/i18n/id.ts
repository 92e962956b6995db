/** Bahasa Indonesia: the source dictionary. Every key here must exist in en.ts (TypeScript checks). */
import * as authoring from './areas/authoring';
import * as media from './areas/media';
import * as service from './areas/service';
import * as certificates from './areas/certificates';
import * as setup from './areas/setup';
import * as practice from './areas/practice';
import * as levels from './areas/levels';
import * as reports from './areas/reports';
import * as security from './areas/security';
import * as outcomes from './areas/outcomes';
import * as reading from './areas/reading';
import * as offline from './areas/offline';

const formatNumber = (value: number) => value.toLocaleString('id-ID');
/** Rupiah is written before the amount (Rp15.000); other units after it (12 cm). */
const formatQuantity = (value: number, unit: string) =>
	/^rp$/i.test(unit) ? `Rp${formatNumber(value)}` : `${formatNumber(value)} ${unit}`.trim();

export const id = {
	appName: 'Berdaya',
	tagline: 'Belajar keterampilan, membangun usaha.',
	skipToContent: 'Langsung ke isi',
	language: 'Bahasa',
	switchTo: 'English',
	nav: {
		home: 'Beranda',
		learn: 'Belajar',
		teach: 'Kelompok saya',
		organize: 'Program',
		write: 'Tulis modul',
		staff: 'Menu pelatih dan penyelenggara',
		logout: 'Keluar'
	},
	login: {
		title: 'Masuk',
		intro: 'Masukkan nomor HP dan PIN Anda.',
		staffHint: 'Pelatih dan penyelenggara: pakai nomor HP atau email, dan kata sandi.',
		identifier: 'Nomor HP atau email',
		identifierHint: 'Contoh: 0812 3456 7890',
		secret: 'PIN atau kata sandi',
		secretHint: 'PIN peserta: 6 angka.',
		submit: 'Masuk',
		noAccount: 'Belum punya akun? Gabung dengan kode kelompok',
		invalid: 'Nomor HP atau PIN salah. Coba lagi dengan teliti.',
		malformed: 'Nomor HP belum benar. Tulis nomor yang mulai dengan 08, contohnya 0812 3456 7890.',
		locked: 'Akun ini dikunci sementara karena PIN salah terlalu sering. Minta bantuan pelatih Anda untuk membuka atau mengganti PIN.',
		addressLimited: 'Terlalu banyak percobaan masuk dari perangkat ini. Tunggu satu jam, atau minta bantuan pelatih Anda.',
		sessionExpired: 'Sesi Anda sudah berakhir. Silakan masuk lagi.'
	},
	join: {
		title: 'Gabung ke kelompok',
		intro: 'Minta kode kelompok kepada pelatih Anda. Lalu isi data di bawah ini.',
		code: 'Kode kelompok',
		codeHint: 'Contoh: ABCD-1234',
		name: 'Nama Anda',
		phone: 'Nomor HP',
		phoneHint: 'Nomor yang aktif. Contoh: 0812 3456 7890',
		pin: 'Buat PIN (6 angka)',
		pinHint: 'Ingat PIN ini. Jangan beri tahu orang lain.',
		pinConfirm: 'Ulangi PIN',
		submit: 'Gabung',
		haveAccount: 'Sudah punya akun? Masuk',
		welcome: (cohort: string) => `Selamat datang di kelompok ${cohort}!`
	},
	changePin: {
		title: 'Ganti PIN',
		intro: 'Pelatih memberi Anda PIN sementara. Buat PIN baru yang hanya Anda tahu.',
		pin: 'PIN baru (6 angka)',
		pinConfirm: 'Ulangi PIN baru',
		currentPin: 'PIN lama (yang Anda pakai untuk masuk)',
		introVoluntary: 'Ketik PIN lama Anda dulu, lalu buat PIN baru yang hanya Anda tahu.',
		submit: 'Simpan PIN',
		done: 'PIN baru sudah tersimpan.'
	},
	errors: {
		required: 'Bagian ini wajib diisi.',
		tooLong: (max: number) => `Terlalu panjang. Paling banyak ${max} huruf.`,
		phoneInvalid: 'Nomor HP belum benar. Tulis nomor yang mulai dengan 08, contohnya 0812 3456 7890.',
		pinInvalid: 'PIN harus 6 angka.',
		pinWeak: 'PIN ini terlalu mudah ditebak. Pilih 6 angka lain.',
		pinMismatch: 'Kedua PIN tidak sama. Ketik ulang dengan teliti.',
		currentPinWrong: 'PIN lama tidak cocok. Ketik PIN yang Anda pakai untuk masuk.',
		pinReused: 'Jangan pakai PIN sementara dari pelatih atau PIN lama Anda. Buat 6 angka baru.',
		nameInvalid: 'Tulis nama Anda, paling sedikit 2 huruf.',
		joinCodeUnknown: 'Kode kelompok tidak ditemukan. Periksa lagi kodenya, atau tanyakan kepada pelatih.',
		joinClosed:
			'Kelompok ini sudah tidak menerima peserta baru. Tanyakan kepada pelatih atau penyelenggara, mungkin ada kelompok lain untuk Anda.',
		phoneTaken:
			'Nomor HP ini tidak bisa didaftarkan lewat halaman ini. Kalau Anda sudah pernah mendaftar, masuk dengan nomor HP dan PIN Anda. Lupa PIN, atau nomor ini milik Anda tetapi belum pernah mendaftar? Minta bantuan pelatih Anda.',
		phoneTakenForTrainer:
			'Nomor HP ini sudah punya akun Berdaya, jadi tidak bisa ditambahkan di sini. Pastikan nomornya benar. Kalau nomor ini milik peserta Anda, minta dia masuk dengan nomor HP dan PIN-nya, lalu gabung dengan kode kelompok ini.',
		passwordInvalid: 'Kata sandi paling sedikit 8 huruf.',
		notFound: 'Halaman tidak ditemukan.',
		forbidden: 'Anda tidak punya akses ke halaman ini.',
		generic: 'Maaf, ada yang salah. Coba lagi sebentar lagi.',
		back: 'Kembali ke beranda'
	},
	learn: {
		title: 'Belajar',
		hello: (name: string) => `Halo, ${name}!`,
		noCourses: 'Anda belum punya kursus. Tanyakan kepada pelatih Anda.',
		level: 'Tingkat bacaan',
		levels: { dasar: 'Dasar', menengah: 'Menengah', lanjut: 'Lanjut' },
		modulesDone: (done: number, total: number) => `${done} dari ${total} modul selesai`,
		minutes: (n: number) => `± ${n} menit`,
		statusDone: 'Selesai',
		statusStarted: 'Sedang dipelajari',
		statusNew: 'Belum mulai',
		openModule: 'Buka',
		toCourse: 'Kembali ke daftar modul',
		toQuiz: 'Kerjakan kuis',
		quizIntro: 'Sudah selesai membaca? Coba jawab kuis ini.',
		objectives: 'Setelah modul ini, Anda bisa:',
		noQuiz: 'Modul ini tidak punya kuis.',
		markRead: 'Tandai selesai dibaca',
		practicalTitle: 'Tugas praktik',
		practicalPhoto: 'Foto yang perlu dibuat',
		practicalRubric: 'Yang dinilai pelatih',
		practicalShowTrainer: 'Tunjukkan hasil dan fotonya kepada pelatih Anda.'
	},
	quiz: {
		title: (module: string) => `Kuis: ${module}`,
		intro: (mastery: number) => `Jawab semua soal. Anda lulus jika benar ${mastery}% atau lebih.`,
		question: (n: number, total: number) => `Soal ${n} dari ${total}`,
		submit: 'Kirim jawaban',
		unanswered: 'Soal ini belum dijawab.',
		notANumber: 'Tulis jawaban dengan angka saja, misalnya 15000 atau 15.000.',
		someNotANumber:
			'Ada jawaban yang harus berupa angka. Periksa soal yang ditandai. Jawaban Anda yang lain tetap tersimpan di halaman ini.',
		duplicatePosition: 'Ada nomor urut yang dipakai dua kali. Setiap langkah perlu nomor yang berbeda.',
		someDuplicatePosition:
			'Ada soal urutan dengan nomor yang sama untuk dua langkah. Periksa soal yang ditandai. Jawaban Anda yang lain tetap tersimpan di halaman ini.',
		multipleHint: 'Pilih semua jawaban yang benar. Bisa lebih dari satu.',
		orderingHint: 'Beri nomor urut untuk setiap langkah. Nomor 1 untuk langkah pertama.',
		positionOf: (step: string) => `Nomor urut untuk: ${step}`,
		numericHint: 'Tulis jawaban dengan angka.',
		yourOrder: 'Urutan Anda',
		correctOrder: 'Urutan yang benar',
		numberWithin: (value: number, tolerance: number, unit: string) =>
			formatQuantity(value, unit) + (tolerance > 0 ? ` (boleh selisih ${formatQuantity(tolerance, unit)})` : ''),
		someUnanswered: 'Masih ada soal yang belum dijawab. Jawaban Anda yang lain tetap tersimpan di halaman ini.',
		tampered: 'Jawaban tidak dikenali. Muat ulang halaman kuis, lalu coba lagi.',
		stale: 'Kuis ini baru saja diperbarui oleh pelatih. Silakan kerjakan versi yang baru.',
		resultTitle: 'Hasil kuis',
		score: (correct: number, total: number) => `Benar ${correct} dari ${total} soal`,
		passed: 'Selamat, Anda lulus modul ini!',
		notPassed: (mastery: number) =>
			`Belum lulus. Perlu benar ${mastery}%. Baca lagi modulnya, lalu coba lagi. Tidak apa-apa, belajar butuh waktu.`,
		yourAnswer: 'Jawaban Anda',
		correctAnswer: 'Jawaban yang benar',
		right: 'Benar',
		wrong: 'Kurang tepat',
		why: 'Penjelasan',
		retry: 'Coba kuis lagi',
		attempts: (n: number) => `Percobaan ke-${n}`
	},
	teach: {
		title: 'Kelompok saya',
		noCohorts: 'Anda belum memegang kelompok.',
		participants: (n: number) => `${n} peserta`,
		joinCode: 'Kode gabung',
		joinCodeHint: 'Bagikan kode ini kepada peserta supaya mereka bisa gabung sendiri.',
		progressTitle: 'Kemajuan peserta',
		participant: 'Peserta',
		done: 'Selesai',
		notDone: 'Belum',
		noParticipants: 'Belum ada peserta di kelompok ini.',
		addTitle: 'Tambah peserta',
		addName: 'Nama peserta',
		addPhone: 'Nomor HP peserta',
		addSubmit: 'Tambah peserta',
		resetPin: 'Buat PIN sementara',
		temporaryPin: (name: string, pin: string) => `PIN sementara untuk ${name}: ${pin}`,
		temporaryPinNote:
			'Catat dan berikan PIN ini kepada peserta sekarang. PIN ini hanya ditampilkan sekali. Peserta akan diminta membuat PIN baru.',
		back: 'Kembali ke daftar kelompok'
	},
	organize: {
		title: 'Program saya',
		noPrograms: 'Anda belum terdaftar sebagai penyelenggara program.',
		cohort: 'Kelompok',
		enrolled: 'Peserta',
		completedAll: 'Selesai semua modul',
		modulesCompleted: 'Modul selesai'
	},
	roles: { participant: 'Peserta', trainer: 'Pelatih', organizer: 'Penyelenggara', admin: 'Admin' },
	authoring: authoring.id,
	media: media.id,
	service: service.id,
	certificates: certificates.id,
	setup: setup.id,
	practice: practice.id,
	levels: levels.id,
	reports: reports.id,
	security: security.id,
	outcomes: outcomes.id,
	reading: reading.id,
	offline: offline.id
};

export type Messages = typeof id;
