/**
 * UI messages for setting up programs: admin pages (programs, staff accounts), organizer
 * pages (cohorts, trainers, CSV enrollment, one-time PINs), joining a second cohort.
 * Bahasa Indonesia first, English second.
 */
export const id = {
	placeholder: ''
};

export const en: typeof id = {
	placeholder: ''
};
