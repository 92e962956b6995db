/**
 * What the phone downloads to keep this module offline (decision 021): every URL with its size
 * and the published version, so a saved copy can be refreshed when the module is republished.
 */
import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as course from '#lib/server/learning/course';
import * as offline from '#lib/server/learning/offline';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const GET: RequestHandler = async (event) => {
	const user = requireUser(event, ['participant']);
	const manifest = await offline.readModuleManifest(user.id, course.levelOf(user.literacyLevel), event.params.course, event.params.module);
	if (!manifest) error(404, messagesFor(event.locals.locale).errors.notFound);
	return json({ modules: [manifest], bytes: manifest.bytes });
};
