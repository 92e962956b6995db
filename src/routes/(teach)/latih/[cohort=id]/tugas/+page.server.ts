import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as practical from '#lib/server/cohorts/practical';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['trainer']);
	const queue = await practical.listReviewQueue(user.id, event.params.cohort);
	if (!queue) error(404, messagesFor(event.locals.locale).errors.notFound);
	return queue;
};
