import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as quiz from '#lib/server/learning/quiz';
import * as adaptation from '#lib/server/learning/adaptation';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	const [result, offer] = await Promise.all([
		quiz.readAttemptResult(user.id, event.params.attempt),
		adaptation.readLevelOffer(user.id, event.params.attempt)
	]);
	if (!result) error(404, messagesFor(event.locals.locale).errors.notFound);
	return { result, offer };
};

export const actions: Actions = {
	/** The participant takes the level the result offered; the lesson then shows its text. */
	level: async (event) => {
		const user = requireUser(event, ['participant']);
		const result = await quiz.readAttemptResult(user.id, event.params.attempt);
		if (!result) error(404, messagesFor(event.locals.locale).errors.notFound);
		if (!(await adaptation.takeLevelOffer(user.id, event.params.attempt))) return fail(409, { offerGone: true });
		redirect(303, `/belajar/${result.courseSlug}/${result.moduleSlug}`);
	}
};
