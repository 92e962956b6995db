import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as questions from '#lib/server/cohorts/questions';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['trainer']);
	const inbox = await questions.listInbox(user.id, event.params.cohort);
	if (!inbox) error(404, messagesFor(event.locals.locale).errors.notFound);
	return inbox;
};
