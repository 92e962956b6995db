/**
 * Messages for the guards that keep one request from hurting everyone (issue 13): body limits,
 * parsing budgets, login and join limits. Bahasa Indonesia first, English second.
 */
const megabytes = (bytes: number, locale: string) =>
	(bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: bytes < 1024 * 1024 ? 2 : 0 });

export const id = {
	tooLargeTitle: 'Kiriman terlalu besar',
	tooLarge: (limit: number) =>
		`Yang Anda kirim lebih dari ${megabytes(limit, 'id-ID')} MB, jadi tidak kami terima. Kirim foto atau file yang lebih kecil, atau lebih sedikit sekaligus, lalu coba lagi.`,
	lengthRequiredTitle: 'Kiriman tidak bisa dibaca',
	lengthRequired: 'Kiriman ini tidak menyebut ukurannya, jadi tidak kami terima. Muat ulang halaman, lalu kirim lagi.',
	back: 'Kembali ke halaman utama',
	joinLimited: 'Terlalu banyak percobaan bergabung. Tunggu satu jam, atau minta bantuan pelatih Anda.',
	slowDown: (seconds: number) =>
		seconds < 90
			? `Sudah beberapa kali salah. Tunggu ${seconds} detik, lalu coba lagi dengan teliti. Lupa PIN? Minta bantuan pelatih Anda.`
			: `Sudah beberapa kali salah. Tunggu ${Math.ceil(seconds / 60)} menit, lalu coba lagi dengan teliti. Lupa PIN? Minta bantuan pelatih Anda.`,
	joinAcceptedTitle: 'Pendaftaran diterima',
	joinAccepted:
		'Masuk dengan nomor HP dan PIN Anda. Kalau Anda sudah pernah mendaftar dan lupa PIN, minta pelatih Anda mengatur ulang PIN.',
	joinAcceptedPin: 'PIN Anda (6 angka)',
	unlockLocked: 'Akun ini sedang dikunci karena PIN salah 10 kali dalam satu jam.',
	unlockHint: 'Kalau peserta masih ingat PIN-nya, buka kuncinya saja. Kalau lupa, buat PIN sementara.',
	unlock: 'Buka kunci',
	unlocked: (name: string) => `Kunci sudah dibuka. ${name} bisa masuk lagi dengan PIN-nya.`,
	answersHidden: (after: number) =>
		`Lihat soal yang masih salah dan penjelasannya, lalu coba lagi. Jawaban yang benar ditunjukkan setelah Anda lulus, atau mulai percobaan ke-${after}.`
};

export const en: typeof id = {
	tooLargeTitle: 'Too large to send',
	tooLarge: (limit: number) =>
		`What you sent is more than ${megabytes(limit, 'en')} MB, so it was not accepted. Send a smaller photo or file, or fewer at once, and try again.`,
	lengthRequiredTitle: 'Could not read what was sent',
	lengthRequired: 'This request did not say how large it is, so it was not accepted. Reload the page and send again.',
	back: 'Back to the home page',
	joinLimited: 'Too many attempts to join. Wait an hour, or ask your trainer for help.',
	slowDown: (seconds: number) =>
		seconds < 90
			? `Several wrong tries. Wait ${seconds} seconds, then try again carefully. Forgot your PIN? Ask your trainer.`
			: `Several wrong tries. Wait ${Math.ceil(seconds / 60)} minutes, then try again carefully. Forgot your PIN? Ask your trainer.`,
	joinAcceptedTitle: 'Registration received',
	joinAccepted: 'Log in with your phone number and PIN. If you registered before and forgot your PIN, ask your trainer to reset it.',
	joinAcceptedPin: 'Your PIN (6 digits)',
	unlockLocked: 'This account is locked because of 10 wrong PINs within an hour.',
	unlockHint: 'If the participant still remembers their PIN, just unlock it. If they forgot it, make a temporary PIN.',
	unlock: 'Unlock',
	unlocked: (name: string) => `Unlocked. ${name} can log in again with their PIN.`,
	answersHidden: (after: number) =>
		`Look at the questions that were wrong and their explanations, then try again. The right answers are shown once you pass, or from attempt ${after} on.`
};
