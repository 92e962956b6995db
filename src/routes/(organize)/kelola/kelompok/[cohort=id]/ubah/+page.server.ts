import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as setup from '#lib/server/cohorts/cohort-setup';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';
import { dateInputValue, readCohortForm } from '../../../cohort-form';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['organizer', 'admin']);
	const [cohort, courses] = await Promise.all([setup.readCohortForOrganizer(user, event.params.cohort), setup.listCoursesForCohorts()]);
	if (!cohort) error(404, messagesFor(event.locals.locale).errors.notFound);
	return {
		cohort: { id: cohort.id, name: cohort.name },
		values: {
			name: cohort.name,
			startsOn: dateInputValue(cohort.startsOn),
			endsOn: dateInputValue(cohort.endsOn),
			province: cohort.province ?? '',
			regency: cohort.regency ?? '',
			district: cohort.district ?? '',
			village: cohort.village ?? '',
			communityGroup: cohort.communityGroup ?? '',
			courseIds: cohort.courses.map((course) => course.id)
		},
		courses
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event, ['organizer', 'admin']);
		const read = readCohortForm(await event.request.formData());
		if (!read.ok) return fail(400, { values: read.values, errors: read.errors });
		const result = await setup.updateCohort(user, event.params.cohort, read.input);
		if (!result.ok) {
			if (result.reason !== 'course-invalid') error(404, messagesFor(event.locals.locale).errors.notFound);
			return fail(400, { values: read.values, errors: { courseId: 'courseInvalid' } as Record<string, string> });
		}
		redirect(303, `/kelola/kelompok/${event.params.cohort}`);
	}
};
