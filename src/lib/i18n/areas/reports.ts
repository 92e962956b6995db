/**
 * UI messages for the organizer's and trainer's reports: Bahasa Indonesia first, English
 * second. id.ts and en.ts include them.
 */
import { dateFormats } from '#lib/i18n/dates';

const numberId = (n: number) => n.toLocaleString('id-ID');
const numberEn = (n: number) => n.toLocaleString('en-GB');
const ZONE = 'Asia/Jakarta';
const dayOf = dateFormats({ day: 'numeric', month: 'short', timeZone: ZONE });
const timeOf = dateFormats({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONE });

export const id = {
	link: 'Laporan kemajuan',
	title: (name: string) => `Laporan: ${name}`,
	intro: 'Siapa yang mendaftar, sampai mana mereka belajar, dan soal mana yang paling sulit.',
	noCourses: 'Kelompok di sini belum punya kursus, jadi belum ada yang bisa dilaporkan.',
	countedAt: (date: Date) =>
		`Angka ini dihitung pada ${dayOf.id(date)} pukul ${timeOf.id(date)} WIB. Laporan ini besar, jadi angkanya dihitung ulang paling sering 5 menit sekali.`,
	course: 'Kursus',
	chooseCourse: 'Pilih kursus',
	places: 'Tempat',
	allPlaces: 'Semua tempat',
	funnel: 'Dari mendaftar sampai sertifikat',
	funnelSummary: (enrolled: number, completed: number, certified: number) =>
		`${numberId(enrolled)} peserta mendaftar, ${numberId(completed)} menyelesaikan kursus, ${numberId(certified)} mendapat sertifikat.`,
	stage: {
		enrolled: 'Mendaftar',
		placed: 'Sudah tes penempatan',
		started: 'Mulai belajar',
		completed: 'Kursus selesai',
		certified: 'Dapat sertifikat',
		module: (title: string) => `Modul selesai: ${title}`
	},
	stageColumn: 'Tahap',
	people: 'Orang',
	share: 'Persen',
	total: 'Semua',
	splitBy: 'Bagi menurut',
	split: { none: 'Tanpa pembagian', level: 'Tingkat membaca', gender: 'Jenis kelamin', age: 'Umur', place: 'Tempat' },
	splitHeading: (by: string) => `Dibagi menurut ${by.toLowerCase()}`,
	notGiven: 'Tidak diisi',
	gender: { perempuan: 'Perempuan', 'laki-laki': 'Laki-laki' } as Record<string, string>,
	ageBand: (band: string) => (band === '<25' ? 'Di bawah 25 tahun' : band === '55+' ? '55 tahun ke atas' : `${band} tahun`),
	placeLevel: { province: 'Provinsi', regency: 'Kabupaten/kota', district: 'Kecamatan', village: 'Desa/kelurahan' },
	openPlace: (place: string) => `Lihat ${place}`,
	small: '< 5',
	smallNote: 'Angka di bawah 5 orang disembunyikan ("< 5") supaya tidak ada peserta yang bisa dikenali.',
	modules: 'Per modul',
	module: 'Modul',
	completedModule: 'Selesai',
	medianAttempts: 'Percobaan kuis sampai lulus (median)',
	medianTime: 'Waktu sampai lulus (median)',
	minutes: (n: number) => (n < 60 ? `${n} menit` : n < 2880 ? `${Math.round(n / 60)} jam` : `${Math.round(n / 1440)} hari`),
	noQuiz: 'Tanpa kuis',
	questions: 'Soal yang paling sulit',
	questionsIntro: 'Dari percobaan pertama setiap peserta. Yang paling jarang dijawab benar ada di atas.',
	noQuestions: 'Belum ada yang mengerjakan kuis kursus ini.',
	questionsMore: (n: number) => `${numberId(n)} soal lainnya ada di file CSV soal.`,
	correctFirst: (percent: string) => `Benar di percobaan pertama: ${percent}`,
	answered: (n: number) => `${numberId(n)} orang menjawab`,
	topWrong: (text: string, n: number) => `Jawaban salah yang paling sering: "${text}" (${numberId(n)} orang)`,
	byLevel: 'Menurut tingkat membaca',
	fixInEditor: (module: string) => `Buka soal di editor modul ${module}`,
	downloads: 'Unduh data (CSV)',
	downloadsIntro: 'File CSV bisa dibuka di Excel atau Google Sheets. Isinya mengikuti kursus, pembagian dan tempat yang sedang dipilih.',
	emptyExport: 'Program ini belum punya peserta. File yang diunduh hanya berisi judul kolom.',
	files: {
		corong: 'Tabel tahap belajar',
		modul: 'Tabel per modul',
		soal: 'Tabel semua soal',
		peserta: 'Data peserta',
		pendaftaran: 'Data pendaftaran',
		kuis: 'Data percobaan kuis',
		tugas: 'Data tugas praktik',
		xapi: 'Pernyataan xAPI (JSON lines)'
	} as Record<string, string>,
	xapiNote: 'Untuk sistem catatan belajar (LRS). Peserta ditulis dengan kode samaran, tanpa nama dan nomor HP.',
	dashboard: {
		enrolled: 'Peserta',
		started: 'Mulai belajar',
		certified: 'Sertifikat',
		cohorts: (n: number) => `${numberId(n)} kelompok`,
		setup: 'Atur kelompok'
	},
	badSplit: 'Pembagian itu tidak ada. Laporan ditampilkan tanpa pembagian.'
};

