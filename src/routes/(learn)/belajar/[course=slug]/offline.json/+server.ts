/** Every module of the course as the phone saves it for offline (decision 021). */
import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as course from '#lib/server/learning/course';
import * as offline from '#lib/server/learning/offline';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const GET: RequestHandler = async (event) => {
	const user = requireUser(event, ['participant']);
	const manifest = await offline.readCourseManifest(user.id, course.levelOf(user.literacyLevel), event.params.course);
	if (!manifest) error(404, messagesFor(event.locals.locale).errors.notFound);
	return json(manifest);
};
