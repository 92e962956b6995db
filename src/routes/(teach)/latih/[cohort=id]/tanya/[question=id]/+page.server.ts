import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as questions from '#lib/server/cohorts/questions';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['trainer']);
	const question = await questions.readQuestionForTrainer(user.id, event.params.cohort, event.params.question);
	if (!question) error(404, messagesFor(event.locals.locale).errors.notFound);
	return { question, cohortId: event.params.cohort, answered: event.url.searchParams.has('dijawab') };
};

export const actions: Actions = {
	answer: async (event) => {
		const user = requireUser(event, ['trainer']);
		const form = await event.request.formData();
		const answer = String(form.get('answer') ?? '').slice(0, 2 * questions.MAX_ANSWER_LENGTH);
		const share = form.get('share') === 'on';
		const result = await questions.answerQuestion({
			trainerId: user.id,
			cohortId: event.params.cohort,
			questionId: event.params.question,
			answer,
			share
		});
		if (!result.ok) {
			if (result.reason === 'not-found') error(404, messagesFor(event.locals.locale).errors.notFound);
			return fail(400, { answer, share, error: result.reason === 'empty' ? ('empty' as const) : ('tooLong' as const) });
		}
		redirect(303, `/latih/${event.params.cohort}/tanya/${event.params.question}?dijawab`);
	}
};
