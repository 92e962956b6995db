/**
 * What a person reads when the service itself is in trouble (the database cannot be reached).
 * A plain page without the app's layout, because the layout itself may need the database.
 */
export const id = {
	unavailableTitle: 'Berdaya sedang sibuk',
	unavailableText: 'Maaf, layanan sedang sibuk atau sedang diperbarui. Tunggu sebentar, lalu coba lagi. Yang sudah tersimpan tidak hilang.',
	tryAgain: 'Coba lagi'
};

export const en: typeof id = {
	unavailableTitle: 'Berdaya is busy',
	unavailableText: 'Sorry, the service is busy or being updated. Wait a moment, then try again. Nothing already saved is lost.',
	tryAgain: 'Try again'
};
