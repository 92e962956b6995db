import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as enrollmentImport from '#lib/server/cohorts/enrollment-import';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

/** The page shows every problem row but only the first valid ones: 5,000 rows would be ~1 MB of HTML. */
const READY_ROWS_SHOWN = 50;
const PROBLEM_ROWS_SHOWN = 500;

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['organizer', 'admin']);
	const preview = await enrollmentImport.previewEnrollmentImport(user, event.params.cohort, event.params.upload);
	if (!preview) error(404, messagesFor(event.locals.locale).setup.preview.gone);
	const problemRows = preview.rows.filter((row) => row.problems.length > 0);
	const readyRows = preview.rows.filter((row) => row.problems.length === 0);
	const shown = ({ line, name, phone, problems }: (typeof preview.rows)[number]) => ({ line, name, phone, problems });
	return {
		cohortId: event.params.cohort,
		cohortName: preview.cohortName,
		validCount: preview.validCount,
		invalidCount: preview.invalidCount,
		problemRows: problemRows.slice(0, PROBLEM_ROWS_SHOWN).map(shown),
		readyRows: readyRows.slice(0, READY_ROWS_SHOWN).map(shown),
		dropped: event.url.searchParams.get('dilewati')
	};
};

export const actions: Actions = {
	drop: async (event) => {
		const user = requireUser(event, ['organizer', 'admin']);
		const dropped = await enrollmentImport.dropInvalidRows(user, event.params.cohort, event.params.upload);
		if (dropped === null) error(404, messagesFor(event.locals.locale).setup.preview.gone);
		redirect(303, `/kelola/kelompok/${event.params.cohort}/impor/${event.params.upload}?dilewati=${dropped}`);
	},
	import: async (event) => {
		const user = requireUser(event, ['organizer', 'admin']);
		const result = await enrollmentImport.runEnrollmentImport(user, event.params.cohort, event.params.upload);
		if (!result.ok) {
			if (result.reason === 'import-not-found') error(404, messagesFor(event.locals.locale).setup.preview.gone);
			return fail(409, { problem: result.reason });
		}
		redirect(303, `/kelola/kelompok/${event.params.cohort}/pin?baru=${result.imported}`);
	}
};
