/**
 * UI messages for the authoring pages: Bahasa Indonesia first, English second. Kept in their own
 * file so each area's strings live beside each other; id.ts and en.ts include them.
 */

// Trainers are spread over Indonesia's time zones; WIB is the one most programs work in.
const TIME_ZONE = 'Asia/Jakarta';
const dateTime = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
const idDateTime = dateTime('id-ID');
const enDateTime = dateTime('en-GB');

type Detail = Record<string, string | number | null>;
const str = (value: string | number | null | undefined) => String(value ?? '');

export const id = {
	/** Which half of a parser message ({ id, en }) this reader gets. */
	contentLocale: 'id' as 'id' | 'en',
	when: (date: Date) => `${idDateTime.format(date)} WIB`,
	title: 'Tulis modul',
	intro: 'Di sini Anda menulis dan memperbaiki modul kursus. Peserta hanya melihat versi yang sudah diterbitkan.',
	guideLink: 'Panduan menulis modul',
	guideTitle: 'Panduan menulis modul',
	imagesLink: 'Gambar kursus',
	noCourses: 'Belum ada kursus yang bisa Anda tulis. Buat kursus baru di bawah ini.',
	moduleCount: (n: number) => `${n} modul`,
	viewOnly: 'Hanya lihat',
	readOnlyNotice: 'Anda bisa melihat kursus ini, tetapi tidak bisa mengubahnya.',
	create: {
		heading: 'Buat kursus baru',
		title: 'Judul kursus',
		titleHint: 'Contoh: Menjahit Tas Kain',
		summary: 'Ringkasan',
		summaryHint: 'Satu atau dua kalimat: kursus ini untuk siapa dan apa hasilnya.',
		slug: 'Alamat kursus (boleh dikosongkan)',
		slugHint: 'Dipakai di alamat halaman, misalnya menjahit-tas-kain. Kalau kosong, dibuat dari judul.',
		submit: 'Buat kursus'
	},
	slugErrors: {
		slugInvalid: 'Alamat hanya boleh huruf kecil a–z, angka, dan tanda minus di antara kata. Contoh: menjahit-tas-kain',
		slugTaken: 'Alamat ini sudah dipakai. Pilih alamat lain, atau kosongkan supaya dibuat otomatis.',
		slugFromTitleEmpty: 'Judul ini tidak bisa dijadikan alamat. Tulis alamatnya sendiri, misalnya modul-satu.'
	},
	course: {
		back: 'Semua kursus',
		modules: 'Modul',
		noModules: 'Kursus ini belum punya modul. Buat modul pertama di bawah ini.',
		published: (version: number) => `Terbit versi ${version}`,
		draftNewer: 'Ada draf yang belum diterbitkan',
		neverPublished: 'Belum pernah diterbitkan',
		archived: 'Diarsipkan',
		publishedTitle: (title: string) => `Judul yang dilihat peserta: ${title}`,
		edit: 'Tulis',
		view: 'Lihat',
		history: 'Riwayat versi',
		moveUp: 'Naikkan',
		moveDown: 'Turunkan',
		moveUpOf: (title: string) => `Naikkan ${title}`,
		moveDownOf: (title: string) => `Turunkan ${title}`,
		archive: 'Arsipkan',
		archiveHint: 'Modul yang diarsipkan hilang dari daftar peserta. Kemajuan dan nilai kuis mereka tetap tersimpan.',
		restore: 'Pulihkan',
		rename: 'Ganti judul',
		renameLabel: (title: string) => `Judul baru untuk ${title}`,
		renameHint: 'Judul baru masuk ke draf. Peserta melihatnya setelah Anda menerbitkan modul.',
		createHeading: 'Buat modul baru',
		moduleTitle: 'Judul modul',
		moduleTitleHint: 'Contoh: Memasang Kancing',
		moduleSlug: 'Nama file modul (boleh dikosongkan)',
		moduleSlugHint: 'Dipakai di alamat halaman dan tidak bisa diubah nanti. Kalau kosong, dibuat dari judul.',
		createSubmit: 'Buat modul',
		editorsHeading: 'Penulis kursus',
		owner: 'Pemilik',
		editor: 'Penulis',
		addEditor: 'Email atau nomor HP pelatih',
		addEditorHint: 'Pelatih itu harus sudah punya akun pelatih.',
		addEditorSubmit: 'Tambahkan penulis',
		historyHeading: 'Perubahan terakhir',
		noHistory: 'Belum ada perubahan.'
	},
	editorErrors: {
		identifierInvalid: 'Tulis email atau nomor HP yang benar, contohnya rina@contoh.id atau 0812 3456 7890.',
		trainerNotFound: 'Tidak ada pelatih dengan email atau nomor HP ini. Periksa lagi, atau minta admin membuatkan akun pelatih.',
		alreadyEditor: 'Pelatih ini sudah menjadi penulis kursus ini.'
	},
	done: {
		editorAdded: 'Penulis baru sudah ditambahkan. Sekarang ia bisa menulis di kursus ini.',
		moduleCreated: 'Modul baru sudah dibuat. Silakan mulai menulis.',
		renamed: 'Judul baru sudah masuk ke draf. Terbitkan modul supaya peserta melihatnya.',
		moved: 'Urutan modul sudah diubah.',
		archived: 'Modul sudah diarsipkan. Peserta tidak melihatnya lagi.',
		restored: 'Modul sudah dipulihkan. Peserta bisa melihatnya lagi.',
		atEdge: 'Modul ini sudah paling ujung.'
	},
	event: {
		by: (name: string | null) => name ?? 'Sistem',
		describe: (action: string, module: string | null, detail: Detail): string => {
			const target = module ? `modul ${module}` : 'modul';
			switch (action) {
				case 'course.create':
					return `membuat kursus "${str(detail.title)}"`;
				case 'course.editor-add':
					return `menambahkan ${str(detail.name)} sebagai penulis`;
				case 'module.create':
					return `membuat ${target} ("${str(detail.title)}")`;
				case 'module.rename':
					return `mengganti judul ${target} dari "${str(detail.from)}" menjadi "${str(detail.to)}" (di draf)`;
				case 'module.reorder':
					return `memindahkan ${target} dari urutan ${str(detail.from)} ke ${str(detail.to)}`;
				case 'module.archive':
					return `mengarsipkan ${target}`;
				case 'module.restore':
					return `memulihkan ${target}`;
				case 'module.publish':
					return `menerbitkan ${target} versi ${str(detail.version)}`;
				case 'module.rollback':
					return `mengembalikan ${target} dari versi ${str(detail.from)} ke versi ${str(detail.to)}`;
				case 'media.upload':
					return `mengunggah gambar ${str(detail.path)}`;
				default:
					return action;
			}
		}
	},
	editor: {
		source: 'Teks modul (Markdown)',
		sourceHint: 'Simpan sering-sering. Peserta baru melihat perubahan setelah Anda menekan Terbitkan.',
		save: 'Simpan draf',
		preview: 'Pratinjau',
		publish: 'Terbitkan',
		saved: 'Draf sudah tersimpan.',
		published: (version: number) => `Versi ${version} sudah terbit. Peserta sekarang membaca versi ini.`,
		unchanged: (version: number) => `Tidak ada perubahan. Versi ${version} tetap terbit.`,
		tooLarge: (megabytes: string) =>
			`Teks ini ${megabytes} MB, lebih dari batas 1 MB. Belum disimpan. Pecah menjadi beberapa modul, dan simpan gambar sebagai file terpisah.`,
		errorsTitle: (n: number) =>
			`Belum bisa diterbitkan: ada ${n} kesalahan. Versi yang lama tetap dibaca peserta. Teks Anda sudah tersimpan sebagai draf.`,
		errorAt: (line: number, column: number) => `Baris ${line}, kolom ${column}`,
		warningsTitle: 'Perlu diperhatikan (tidak menghalangi terbit)',
		listingTitle: 'Teks dengan nomor baris',
		live: (version: number, title: string) => `Yang dibaca peserta sekarang: versi ${version}, "${title}".`,
		liveBy: (name: string | null, when: string) => (name ? `Diterbitkan oleh ${name}, ${when}.` : `Diimpor dari folder content, ${when}.`),
		neverPublished: 'Modul ini belum pernah diterbitkan. Peserta belum melihatnya.',
		archived: 'Modul ini diarsipkan. Peserta tidak melihatnya, walaupun Anda menerbitkannya.',
		draftBy: (name: string | null, when: string) => `Draf terakhir disimpan ${name ? `oleh ${name}, ` : ''}${when}.`,
		publishedSinceDraft:
			'Perhatian: versi yang terbit sudah berubah sejak draf ini dimulai (ada yang menerbitkan atau mengembalikan versi). Periksa riwayat versi sebelum menerbitkan, supaya pekerjaan orang lain tidak tertimpa.',
		localCopy: 'Di perangkat ini ada teks yang lebih baru daripada draf yang tersimpan, mungkin karena sinyal putus sebelum tersimpan.',
		localCopyRestore: 'Pakai teks dari perangkat ini',
		localCopyDismiss: 'Abaikan',
		previewTitle: 'Pratinjau',
		previewIntro: 'Beginilah modul ini dibaca di setiap tingkat. Belum diterbitkan.',
		levelPicker: 'Pilih tingkat',
		levelHeading: (level: string) => `Tingkat ${level}`,
		questions: 'Soal kuis',
		noQuestions: 'Tidak ada soal kuis untuk tingkat ini.',
		correct: 'benar',
		answer: 'Jawaban',
		practical: 'Tugas praktik',
		practicalPhoto: 'Foto yang perlu dibuat',
		practicalRubric: 'Yang dinilai pelatih',
		sameForAll: 'Modul ini tidak punya blok tingkat: semua peserta membaca teks yang sama.'
	},
	versions: {
		title: (module: string) => `Riwayat versi: ${module}`,
		back: 'Kembali ke penyunting',
		none: 'Modul ini belum pernah diterbitkan.',
		version: (n: number) => `Versi ${n}`,
		live: 'Sedang terbit',
		by: (name: string | null, when: string) => (name ? `${name}, ${when}` : `Impor dari folder content, ${when}`),
		viewSource: 'Lihat teks',
		rollback: 'Terbitkan lagi versi ini',
		rollbackHint: 'Peserta langsung membaca versi yang Anda pilih. Draf Anda tidak berubah.',
		rolledBack: (n: number) => `Versi ${n} sekarang terbit lagi.`,
		alreadyLive: 'Versi ini sudah sedang terbit.',
		sourceTitle: (n: number, title: string) => `Teks versi ${n}: ${title}`
	}
};

