import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as setup from '#lib/server/cohorts/cohort-setup';
import * as enrollmentImport from '#lib/server/cohorts/enrollment-import';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['organizer', 'admin']);
	const cohort = await setup.readCohortForOrganizer(user, event.params.cohort);
	if (!cohort) error(404, messagesFor(event.locals.locale).errors.notFound);
	return { cohort: { id: cohort.id, name: cohort.name }, maxRows: enrollmentImport.MAX_IMPORT_ROWS };
};

/**
 * The upload. A path of its own (POST /kelola/kelompok/<id>/impor) so that its body limit
 * (MAX_IMPORT_BYTES, 2 MB: 5,000 rows with room for Excel's padding) is set for this path only.
 */
export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event, ['organizer', 'admin']);
		const file = (await event.request.formData()).get('file');
		if (!(file instanceof File) || file.size === 0) return fail(400, { problem: { code: 'required' as const } });
		if (file.size > enrollmentImport.MAX_IMPORT_BYTES) {
			return fail(413, { problem: { code: 'too-large' as const, maxBytes: enrollmentImport.MAX_IMPORT_BYTES } });
		}
		const result = await enrollmentImport.startEnrollmentImport(user, event.params.cohort, new Uint8Array(await file.arrayBuffer()));
		if (!result.ok) {
			if (result.problem.code === 'cohort-not-found') error(404, messagesFor(event.locals.locale).errors.notFound);
			return fail(result.problem.code === 'too-large' ? 413 : 422, { problem: result.problem });
		}
		redirect(303, `/kelola/kelompok/${event.params.cohort}/impor/${result.importId}`);
	}
};
