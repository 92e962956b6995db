import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as setup from '#lib/server/cohorts/cohort-setup';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';
import { readCohortForm } from '../../../cohort-form';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['organizer', 'admin']);
	const [program, courses] = await Promise.all([setup.readProgramForOrganizer(user, event.params.program), setup.listCoursesForCohorts()]);
	if (!program) error(404, messagesFor(event.locals.locale).errors.notFound);
	return { program: { id: program.id, name: program.name }, courses };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event, ['organizer', 'admin']);
		const read = readCohortForm(await event.request.formData());
		if (!read.ok) return fail(400, { values: read.values, errors: read.errors });
		const result = await setup.createCohort(user, event.params.program, read.input);
		if (!result.ok) {
			if (result.reason !== 'course-invalid') error(404, messagesFor(event.locals.locale).errors.notFound);
			return fail(400, { values: read.values, errors: { courseId: 'courseInvalid' } as Record<string, string> });
		}
		redirect(303, `/kelola/kelompok/${result.cohortId}`);
	}
};
