import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as practical from '#lib/server/cohorts/practical';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['trainer']);
	const submission = await practical.readSubmissionForTrainer(user.id, event.params.cohort, event.params.submission);
	if (!submission) error(404, messagesFor(event.locals.locale).errors.notFound);
	return { submission, reviewed: event.url.searchParams.has('diperiksa') };
};

export const actions: Actions = {
	review: async (event) => {
		const user = requireUser(event, ['trainer']);
		const form = await event.request.formData();
		const verdict = form.get('verdict') === 'accepted' ? 'accepted' : form.get('verdict') === 'revise' ? 'revise' : null;
		const feedback = String(form.get('feedback') ?? '').slice(0, 2 * practical.MAX_FEEDBACK_LENGTH);
		const metCriterionIds = form.getAll('met').map(String).slice(0, 50);
		if (!verdict) return fail(400, { feedback, metCriterionIds, error: 'feedbackNeeded' as const });
		const result = await practical.reviewSubmission({
			trainerId: user.id,
			cohortId: event.params.cohort,
			submissionId: event.params.submission,
			verdict,
			feedback,
			metCriterionIds
		});
		if (!result.ok) {
			if (result.reason === 'not-found') error(404, messagesFor(event.locals.locale).errors.notFound);
			const code: 'alreadyReviewed' | 'feedbackNeeded' | 'feedbackTooLong' =
				result.reason === 'already-reviewed'
					? 'alreadyReviewed'
					: result.reason === 'feedback-needed'
						? 'feedbackNeeded'
						: 'feedbackTooLong';
			return fail(result.reason === 'already-reviewed' ? 409 : 400, { feedback, metCriterionIds, error: code });
		}
		redirect(303, `/latih/${event.params.cohort}/tugas/${event.params.submission}?diperiksa`);
	}
};
