import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as course from '#lib/server/learning/course';
import * as placement from '#lib/server/learning/placement';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	if (await placement.mustTakePlacement(user)) redirect(303, '/penempatan');
	const found = await course.readCourseForParticipant(user.id, event.params.course);
	if (!found) error(404, messagesFor(event.locals.locale).errors.notFound);
	return { course: found };
};
