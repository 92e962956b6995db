import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as courseTest from '#lib/server/learning/course-test';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['trainer']);
	const gains = await courseTest.readCohortGainsForTrainer(user, event.params.cohort);
	if (!gains) error(404, messagesFor(event.locals.locale).errors.notFound);
	return { gains, cohortId: event.params.cohort };
};
