import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as quiz from '#lib/server/learning/quiz';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	const result = await quiz.readAttemptResult(user.id, event.params.attempt);
	if (!result) error(404, messagesFor(event.locals.locale).errors.notFound);
	return { result };
};
