/**
 * A photo of practical work: only for the participant who sent it, the trainers of their
 * cohort and the organizers of its program (the check is in the query). ?ukuran=kecil gives
 * the small preview the review queue shows.
 */
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as practical from '#lib/server/cohorts/practical';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';
import { privatePhotoResponse } from '../../private-photo';

export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const size = event.url.searchParams.get('ukuran') === 'kecil' ? 'preview' : 'full';
	const bytes = await practical.readPracticalPhoto(user.id, event.params.photo, size);
	if (!bytes) error(404, messagesFor(event.locals.locale).errors.notFound);
	return privatePhotoResponse(bytes);
};
