import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as course from '#lib/server/learning/course';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	const found = await course.readCourseForParticipant(user.id, event.params.course);
	if (!found) error(404, messagesFor(event.locals.locale).errors.notFound);
	return { course: found };
};
