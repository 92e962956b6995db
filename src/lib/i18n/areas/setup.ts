/**
 * UI messages for setting up programs: admin pages (programs, staff accounts), organizer
 * pages (cohorts, trainers, CSV enrollment, one-time PINs), joining a second cohort.
 * Bahasa Indonesia first, English second.
 */
const number = (value: number, locale: string) => value.toLocaleString(locale);

export const id = {
	nav: { admin: 'Admin' },
	errors: {
		required: 'Bagian ini wajib diisi.',
		tooLong: (max: number) => `Terlalu panjang. Paling banyak ${max} huruf.`,
		nameInvalid: 'Tulis nama 2 sampai 80 huruf.',
		programNameInvalid: 'Tulis nama program 3 sampai 120 huruf.',
		roleInvalid: 'Pilih peran.',
		contactMissing: 'Isi nomor HP atau email (salah satu cukup).',
		contactInvalid: 'Tulis nomor HP yang mulai dengan 08, atau alamat email.',
		emailInvalid: 'Alamat email belum benar. Contoh: nama@contoh.id',
		phoneInvalid: 'Nomor HP belum benar. Tulis nomor yang mulai dengan 08, contohnya 0812 3456 7890.',
		emailTaken: 'Email ini sudah dipakai akun lain.',
		phoneTaken: 'Nomor HP ini sudah dipakai akun lain.',
		contactTaken: 'Nomor atau email ini sudah dipakai akun lain yang bukan pelatih.',
		notATrainer: 'Akun ini bukan akun pelatih, atau sudah dinonaktifkan. Minta admin memeriksanya.',
		organizerInvalid: 'Pilih penyelenggara dari daftar.',
		courseInvalid: 'Ada kursus yang tidak dikenal. Pilih lagi dari daftar.',
		dateInvalid: 'Tanggal belum benar.',
		dateOrder: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
		passwordTooShort: 'Kata sandi paling sedikit 8 huruf atau angka.',
		passwordTooLong: 'Kata sandi terlalu panjang.',
		passwordMismatch: 'Kedua kata sandi tidak sama. Ketik ulang dengan teliti.'
	},
	login: {
		deactivated: 'Akun ini sudah dinonaktifkan. Hubungi penyelenggara program atau admin bila Anda perlu masuk lagi.'
	},
	changePassword: {
		title: 'Ganti kata sandi',
		intro: 'Anda masuk dengan kata sandi sekali pakai. Buat kata sandi baru yang hanya Anda tahu (paling sedikit 8 huruf atau angka).',
		password: 'Kata sandi baru',
		passwordConfirm: 'Ulangi kata sandi baru',
		submit: 'Simpan kata sandi'
	},
	admin: {
		title: 'Admin',
		programs: 'Program',
		accounts: 'Akun staf',
		programsIntro: 'Buat program, lalu pilih penyelenggaranya. Penyelenggara membuat kelompok dan mendaftarkan peserta.',
		noPrograms: 'Belum ada program.',
		newProgram: 'Program baru',
		programName: 'Nama program',
		programNameHint: 'Contoh: Pelatihan Menjahit Wonosobo 2027',
		organizer: 'Penyelenggara',
		noOrganizer: '— pilih nanti —',
		noOrganizerAccounts: 'Belum ada akun penyelenggara. Buat dulu di halaman Akun staf.',
		createProgram: 'Buat program',
		cohortCount: (count: number) => `${count} kelompok`,
		organizers: 'Penyelenggara',
		noOrganizers: 'Belum ada penyelenggara.',
		editProgram: 'Ubah program',
		rename: 'Simpan nama',
		addOrganizer: 'Tambah penyelenggara',
		remove: 'Lepas',
		saved: 'Tersimpan.',
		backToPrograms: 'Kembali ke daftar program',
		accountsIntro:
			'Akun untuk pelatih, penyelenggara dan admin. Setiap akun baru mendapat kata sandi sekali pakai; orangnya membuat kata sandi sendiri saat pertama masuk.',
		newAccount: 'Akun baru',
		role: 'Peran',
		name: 'Nama',
		phone: 'Nomor HP',
		email: 'Email',
		contactHint: 'Isi nomor HP atau email, atau keduanya. Itulah yang dipakai untuk masuk.',
		createAccount: 'Buat akun',
		oneTimePassword: (name: string) => `Kata sandi sekali pakai untuk ${name}:`,
		oneTimePasswordNote:
			'Catat dan berikan kepada orangnya sekarang. Kata sandi ini hanya ditampilkan sekali dan harus diganti saat pertama masuk.',
		deactivate: 'Nonaktifkan',
		confirmDeactivate: (name: string) => `Ya, nonaktifkan ${name}`,
		reactivate: 'Aktifkan lagi',
		deactivated: 'Nonaktif',
		mustChange: 'Belum ganti kata sandi',
		deactivateNote: 'Akun nonaktif langsung keluar dari semua perangkat dan tidak bisa masuk. Datanya tetap tersimpan.',
		ownAccount: 'Anda tidak bisa menonaktifkan akun Anda sendiri.'
	},
	organize: {
		openProgram: 'Lihat kelompok di program ini',
		cohorts: 'Kelompok',
		noCohorts: 'Belum ada kelompok di program ini.',
		newCohort: 'Buat kelompok baru',
		participants: (count: number) => `${count} peserta`,
		closed: 'Pendaftaran ditutup',
		backToProgram: (program: string) => `Kembali ke ${program}`,
		backToCohort: (cohort: string) => `Kembali ke ${cohort}`
	},
	cohortForm: {
		createTitle: 'Kelompok baru',
		editTitle: 'Ubah kelompok',
		name: 'Nama kelompok',
		nameHint: 'Contoh: Menjahit Tlogomulyo Angkatan 1',
		courses: 'Kursus',
		coursesHint: 'Pilih kursus yang dipelajari kelompok ini.',
		noCourses: 'Belum ada kursus di perpustakaan.',
		dates: 'Waktu',
		startsOn: 'Tanggal mulai',
		endsOn: 'Tanggal selesai',
		place: 'Tempat',
		province: 'Provinsi',
		regency: 'Kabupaten/Kota',
		district: 'Kecamatan',
		village: 'Desa/Kelurahan',
		communityGroup: 'Kelompok masyarakat (boleh kosong)',
		communityGroupHint: 'Misalnya pokmas, KWT atau kelompok PKK yang ikut menjalankan.',
		create: 'Buat kelompok',
		save: 'Simpan perubahan'
	},
	cohort: {
		edit: 'Ubah data kelompok',
		program: 'Program',
		dates: 'Waktu',
		place: 'Tempat',
		courses: 'Kursus',
		noCourses: 'Belum ada kursus. Pilih kursus lewat “Ubah data kelompok”.',
		joinTitle: 'Kode gabung',
		joinIntro: 'Peserta bisa mendaftar sendiri dengan kode ini, atau dengan membuka tautan di bawah.',
		joinLink: 'Tautan gabung',
		rotate: 'Buat kode baru',
		rotateNote: 'Kode lama langsung tidak berlaku.',
		rotated: 'Kode baru sudah dibuat. Kode lama tidak berlaku lagi.',
		closeJoining: 'Tutup pendaftaran',
		openJoining: 'Buka pendaftaran lagi',
		joiningClosed: 'Pendaftaran ditutup. Kode ini tidak bisa dipakai untuk bergabung.',
		trainersTitle: 'Pelatih dan mentor',
		noTrainers: 'Belum ada pelatih.',
		roleTrainer: 'Pelatih',
		roleMentor: 'Mentor industri',
		removeTrainer: 'Lepas',
		addTrainerTitle: 'Tambah pelatih atau mentor',
		contact: 'Nomor HP atau email',
		contactHint: 'Kalau belum punya akun, isi juga namanya: akun pelatih dibuat dengan kata sandi sekali pakai.',
		trainerName: 'Nama (untuk akun baru)',
		trainerRole: 'Sebagai',
		mayAuthor: 'Boleh mengubah materi kursus kelompok ini',
		mayAuthorHint: 'Mentor tidak bisa mengubah materi, kecuali Anda centang ini.',
		addTrainer: 'Tambahkan',
		trainerAdded: (name: string) => `${name} sudah ditambahkan.`,
		participantsTitle: (count: number) => `Peserta (${count})`,
		noParticipants: 'Belum ada peserta. Tambahkan dari file CSV, atau bagikan kode gabung.',
		importCsv: 'Tambah peserta dari file CSV',
		pinsWaiting: (count: number) => `${count} peserta belum punya PIN`,
		printPins: 'Buat PIN untuk dicetak atau dikirim',
		noPin: 'Belum punya PIN',
		mustChangePin: 'Belum ganti PIN',
		moveTitle: 'Pindahkan peserta ke kelompok lain',
		moveWho: 'Peserta',
		moveTo: 'Pindah ke kelompok',
		move: 'Pindahkan',
		moved: 'Peserta sudah dipindahkan. Kemajuan belajarnya tetap tersimpan.',
		moveNote: 'Kemajuan belajar peserta ikut pindah.'
	},
	import: {
		title: 'Tambah peserta dari CSV',
		intro: 'Siapkan tabel di Excel atau Google Sheets dengan baris judul, lalu simpan sebagai CSV.',
		columns: 'Kolom yang dibaca:',
		columnList: [
			'Nama (wajib)',
			'No HP (wajib), contoh 0812 3456 7890',
			'Tahun lahir (boleh kosong), contoh 1987',
			'Jenis kelamin (boleh kosong): P atau L',
			'Desa (boleh kosong)'
		],
		limits: (rows: number) => `Paling banyak ${number(rows, 'id-ID')} baris dalam satu file. Pemisah koma atau titik koma, keduanya bisa.`,
		excelTip:
			'Di Excel: File › Simpan Sebagai › pilih “CSV UTF-8”. Supaya angka 0 di depan nomor HP tidak hilang, atur kolom No HP sebagai Teks.',
		file: 'File CSV',
		upload: 'Periksa file',
		nothingImported: 'Belum ada yang disimpan. Periksa dulu hasilnya di halaman berikut.',
		problems: {
			required: 'Pilih file CSV dulu, lalu tekan “Periksa file”.',
			empty: 'File ini kosong, atau hanya berisi baris judul.',
			'too-large': (bytes: number) => `File ini terlalu besar. Paling besar ${Math.round(bytes / 1024 / 1024)} MB.`,
			'too-many-rows': (max: number, rows: number) =>
				`File ini berisi ${number(rows, 'id-ID')} baris. Paling banyak ${number(max, 'id-ID')} baris sekali unggah: bagi menjadi beberapa file.`,
			'wrong-delimiter':
				'Kolom di file ini tidak dipisah dengan koma atau titik koma (mungkin dengan tab). Simpan lagi dari Excel sebagai “CSV UTF-8”.',
			'missing-columns': (missing: string) =>
				`Kolom ${missing} tidak ditemukan di baris judul. Baris pertama harus berisi judul kolom, misalnya: Nama;No HP;Tahun lahir;Jenis kelamin;Desa`,
			malformed: (line: number) => `File tidak bisa dibaca mulai baris ${line}. Periksa tanda kutip (") di baris itu.`,
			columnName: 'Nama',
			columnPhone: 'No HP'
		}
	},
	preview: {
		title: 'Periksa sebelum disimpan',
		summary: (valid: number, invalid: number) =>
			invalid === 0
				? `Semua ${number(valid, 'id-ID')} baris siap disimpan.`
				: `${number(valid, 'id-ID')} baris siap, ${number(invalid, 'id-ID')} baris perlu diperbaiki.`,
		nothingSaved: 'Belum ada peserta yang disimpan. Peserta baru disimpan setelah semua baris benar.',
		problemsTitle: 'Baris yang perlu diperbaiki',
		line: (line: number) => `Baris ${line}`,
		fixHint: 'Perbaiki baris ini di file, lalu unggah lagi. Atau lewati baris yang salah dan simpan yang benar saja.',
		dropInvalid: (count: number) => `Lewati ${count} baris yang salah`,
		reupload: 'Unggah file yang sudah diperbaiki',
		import: (count: number) => `Simpan ${number(count, 'id-ID')} peserta`,
		readyTitle: 'Baris yang siap',
		showReady: (count: number) => `Lihat ${number(count, 'id-ID')} baris yang siap`,
		moreRows: (count: number) => `dan ${number(count, 'id-ID')} baris lainnya`,
		gone: 'Unggahan ini sudah tidak ada (sudah disimpan, atau lewat 2 jam). Unggah filenya lagi.',
		rowsInvalid:
			'Ada baris yang berubah sejak diperiksa (misalnya nomor HP baru saja terdaftar). Tidak ada yang disimpan. Periksa daftar di bawah.',
		dropped: (count: number) => `${count} baris dilewati. Sisanya siap disimpan.`,
		problem: {
			'name-invalid': 'Nama kosong atau terlalu pendek/panjang (2–80 huruf).',
			'phone-missing': 'Nomor HP kosong.',
			'phone-invalid': 'Nomor HP belum benar. Harus nomor HP Indonesia, mulai 08 atau +62.',
			'phone-scientific':
				'Nomor HP tertulis seperti 6,28E+12: Excel mengubahnya. Atur kolom No HP sebagai Teks, lalu ketik ulang nomornya.',
			'phone-repeated': (line: number) => `Nomor HP sama dengan baris ${line}.`,
			'phone-in-cohort': 'Peserta dengan nomor ini sudah ada di kelompok ini.',
			'phone-in-program': (cohort: string) =>
				`Nomor ini sudah terdaftar di kelompok “${cohort}” dalam program ini. Pindahkan dari halaman kelompok itu bila perlu.`,
			'phone-has-account': 'Nomor ini sudah punya akun Berdaya. Minta orangnya masuk, lalu gabung dengan kode kelompok ini.',
			'birth-year-invalid': 'Tahun lahir belum benar (4 angka, contoh 1987).',
			'gender-invalid': 'Jenis kelamin ditulis P atau L.',
			'village-too-long': 'Nama desa terlalu panjang (paling banyak 80 huruf).'
		}
	},
	pins: {
		title: 'PIN sekali pakai',
		intro: 'Peserta baru masuk dengan nomor HP dan PIN sekali pakai, lalu membuat PIN sendiri.',
		imported: (count: number) => `${number(count, 'id-ID')} peserta sudah tersimpan di kelompok ini. Sekarang buat PIN mereka.`,
		waiting: (count: number) => `${number(count, 'id-ID')} peserta belum punya PIN.`,
		none: 'Semua peserta sudah punya PIN.',
		issue: (count: number) => `Buat PIN untuk ${number(count, 'id-ID')} peserta`,
		batchNote: (size: number) => `PIN dibuat paling banyak ${size} sekaligus. PIN hanya ditampilkan sekali: cetak atau kirim sekarang.`,
		issuedTitle: 'PIN baru',
		printHint: 'Untuk mencetak: buka menu browser, lalu pilih Cetak/Print. Potong per kotak dan berikan kepada tiap peserta.',
		remaining: (count: number) =>
			`Masih ${number(count, 'id-ID')} peserta menunggu PIN. Tekan tombol di atas lagi untuk kelompok berikutnya.`,
		pinLabel: 'PIN',
		phoneLabel: 'No HP',
		send: 'Kirim lewat WhatsApp',
		slipNote: 'Masuk dengan nomor HP dan PIN ini, lalu buat PIN baru.',
		whatsAppText: (name: string, pin: string, url: string) =>
			`Halo ${name}, ini PIN sementara Anda untuk Berdaya: ${pin}. Buka ${url}, masuk dengan nomor HP Anda dan PIN ini, lalu buat PIN baru. Jangan beri tahu PIN ini kepada siapa pun.`
	},
	joinAnother: {
		title: 'Gabung ke kelompok lain',
		intro: 'Dapat kode dari pelatih untuk kelompok baru? Tulis di sini. Kemajuan belajar Anda tetap tersimpan.',
		link: 'Gabung ke kelompok lain',
		code: 'Kode kelompok',
		codeHint: 'Contoh: JHT7-K2PM',
		submit: 'Gabung',
		joined: (cohort: string) => `Anda sudah bergabung di kelompok ${cohort}.`,
		already: (cohort: string) => `Anda sudah terdaftar di kelompok ${cohort}.`
	}
};