export const en: typeof id = {
	contentLocale: 'en',
	when: (date: Date) => `${enDateTime.format(date)} WIB`,
	title: 'Write modules',
	intro: 'Here you write and fix course modules. Participants only see the version you have published.',
	guideLink: 'Guide to writing modules',
	guideTitle: 'Guide to writing modules',
	imagesLink: 'Course images',
	noCourses: 'There are no courses you can write yet. Create a new course below.',
	moduleCount: (n: number) => `${n} ${n === 1 ? 'module' : 'modules'}`,
	viewOnly: 'View only',
	readOnlyNotice: 'You can see this course but not change it.',
	create: {
		heading: 'Create a new course',
		title: 'Course title',
		titleHint: 'For example: Sewing Cloth Bags',
		summary: 'Summary',
		summaryHint: 'One or two sentences: who the course is for and what they will be able to do.',
		slug: 'Course address (may be left empty)',
		slugHint: 'Used in page addresses, for example sewing-cloth-bags. If empty, it is made from the title.',
		submit: 'Create course'
	},
	slugErrors: {
		slugInvalid: 'An address may only have lower-case letters a–z, digits, and a minus between words. For example: sewing-cloth-bags',
		slugTaken: 'This address is already used. Choose another, or leave it empty to have one made for you.',
		slugFromTitleEmpty: 'This title cannot be turned into an address. Write the address yourself, for example module-one.'
	},
	course: {
		back: 'All courses',
		modules: 'Modules',
		noModules: 'This course has no modules yet. Create the first one below.',
		published: (version: number) => `Published version ${version}`,
		draftNewer: 'Has an unpublished draft',
		neverPublished: 'Never published',
		archived: 'Archived',
		publishedTitle: (title: string) => `Title participants see: ${title}`,
		edit: 'Write',
		view: 'View',
		history: 'Version history',
		moveUp: 'Move up',
		moveDown: 'Move down',
		moveUpOf: (title: string) => `Move up ${title}`,
		moveDownOf: (title: string) => `Move down ${title}`,
		archive: 'Archive',
		archiveHint: 'Archived modules disappear from participants’ lists. Their progress and quiz results are kept.',
		restore: 'Restore',
		rename: 'Change title',
		renameLabel: (title: string) => `New title for ${title}`,
		renameHint: 'The new title goes into the draft. Participants see it once you publish the module.',
		createHeading: 'Create a new module',
		moduleTitle: 'Module title',
		moduleTitleHint: 'For example: Sewing on Buttons',
		moduleSlug: 'Module file name (may be left empty)',
		moduleSlugHint: 'Used in page addresses and cannot be changed later. If empty, it is made from the title.',
		createSubmit: 'Create module',
		editorsHeading: 'Course writers',
		owner: 'Owner',
		editor: 'Writer',
		addEditor: 'Trainer’s email or phone number',
		addEditorHint: 'The trainer must already have a trainer account.',
		addEditorSubmit: 'Add writer',
		historyHeading: 'Recent changes',
		noHistory: 'No changes yet.'
	},
	editorErrors: {
		identifierInvalid: 'Write a valid email or phone number, for example rina@example.id or 0812 3456 7890.',
		trainerNotFound: 'There is no trainer with this email or phone number. Check it, or ask an admin to create a trainer account.',
		alreadyEditor: 'This trainer already writes for this course.'
	},
	done: {
		editorAdded: 'The new writer has been added and can now write in this course.',
		moduleCreated: 'The new module has been created. You can start writing.',
		renamed: 'The new title is in the draft. Publish the module for participants to see it.',
		moved: 'The module order has been changed.',
		archived: 'The module has been archived. Participants no longer see it.',
		restored: 'The module has been restored. Participants can see it again.',
		atEdge: 'This module is already at the end.'
	},
	event: {
		by: (name: string | null) => name ?? 'System',
		describe: (action: string, module: string | null, detail: Detail): string => {
			const target = module ? `module ${module}` : 'a module';
			switch (action) {
				case 'course.create':
					return `created the course "${str(detail.title)}"`;
				case 'course.editor-add':
					return `added ${str(detail.name)} as a writer`;
				case 'module.create':
					return `created ${target} ("${str(detail.title)}")`;
				case 'module.rename':
					return `renamed ${target} from "${str(detail.from)}" to "${str(detail.to)}" (in the draft)`;
				case 'module.reorder':
					return `moved ${target} from place ${str(detail.from)} to ${str(detail.to)}`;
				case 'module.archive':
					return `archived ${target}`;
				case 'module.restore':
					return `restored ${target}`;
				case 'module.publish':
					return `published ${target} version ${str(detail.version)}`;
				case 'module.rollback':
					return `rolled ${target} back from version ${str(detail.from)} to version ${str(detail.to)}`;
				case 'media.upload':
					return `uploaded the image ${str(detail.path)}`;
				default:
					return action;
			}
		}
	},
	editor: {
		source: 'Module text (Markdown)',
		sourceHint: 'Save often. Participants only see changes after you press Publish.',
		save: 'Save draft',
		preview: 'Preview',
		publish: 'Publish',
		saved: 'The draft has been saved.',
		published: (version: number) => `Version ${version} is published. Participants now read this version.`,
		unchanged: (version: number) => `Nothing changed. Version ${version} stays published.`,
		tooLarge: (megabytes: string) =>
			`This text is ${megabytes} MB, over the 1 MB limit. It has not been saved. Split it into several modules, and keep images as separate files.`,
		errorsTitle: (n: number) =>
			`Cannot publish yet: ${n === 1 ? 'there is 1 mistake' : `there are ${n} mistakes`}. Participants keep reading the old version. Your text has been saved as a draft.`,
		errorAt: (line: number, column: number) => `Line ${line}, column ${column}`,
		warningsTitle: 'Worth a look (publishing is still possible)',
		listingTitle: 'The text with line numbers',
		live: (version: number, title: string) => `What participants read now: version ${version}, "${title}".`,
		liveBy: (name: string | null, when: string) => (name ? `Published by ${name}, ${when}.` : `Imported from the content folder, ${when}.`),
		neverPublished: 'This module has never been published. Participants do not see it yet.',
		archived: 'This module is archived. Participants do not see it, even if you publish it.',
		draftBy: (name: string | null, when: string) => `Draft last saved ${name ? `by ${name}, ` : ''}${when}.`,
		publishedSinceDraft:
			'Careful: the published version changed after this draft was started (someone published or rolled back). Check the version history before publishing, so that nobody’s work is overwritten.',
		localCopy: 'This device has a newer text than the saved draft, perhaps because the signal dropped before it was saved.',
		localCopyRestore: 'Use the text from this device',
		localCopyDismiss: 'Ignore',
		previewTitle: 'Preview',
		previewIntro: 'This is how the module reads at each level. Not published yet.',
		levelPicker: 'Choose a level',
		levelHeading: (level: string) => `${level} level`,
		questions: 'Quiz questions',
		noQuestions: 'No quiz questions for this level.',
		correct: 'correct',
		answer: 'Answer',
		practical: 'Practical task',
		practicalPhoto: 'Photo to take',
		practicalRubric: 'What the trainer checks',
		sameForAll: 'This module has no level blocks: every participant reads the same text.'
	},
	versions: {
		title: (module: string) => `Version history: ${module}`,
		back: 'Back to the editor',
		none: 'This module has never been published.',
		version: (n: number) => `Version ${n}`,
		live: 'Published now',
		by: (name: string | null, when: string) => (name ? `${name}, ${when}` : `Imported from the content folder, ${when}`),
		viewSource: 'View text',
		rollback: 'Publish this version again',
		rollbackHint: 'Participants read the version you choose straight away. Your draft does not change.',
		rolledBack: (n: number) => `Version ${n} is published again.`,
		alreadyLive: 'This version is already published.',
		sourceTitle: (n: number, title: string) => `Text of version ${n}: ${title}`
	}
};
