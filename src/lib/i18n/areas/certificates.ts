/**
 * UI messages for course tests, completion and certificates: Bahasa Indonesia first, English
 * second. Kept in their own file; id.ts and en.ts include them.
 */
import { dateFormats } from '#lib/i18n/dates';

// Certificate lists show a date per row.
const { id: dateId, en: dateEn } = dateFormats({ dateStyle: 'long', timeZone: 'Asia/Jakarta' });
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export const id = {
	awaitingTrainer: 'Menunggu penilaian pelatih',
	missingRead: 'Baca modulnya sampai selesai, lalu tekan tombol di bawahnya.',
	courseDone: 'Selamat! Anda sudah menyelesaikan kursus ini.',
	courseDoneShort: 'Kursus selesai',
	pretest: {
		heading: 'Tes awal',
		offer: 'Sebelum mulai belajar, coba jawab beberapa soal singkat. Ini bukan ujian. Nilainya dipakai untuk melihat kemajuan Anda nanti.',
		start: 'Kerjakan tes awal',
		skip: 'Lewati tes awal',
		skipNote: 'Tes awal hanya ada sebelum modul pertama. Kalau dilewati, tidak bisa dikerjakan lagi.'
	},
	posttest: {
		heading: 'Tes akhir',
		offer: 'Semua modul sudah selesai. Kerjakan tes akhir untuk melihat kemajuan Anda. Soalnya sama dengan tes awal.',
		start: 'Kerjakan tes akhir'
	},
	scores: {
		both: (pre: number, post: number) => `Nilai awal ${pre}, nilai akhir ${post}.`,
		preOnly: (pre: number) => `Nilai tes awal Anda: ${pre}.`,
		postOnly: (post: number) => `Nilai tes akhir Anda: ${post}.`,
		preSkipped: 'Tes awal dilewati.'
	},
	test: {
		title: (kind: 'pretest' | 'posttest', course: string) => `${kind === 'pretest' ? 'Tes awal' : 'Tes akhir'}: ${course}`,
		intro:
			'Jawab sebisanya. Tes ini dikerjakan sekali saja. Setelah dikirim, Anda melihat nilainya, tapi tidak melihat jawaban yang benar.',
		submit: 'Kirim jawaban',
		back: (course: string) => `Kembali ke ${course}`
	},
	testErrors: {
		'already-taken': 'Anda sudah mengerjakan tes ini. Setiap tes hanya dikerjakan sekali, jadi jawaban ini tidak disimpan.',
		closed: 'Tes awal hanya bisa dikerjakan sebelum modul pertama. Anda sudah mulai belajar, jadi lanjutkan saja modulnya.',
		'not-complete': 'Tes akhir terbuka setelah semua modul selesai.',
		'stale-version': 'Soal tes baru saja diperbarui. Silakan jawab lagi.'
	},
	certificate: {
		heading: 'Sertifikat',
		download: 'Unduh sertifikat (PDF)',
		codeLabel: 'Kode sertifikat:',
		check: 'Periksa sertifikat',
		make: 'Buat sertifikat saya',
		revoked: 'Sertifikat Anda dicabut oleh penyelenggara. Tanyakan kepada pelatih Anda.',
		notComplete: 'Sertifikat dibuat setelah semua modul selesai.'
	},
	verify: {
		title: 'Periksa sertifikat',
		valid: 'Sertifikat ini sah.',
		revoked: 'Sertifikat ini sudah dicabut dan tidak berlaku lagi.',
		name: 'Nama',
		course: 'Kursus',
		date: 'Tanggal selesai',
		program: 'Program',
		code: 'Kode',
		unknown: 'Kode sertifikat ini tidak kami kenal. Periksa lagi hurufnya, atau tanyakan kepada penyelenggara program.',
		formatDate: dateId
	},
	organize: {
		link: 'Sertifikat peserta',
		title: 'Sertifikat peserta',
		intro: 'Sertifikat dari program Anda. Cabut sertifikat hanya kalau ada alasan yang jelas, misalnya diberikan karena kesalahan.',
		search: 'Cari nama atau kode',
		searchButton: 'Cari',
		none: 'Belum ada sertifikat.',
		noneFound: 'Tidak ada sertifikat yang cocok.',
		valid: 'Berlaku',
		revokedBadge: 'Dicabut',
		revokedOn: (date: Date, reason: string) => `Dicabut ${dateId(date)}. Alasan: ${reason}`,
		completedOn: (date: Date) => `Selesai ${dateId(date)}`,
		reason: 'Alasan mencabut',
		reasonHint: 'Alasan ini tidak tampil di halaman pemeriksaan.',
		revoke: 'Cabut sertifikat',
		done: (code: string) => `Sertifikat ${code} sudah dicabut.`,
		errors: {
			reasonShort: 'Tulis alasannya, paling sedikit 5 huruf.',
			reasonLong: 'Alasannya terlalu panjang. Paling banyak 500 huruf.',
			'not-found': 'Sertifikat ini tidak ada di program Anda.',
			'already-revoked': 'Sertifikat ini sudah dicabut sebelumnya.'
		}
	},
	gains: {
		link: 'Nilai tes awal dan akhir',
		title: (cohort: string) => `Nilai tes: ${cohort}`,
		intro: 'Nilai dari 100. Kemajuan adalah nilai akhir dikurangi nilai awal.',
		noCourses: 'Kursus di kelompok ini belum punya tes awal.',
		noParticipants: 'Belum ada peserta di kelompok ini.',
		pre: 'Awal',
		post: 'Akhir',
		gain: 'Kemajuan',
		notTaken: 'belum',
		skipped: 'dilewati',
		gainValue: signed,
		back: (cohort: string) => `Kembali ke ${cohort}`
	}
};

