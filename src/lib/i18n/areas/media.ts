/**
 * UI messages for the media pages: Bahasa Indonesia first, English second. Kept in their own
 * file so each area's strings live beside each other; id.ts and en.ts include them.
 */
const kilobytes = (bytes: number, locale: string) => Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale);

export const id = {
	title: 'Gambar kursus',
	intro:
		'Foto langkah kerja dengan HP Anda, lalu unggah di sini. Gambar otomatis diperkecil supaya hemat kuota peserta, dan data lokasi di dalam foto dihapus.',
	backToCourse: (course: string) => `Kembali ke ${course}`,
	uploadTitle: 'Unggah gambar baru',
	camera: 'Ambil foto dengan kamera',
	gallery: 'Atau pilih gambar yang sudah ada',
	fileHint: 'Foto JPG, PNG atau WebP, paling besar 10 MB.',
	submit: 'Unggah gambar',
	uploaded: 'Gambar tersimpan.',
	reused: 'Gambar ini sudah pernah diunggah, jadi tidak disimpan dua kali. Pakai tulisan yang sama.',
	size: (bytes: number, width: number | null, height: number | null) =>
		`${kilobytes(bytes, 'id-ID')} KB` + (width && height ? ` · ${width} × ${height} piksel` : ''),
	snippetLabel: 'Salin tulisan ini ke modul, di tempat gambar mau muncul:',
	copyHint: 'Tekan lama tulisan di kotak untuk memilih, lalu salin.',
	altPlaceholder: 'Tulis apa isi gambar ini',
	altInstruction:
		'Ganti kalimat “Tulis apa isi gambar ini” dengan penjelasan singkat, misalnya “Jahitan jelujur dengan benang merah”. Kalimat itu dibacakan untuk peserta yang tidak bisa melihat gambar.',
	listTitle: 'Gambar di kursus ini',
	empty: 'Belum ada gambar. Unggah foto pertama Anda di atas.',
	errors: {
		required: 'Ambil foto atau pilih gambar dulu, lalu tekan “Unggah gambar”.',
		tooLarge:
			'Gambar ini lebih dari 10 MB. Kirim foto yang lebih kecil: atur ukuran foto di kamera HP ke ukuran sedang, atau kirim foto lewat WhatsApp ke diri sendiri, simpan, lalu unggah hasilnya.',
		tooManyPixels: 'Ukuran gambar ini terlalu besar (lebih dari 50 juta titik). Perkecil dulu gambarnya, lalu unggah lagi.',
		notAnImage: 'File ini bukan gambar yang bisa dipakai. Kirim foto berjenis JPG, PNG atau WebP.',
		heicUnsupported:
			'Foto ini berformat HEIC (biasanya dari iPhone) dan belum bisa dibaca di sini. Di iPhone, buka Pengaturan › Kamera › Format, pilih “Paling Kompatibel”, lalu foto lagi. Atau kirim foto ini lewat WhatsApp ke diri sendiri, simpan, lalu unggah: hasilnya JPG.'
	}
};

export const en: typeof id = {
	title: 'Course images',
	intro:
		'Photograph each step with your phone, then upload it here. Images are made smaller automatically to save participants’ data, and location data inside the photo is removed.',
	backToCourse: (course: string) => `Back to ${course}`,
	uploadTitle: 'Upload a new image',
	camera: 'Take a photo with the camera',
	gallery: 'Or choose an existing image',
	fileHint: 'A JPG, PNG or WebP photo, at most 10 MB.',
	submit: 'Upload image',
	uploaded: 'Image saved.',
	reused: 'This image was uploaded before, so it is not stored twice. Use the same text.',
	size: (bytes: number, width: number | null, height: number | null) =>
		`${kilobytes(bytes, 'en-GB')} KB` + (width && height ? ` · ${width} × ${height} pixels` : ''),
	snippetLabel: 'Copy this text into the module, where the image should appear:',
	copyHint: 'Press and hold the text in the box to select it, then copy.',
	altPlaceholder: 'Describe what this image shows',
	altInstruction:
		'Replace “Describe what this image shows” with a short description, for example “Running stitch with red thread”. It is read aloud to participants who cannot see the image.',
	listTitle: 'Images in this course',
	empty: 'No images yet. Upload your first photo above.',
	errors: {
		required: 'Take a photo or choose an image first, then press “Upload image”.',
		tooLarge:
			'This image is over 10 MB. Send a smaller photo: set the phone camera to a medium photo size, or send the photo to yourself on WhatsApp, save it, and upload that.',
		tooManyPixels: 'This image has too many pixels (over 50 million). Make it smaller first, then upload it again.',
		notAnImage: 'This file is not an image we can use. Send a JPG, PNG or WebP photo.',
		heicUnsupported:
			'This photo is in HEIC format (usually from an iPhone) and cannot be read here yet. On the iPhone, open Settings › Camera › Formats, choose “Most Compatible”, and take the photo again. Or send the photo to yourself on WhatsApp, save it, and upload that: it becomes a JPG.'
	}
};
