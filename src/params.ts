import { defineParams } from '@sveltejs/kit/params';

// Bad URLs are 404 here, before any query runs.
export const params = defineParams({
	/** Course and module slugs: folder and file names under content/. */
	slug: (param: string) => (/^[a-z0-9][a-z0-9-]{0,79}$/.test(param) ? param : undefined),
	/** Database ids (cuid). */
	id: (param: string) => (/^[a-z0-9]{20,40}$/.test(param) ? param : undefined),
	/**
	 * A certificate code as a person may type it (any case, with or without dashes). Loose on
	 * purpose: a code that is not quite right gets the verification page's own clear message,
	 * not the generic 404; the load checks the exact format (src/lib/certificate-code.ts) before
	 * any query. No import here: the build loads this file with plain Node.
	 */
	certificateCode: (param: string) => (/^[0-9A-Za-z-]{1,40}$/.test(param) ? param : undefined),
	/** The course's tests: tes/awal (pre-test), tes/akhir (post-test). */
	courseTest: (param: string) => (param === 'awal' || param === 'akhir' ? param : undefined),
	/** A report download: a table of the report, raw records, or the xAPI statements. */
	exportFile: (param: string) =>
		['corong', 'modul', 'soal', 'peserta', 'pendaftaran', 'kuis', 'tugas', 'xapi'].includes(param) ? param : undefined
});