export const en: typeof id = {
	link: 'Progress report',
	title: (name: string) => `Report: ${name}`,
	intro: 'Who enrolled, how far they got, and which questions are hardest.',
	noCourses: 'The cohorts here have no course yet, so there is nothing to report.',
	countedAt: (date: Date) =>
		`These figures were counted on ${dayOf.en(date)} at ${timeOf.en(date)} WIB. This report is large, so it is recounted at most once every 5 minutes.`,
	course: 'Course',
	chooseCourse: 'Choose a course',
	places: 'Place',
	allPlaces: 'All places',
	funnel: 'From enrolment to certificate',
	funnelSummary: (enrolled: number, completed: number, certified: number) =>
		`${numberEn(enrolled)} enrolled, ${numberEn(completed)} completed the course, ${numberEn(certified)} got a certificate.`,
	stage: {
		enrolled: 'Enrolled',
		placed: 'Took the placement test',
		started: 'Started learning',
		completed: 'Course completed',
		certified: 'Got a certificate',
		module: (title: string) => `Module completed: ${title}`
	},
	stageColumn: 'Stage',
	people: 'People',
	share: 'Percent',
	total: 'All',
	splitBy: 'Split by',
	split: { none: 'No split', level: 'Reading level', gender: 'Gender', age: 'Age', place: 'Place' },
	splitHeading: (by: string) => `Split by ${by.toLowerCase()}`,
	notGiven: 'Not given',
	gender: { perempuan: 'Women', 'laki-laki': 'Men' } as Record<string, string>,
	ageBand: (band: string) => (band === '<25' ? 'Under 25' : band === '55+' ? '55 and over' : `${band} years`),
	placeLevel: { province: 'Province', regency: 'Regency/city', district: 'District', village: 'Village' },
	openPlace: (place: string) => `Open ${place}`,
	small: '< 5',
	smallNote: 'Figures under 5 people are hidden ("< 5") so that no participant can be singled out.',
	modules: 'Per module',
	module: 'Module',
	completedModule: 'Completed',
	medianAttempts: 'Quiz attempts to pass (median)',
	medianTime: 'Time to pass (median)',
	minutes: (n: number) => (n < 60 ? `${n} min` : n < 2880 ? `${Math.round(n / 60)} h` : `${Math.round(n / 1440)} days`),
	noQuiz: 'No quiz',
	questions: 'Hardest questions',
	questionsIntro: "From each participant's first attempt. The least often right come first.",
	noQuestions: "Nobody has taken this course's quizzes yet.",
	questionsMore: (n: number) => `${numberEn(n)} more questions are in the questions CSV.`,
	correctFirst: (percent: string) => `Right on the first attempt: ${percent}`,
	answered: (n: number) => `${numberEn(n)} answered`,
	topWrong: (text: string, n: number) => `Most chosen wrong answer: "${text}" (${numberEn(n)} people)`,
	byLevel: 'By reading level',
	fixInEditor: (module: string) => `Open the question in the editor of ${module}`,
	downloads: 'Download data (CSV)',
	downloadsIntro: 'CSV files open in Excel or Google Sheets. They follow the course, split and place chosen above.',
	emptyExport: 'This program has no participants yet. A download holds only the column headings.',
	files: {
		corong: 'Stages table',
		modul: 'Per-module table',
		soal: 'All questions table',
		peserta: 'Participants',
		pendaftaran: 'Enrollments',
		kuis: 'Quiz attempts',
		tugas: 'Practical work',
		xapi: 'xAPI statements (JSON lines)'
	} as Record<string, string>,
	xapiNote: 'For a learning record store (LRS). Participants appear under a pseudonym, without names or phone numbers.',
	dashboard: {
		enrolled: 'Participants',
		started: 'Started',
		certified: 'Certificates',
		cohorts: (n: number) => `${numberEn(n)} cohorts`,
		setup: 'Set up cohorts'
	},
	badSplit: 'There is no such split. The report is shown without one.'
};
