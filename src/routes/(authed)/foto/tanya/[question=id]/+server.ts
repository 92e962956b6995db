/** The photo of a question: for the asker, the trainers of their cohort and its program's organizers. */
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as questions from '#lib/server/cohorts/questions';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';
import { privatePhotoResponse } from '../../private-photo';

export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const bytes = await questions.readQuestionPhoto(user.id, event.params.question);
	if (!bytes) error(404, messagesFor(event.locals.locale).errors.notFound);
	return privatePhotoResponse(bytes);
};
