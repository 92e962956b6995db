/**
 * UI messages for saving modules offline and for answers sent after being made offline
 * (decision 021): Bahasa Indonesia first, English second. id.ts and en.ts include them as
 * `offline`. Texts the phone's script shows are rendered into the page by the server, so the
 * script carries no words of its own.
 */
const rupiah = (value: number, locale: string) => `Rp ${value.toLocaleString(locale)}`;

export const id = {
	save: 'Simpan untuk offline',
	saveCourse: 'Simpan semua modul untuk offline',
	size: (size: string, cost: number) => `Ukuran ${size}, biaya data sekitar ${rupiah(cost, 'id-ID')}.`,
	price: (perGb: number, isDefault: boolean) => `Dihitung dengan ${rupiah(perGb, 'id-ID')} per GB${isDefault ? ' (bawaan)' : ''}.`,
	modules: (count: number) => `${count} modul`,
	confirm: 'Unduh sekarang supaya bisa dibaca tanpa internet?',
	confirmYes: 'Ya, simpan',
	cancel: 'Batal',
	saving: 'Sedang menyimpan… Biarkan halaman ini terbuka.',
	saved: 'Tersimpan offline',
	savedHint: 'Bisa dibaca tanpa internet di HP ini. Jawaban kuis dikirim nanti saat tersambung.',
	remove: 'Hapus dari HP',
	failed: 'Gagal menyimpan. Periksa sambungan internet, lalu coba lagi.',
	quota:
		'Memori HP penuh, jadi modul ini tidak bisa disimpan. Hapus modul tersimpan lain, atau foto dan aplikasi yang tidak dipakai, lalu coba lagi.',
	changed: 'Teks modul ini sudah diperbarui sejak Anda menyimpannya. Yang tersimpan di HP sekarang versi terbaru.',
	stored: (count: string, size: string) => `Tersimpan untuk offline di HP ini: ${count} modul (${size}).`,
	pendingTitle: 'Menunggu dikirim',
	pendingQuiz: (title: string) => `Jawaban kuis "${title}" menunggu dikirim. Akan terkirim sendiri saat HP tersambung internet.`,
	pendingRead: (title: string) => `Tanda selesai membaca "${title}" menunggu dikirim.`,
	sent: 'Jawaban sudah terkirim.',
	seeResult: 'Lihat hasil',
	readSent: 'Tanda selesai membaca sudah terkirim.',
	newerVersion: 'Modul ini sudah diperbarui sejak Anda mengerjakannya. Jawaban Anda dinilai dengan soal yang Anda kerjakan.',
	notEnrolled: 'Jawaban ini tidak bisa dikirim: Anda tidak terdaftar lagi di kursus ini. Tanyakan kepada pelatih Anda.',
	incomplete: 'Jawaban ini tidak lengkap, jadi tidak bisa dinilai. Buka kuisnya lagi dan jawab semua soal.',
	queueFull:
		'Memori HP penuh, jadi jawaban belum bisa disimpan di HP. Jawaban Anda masih ada di layar: kosongkan sedikit memori, lalu tekan tombol kirim lagi.',
	dismiss: 'Tutup',
	needsConnection: {
		title: 'Perlu sambungan internet',
		text: 'Halaman ini belum disimpan di HP Anda, jadi perlu internet untuk membukanya. Modul yang sudah disimpan untuk offline tetap bisa dibuka.',
		toLearn: 'Ke daftar kursus'
	},
	program: {
		title: 'Harga data untuk peserta',
		label: 'Harga data internet per GB (rupiah)',
		hint: 'Peserta melihat perkiraan biaya data sebelum menyimpan modul untuk offline. Kosongkan untuk memakai bawaan Rp 20.000 per GB.',
		current: (perGb: number, isDefault: boolean) => `Sekarang: ${rupiah(perGb, 'id-ID')} per GB${isDefault ? ' (bawaan)' : ''}.`,
		invalid: 'Tulis harga dalam rupiah tanpa titik, misalnya 15000 (paling banyak 1000000).',
		submit: 'Simpan harga',
		done: 'Harga data tersimpan.'
	}
};

export const en: typeof id = {
	save: 'Save for offline',
	saveCourse: 'Save all modules for offline',
	size: (size: string, cost: number) => `Size ${size}, data cost about ${rupiah(cost, 'en-US')}.`,
	price: (perGb: number, isDefault: boolean) => `Counted at ${rupiah(perGb, 'en-US')} per GB${isDefault ? ' (default)' : ''}.`,
	modules: (count: number) => `${count} modules`,
	confirm: 'Download now so you can read it without internet?',
	confirmYes: 'Yes, save',
	cancel: 'Cancel',
	saving: 'Saving… Keep this page open.',
	saved: 'Saved offline',
	savedHint: 'Readable without internet on this phone. Quiz answers are sent later, when connected.',
	remove: 'Remove from phone',
	failed: 'Could not save. Check the internet connection, then try again.',
	quota:
		'The phone’s storage is full, so this module cannot be saved. Remove other saved modules, or photos and apps you do not use, then try again.',
	changed: 'This module’s text was updated since you saved it. The phone now keeps the newest version.',
	stored: (count: string, size: string) => `Saved for offline on this phone: ${count} modules (${size}).`,
	pendingTitle: 'Waiting to be sent',
	pendingQuiz: (title: string) =>
		`Your answers to the quiz "${title}" are waiting to be sent. They go by themselves once the phone is online.`,
	pendingRead: (title: string) => `Your "finished reading" mark for "${title}" is waiting to be sent.`,
	sent: 'Your answers were sent.',
	seeResult: 'See the result',
	readSent: 'Your "finished reading" mark was sent.',
	newerVersion: 'This module was updated after you answered. Your answers were marked against the questions you answered.',
	notEnrolled: 'These answers cannot be sent: you are no longer enrolled in this course. Ask your trainer.',
	incomplete: 'These answers are incomplete, so they cannot be marked. Open the quiz again and answer every question.',
	queueFull:
		'The phone’s storage is full, so your answers could not be kept on the phone. They are still on the screen: free a little storage, then press send again.',
	dismiss: 'Close',
	needsConnection: {
		title: 'Internet connection needed',
		text: 'This page is not saved on your phone, so it needs the internet to open. Modules saved for offline still open.',
		toLearn: 'To the course list'
	},
	program: {
		title: 'Data price for participants',
		label: 'Price of mobile data per GB (rupiah)',
		hint: 'Participants see an estimate of the data cost before saving a module for offline. Leave empty to use the default of Rp 20,000 per GB.',
		current: (perGb: number, isDefault: boolean) => `Now: ${rupiah(perGb, 'en-US')} per GB${isDefault ? ' (default)' : ''}.`,
		invalid: 'Write the price in rupiah without dots, for example 15000 (at most 1000000).',
		submit: 'Save price',
		done: 'Data price saved.'
	}
};