export const en: typeof id = {
	awaitingTrainer: 'Waiting for the trainer’s review',
	missingRead: 'Read the module to the end, then press the button below it.',
	courseDone: 'Well done! You have completed this course.',
	courseDoneShort: 'Course completed',
	pretest: {
		heading: 'Pre-test',
		offer: 'Before you start, try a few short questions. This is not an exam. The score is used to show your progress later.',
		start: 'Take the pre-test',
		skip: 'Skip the pre-test',
		skipNote: 'The pre-test is only open before the first module. If you skip it, you cannot take it later.'
	},
	posttest: {
		heading: 'Post-test',
		offer: 'All modules are done. Take the post-test to see your progress. The questions are the same as in the pre-test.',
		start: 'Take the post-test'
	},
	scores: {
		both: (pre: number, post: number) => `Score before ${pre}, score after ${post}.`,
		preOnly: (pre: number) => `Your pre-test score: ${pre}.`,
		postOnly: (post: number) => `Your post-test score: ${post}.`,
		preSkipped: 'Pre-test skipped.'
	},
	test: {
		title: (kind: 'pretest' | 'posttest', course: string) => `${kind === 'pretest' ? 'Pre-test' : 'Post-test'}: ${course}`,
		intro: 'Answer as well as you can. You take this test once. After sending it you see your score, but not the right answers.',
		submit: 'Send answers',
		back: (course: string) => `Back to ${course}`
	},
	testErrors: {
		'already-taken': 'You have already taken this test. Each test is taken once, so these answers were not saved.',
		closed: 'The pre-test is only open before the first module. You have started learning, so just go on with the modules.',
		'not-complete': 'The post-test opens when all modules are done.',
		'stale-version': 'The test was just updated. Please answer again.'
	},
	certificate: {
		heading: 'Certificate',
		download: 'Download certificate (PDF)',
		codeLabel: 'Certificate code:',
		check: 'Check the certificate',
		make: 'Make my certificate',
		revoked: 'Your certificate was revoked by the organizer. Ask your trainer.',
		notComplete: 'The certificate is made when all modules are done.'
	},
	verify: {
		title: 'Check a certificate',
		valid: 'This certificate is valid.',
		revoked: 'This certificate has been revoked and is no longer valid.',
		name: 'Name',
		course: 'Course',
		date: 'Completed on',
		program: 'Program',
		code: 'Code',
		unknown: 'We do not know this certificate code. Check the letters again, or ask the program’s organizer.',
		formatDate: dateEn
	},
	organize: {
		link: 'Participants’ certificates',
		title: 'Participants’ certificates',
		intro: 'Certificates of your programs. Revoke one only for a clear reason, for example when it was issued by mistake.',
		search: 'Search a name or code',
		searchButton: 'Search',
		none: 'No certificates yet.',
		noneFound: 'No certificate matches.',
		valid: 'Valid',
		revokedBadge: 'Revoked',
		revokedOn: (date: Date, reason: string) => `Revoked ${dateEn(date)}. Reason: ${reason}`,
		completedOn: (date: Date) => `Completed ${dateEn(date)}`,
		reason: 'Reason for revoking',
		reasonHint: 'This reason is not shown on the verification page.',
		revoke: 'Revoke certificate',
		done: (code: string) => `Certificate ${code} has been revoked.`,
		errors: {
			reasonShort: 'Write the reason, at least 5 characters.',
			reasonLong: 'The reason is too long. At most 500 characters.',
			'not-found': 'This certificate is not in your programs.',
			'already-revoked': 'This certificate was already revoked.'
		}
	},
	gains: {
		link: 'Pre-test and post-test scores',
		title: (cohort: string) => `Test scores: ${cohort}`,
		intro: 'Scores out of 100. Progress is the post-test score minus the pre-test score.',
		noCourses: 'The courses of this cohort have no pre-test yet.',
		noParticipants: 'This cohort has no participants yet.',
		pre: 'Before',
		post: 'After',
		gain: 'Progress',
		notTaken: 'not yet',
		skipped: 'skipped',
		gainValue: signed,
		back: (cohort: string) => `Back to ${cohort}`
	}
};
