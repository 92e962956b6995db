/**
 * UI messages for reading a lesson on a small screen: steps and read-aloud. Bahasa Indonesia
 * first, English second; id.ts and en.ts include them as `reading`.
 */
export const id = {
	steps: {
		nav: 'Langkah pelajaran',
		counter: (step: number, total: number) => `Langkah ${step} dari ${total}`,
		next: 'Lanjut',
		previous: 'Kembali',
		showAll: 'Tampilkan semua',
		showSteps: 'Tampilkan per langkah'
	},
	readAloud: {
		/** The play button's name starts with this word, then the block's first words. */
		label: 'Bacakan'
	}
};

export const en: typeof id = {
	steps: {
		nav: 'Lesson steps',
		counter: (step, total) => `Step ${step} of ${total}`,
		next: 'Next',
		previous: 'Back',
		showAll: 'Show all',
		showSteps: 'Show step by step'
	},
	readAloud: {
		label: 'Read aloud'
	}
};