export const en: typeof id = {
	nav: { admin: 'Admin' },
	errors: {
		required: 'This is required.',
		tooLong: (max: number) => `Too long. At most ${max} characters.`,
		nameInvalid: 'Write a name of 2 to 80 characters.',
		programNameInvalid: 'Write a program name of 3 to 120 characters.',
		roleInvalid: 'Choose a role.',
		contactMissing: 'Fill in a phone number or an email (one is enough).',
		contactInvalid: 'Write a phone number starting with 08, or an email address.',
		emailInvalid: 'The email address is not right. Example: name@example.id',
		phoneInvalid: 'The phone number is not right. Write a number starting with 08, e.g. 0812 3456 7890.',
		emailTaken: 'This email is used by another account.',
		phoneTaken: 'This phone number is used by another account.',
		contactTaken: 'This number or email belongs to another account that is not a trainer.',
		notATrainer: 'This account is not a trainer account, or it is deactivated. Ask the admin to check it.',
		organizerInvalid: 'Choose an organizer from the list.',
		courseInvalid: 'A course is unknown. Choose again from the list.',
		dateInvalid: 'The date is not right.',
		dateOrder: 'The end date cannot be before the start date.',
		passwordTooShort: 'The password needs at least 8 characters.',
		passwordTooLong: 'The password is too long.',
		passwordMismatch: 'The two passwords differ. Type them again carefully.'
	},
	login: {
		deactivated: 'This account has been deactivated. Contact the program organizer or the admin if you need to sign in again.'
	},
	changePassword: {
		title: 'Change password',
		intro: 'You signed in with a one-time password. Choose a new password only you know (at least 8 characters).',
		password: 'New password',
		passwordConfirm: 'Repeat the new password',
		submit: 'Save password'
	},
	admin: {
		title: 'Admin',
		programs: 'Programs',
		accounts: 'Staff accounts',
		programsIntro: 'Create a program, then choose its organizer. Organizers create cohorts and enroll participants.',
		noPrograms: 'No programs yet.',
		newProgram: 'New program',
		programName: 'Program name',
		programNameHint: 'Example: Sewing Training Wonosobo 2027',
		organizer: 'Organizer',
		noOrganizer: '— choose later —',
		noOrganizerAccounts: 'No organizer accounts yet. Create one under Staff accounts first.',
		createProgram: 'Create program',
		cohortCount: (count: number) => `${count} cohorts`,
		organizers: 'Organizers',
		noOrganizers: 'No organizers yet.',
		editProgram: 'Edit program',
		rename: 'Save name',
		addOrganizer: 'Add organizer',
		remove: 'Remove',
		saved: 'Saved.',
		backToPrograms: 'Back to programs',
		accountsIntro:
			'Accounts for trainers, organizers and admins. Every new account gets a one-time password; the person chooses their own at first sign-in.',
		newAccount: 'New account',
		role: 'Role',
		name: 'Name',
		phone: 'Phone number',
		email: 'Email',
		contactHint: 'Fill in a phone number, an email, or both. That is what they sign in with.',
		createAccount: 'Create account',
		oneTimePassword: (name: string) => `One-time password for ${name}:`,
		oneTimePasswordNote: 'Write it down and give it to them now. It is shown only once and must be changed at the first sign-in.',
		deactivate: 'Deactivate',
		confirmDeactivate: (name: string) => `Yes, deactivate ${name}`,
		reactivate: 'Reactivate',
		deactivated: 'Deactivated',
		mustChange: 'Password not changed yet',
		deactivateNote: 'A deactivated account is signed out everywhere at once and cannot sign in. Its data stays.',
		ownAccount: 'You cannot deactivate your own account.'
	},
	organize: {
		openProgram: 'See the cohorts of this program',
		cohorts: 'Cohorts',
		noCohorts: 'No cohorts in this program yet.',
		newCohort: 'Create a new cohort',
		participants: (count: number) => `${count} participants`,
		closed: 'Joining closed',
		backToProgram: (program: string) => `Back to ${program}`,
		backToCohort: (cohort: string) => `Back to ${cohort}`
	},
	cohortForm: {
		createTitle: 'New cohort',
		editTitle: 'Edit cohort',
		name: 'Cohort name',
		nameHint: 'Example: Sewing Tlogomulyo Batch 1',
		courses: 'Courses',
		coursesHint: 'Choose the courses this cohort studies.',
		noCourses: 'There are no courses in the library yet.',
		dates: 'Dates',
		startsOn: 'Start date',
		endsOn: 'End date',
		place: 'Place',
		province: 'Province',
		regency: 'Regency/City (kabupaten/kota)',
		district: 'District (kecamatan)',
		village: 'Village (desa/kelurahan)',
		communityGroup: 'Community group (optional)',
		communityGroupHint: 'For example a pokmas, a women farmers’ group or a PKK group that helps run it.',
		create: 'Create cohort',
		save: 'Save changes'
	},
	cohort: {
		edit: 'Edit cohort details',
		program: 'Program',
		dates: 'Dates',
		place: 'Place',
		courses: 'Courses',
		noCourses: 'No courses yet. Choose courses under “Edit cohort details”.',
		joinTitle: 'Join code',
		joinIntro: 'Participants can sign up themselves with this code, or by opening the link below.',
		joinLink: 'Join link',
		rotate: 'Make a new code',
		rotateNote: 'The old code stops working at once.',
		rotated: 'A new code was made. The old one no longer works.',
		closeJoining: 'Close joining',
		openJoining: 'Open joining again',
		joiningClosed: 'Joining is closed. This code cannot be used to join.',
		trainersTitle: 'Trainers and mentors',
		noTrainers: 'No trainers yet.',
		roleTrainer: 'Trainer',
		roleMentor: 'Industry mentor',
		removeTrainer: 'Remove',
		addTrainerTitle: 'Add a trainer or mentor',
		contact: 'Phone number or email',
		contactHint: 'If they have no account yet, fill in their name too: a trainer account is created with a one-time password.',
		trainerName: 'Name (for a new account)',
		trainerRole: 'As',
		mayAuthor: 'May change the course material of this cohort',
		mayAuthorHint: 'Mentors cannot change material unless you tick this.',
		addTrainer: 'Add',
		trainerAdded: (name: string) => `${name} was added.`,
		participantsTitle: (count: number) => `Participants (${count})`,
		noParticipants: 'No participants yet. Add them from a CSV file, or share the join code.',
		importCsv: 'Add participants from a CSV file',
		pinsWaiting: (count: number) => `${count} participants have no PIN yet`,
		printPins: 'Make PINs to print or send',
		noPin: 'No PIN yet',
		mustChangePin: 'PIN not changed yet',
		moveTitle: 'Move a participant to another cohort',
		moveWho: 'Participant',
		moveTo: 'Move to cohort',
		move: 'Move',
		moved: 'The participant was moved. Their learning progress is kept.',
		moveNote: 'The participant’s progress moves with them.'
	},
	import: {
		title: 'Add participants from CSV',
		intro: 'Prepare a table in Excel or Google Sheets with a header row, then save it as CSV.',
		columns: 'Columns read:',
		columnList: [
			'Name (required)',
			'Phone (required), e.g. 0812 3456 7890',
			'Birth year (optional), e.g. 1987',
			'Gender (optional): P (female) or L (male)',
			'Village (optional)'
		],
		limits: (rows: number) => `At most ${number(rows, 'en')} rows in one file. Comma or semicolon separated, both work.`,
		excelTip:
			'In Excel: File › Save As › choose “CSV UTF-8”. So that the leading 0 of phone numbers is kept, format the phone column as Text.',
		file: 'CSV file',
		upload: 'Check file',
		nothingImported: 'Nothing is saved yet. You will check the result on the next page first.',
		problems: {
			required: 'Choose a CSV file first, then press “Check file”.',
			empty: 'This file is empty, or has only a header row.',
			'too-large': (bytes: number) => `This file is too large. At most ${Math.round(bytes / 1024 / 1024)} MB.`,
			'too-many-rows': (max: number, rows: number) =>
				`This file has ${number(rows, 'en')} rows. At most ${number(max, 'en')} rows per upload: split it into several files.`,
			'wrong-delimiter':
				'The columns in this file are not separated by commas or semicolons (perhaps by tabs). Save it again from Excel as “CSV UTF-8”.',
			'missing-columns': (missing: string) =>
				`Column ${missing} was not found in the header row. The first row must hold the column titles, e.g.: Name;Phone;Birth year;Gender;Village`,
			malformed: (line: number) => `The file cannot be read from line ${line}. Check the quotes (") on that line.`,
			columnName: 'Name',
			columnPhone: 'Phone'
		}
	},
	preview: {
		title: 'Check before saving',
		summary: (valid: number, invalid: number) =>
			invalid === 0
				? `All ${number(valid, 'en')} rows are ready to save.`
				: `${number(valid, 'en')} rows ready, ${number(invalid, 'en')} rows need fixing.`,
		nothingSaved: 'No participant has been saved yet. New participants are saved once every row is right.',
		problemsTitle: 'Rows to fix',
		line: (line: number) => `Line ${line}`,
		fixHint: 'Fix these lines in the file and upload it again. Or skip the wrong rows and save the right ones only.',
		dropInvalid: (count: number) => `Skip ${count} wrong rows`,
		reupload: 'Upload the corrected file',
		import: (count: number) => `Save ${number(count, 'en')} participants`,
		readyTitle: 'Rows ready',
		showReady: (count: number) => `Show ${number(count, 'en')} rows that are ready`,
		moreRows: (count: number) => `and ${number(count, 'en')} more rows`,
		gone: 'This upload no longer exists (already saved, or older than 2 hours). Upload the file again.',
		rowsInvalid:
			'Some rows changed since they were checked (for example a number was just registered). Nothing was saved. Check the list below.',
		dropped: (count: number) => `${count} rows skipped. The rest is ready to save.`,
		problem: {
			'name-invalid': 'The name is empty or too short/long (2–80 characters).',
			'phone-missing': 'The phone number is empty.',
			'phone-invalid': 'The phone number is not right. It must be an Indonesian mobile number starting with 08 or +62.',
			'phone-scientific':
				'The phone number reads like 6.28E+12: Excel changed it. Format the phone column as Text and type the number again.',
			'phone-repeated': (line: number) => `Same phone number as line ${line}.`,
			'phone-in-cohort': 'A participant with this number is already in this cohort.',
			'phone-in-program': (cohort: string) =>
				`This number is already in cohort “${cohort}” of this program. Move them from that cohort’s page if needed.`,
			'phone-has-account': 'This number already has a Berdaya account. Ask the person to sign in and join with this cohort’s code.',
			'birth-year-invalid': 'The birth year is not right (4 digits, e.g. 1987).',
			'gender-invalid': 'Write the gender as P or L.',
			'village-too-long': 'The village name is too long (at most 80 characters).'
		}
	},
	pins: {
		title: 'One-time PINs',
		intro: 'New participants sign in with their phone number and a one-time PIN, then choose their own PIN.',
		imported: (count: number) => `${number(count, 'en')} participants were saved in this cohort. Now make their PINs.`,
		waiting: (count: number) => `${number(count, 'en')} participants have no PIN yet.`,
		none: 'Every participant has a PIN.',
		issue: (count: number) => `Make PINs for ${number(count, 'en')} participants`,
		batchNote: (size: number) => `PINs are made at most ${size} at a time. They are shown only once: print or send them now.`,
		issuedTitle: 'New PINs',
		printHint: 'To print: open the browser menu and choose Print. Cut along the boxes and hand one to each participant.',
		remaining: (count: number) =>
			`${number(count, 'en')} participants still wait for a PIN. Press the button above again for the next batch.`,
		pinLabel: 'PIN',
		phoneLabel: 'Phone',
		send: 'Send via WhatsApp',
		slipNote: 'Sign in with this phone number and PIN, then choose a new PIN.',
		whatsAppText: (name: string, pin: string, url: string) =>
			`Hello ${name}, this is your temporary PIN for Berdaya: ${pin}. Open ${url}, sign in with your phone number and this PIN, then choose a new PIN. Do not tell anyone this PIN.`
	},
	joinAnother: {
		title: 'Join another cohort',
		intro: 'Got a code from your trainer for a new cohort? Write it here. Your learning progress is kept.',
		link: 'Join another cohort',
		code: 'Cohort code',
		codeHint: 'Example: JHT7-K2PM',
		submit: 'Join',
		joined: (cohort: string) => `You have joined cohort ${cohort}.`,
		already: (cohort: string) => `You are already in cohort ${cohort}.`
	}
};

export type SetupErrorCode = Exclude<keyof (typeof id)['errors'], 'tooLong'> | `tooLong:${number}`;

/** Error codes from the set-up forms (zod messages and domain reasons) in the reader's language. */
export function setupErrorText(messages: typeof id, code: string | undefined): string | undefined {
	if (!code) return undefined;
	if (code.startsWith('tooLong:')) return messages.errors.tooLong(Number(code.slice('tooLong:'.length)));
	const text = messages.errors[code as Exclude<SetupErrorCode, `tooLong:${number}`>];
	return typeof text === 'string' ? text : messages.errors.required;
}
