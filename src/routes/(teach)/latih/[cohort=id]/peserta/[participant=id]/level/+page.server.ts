import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as levels from '#lib/server/learning/levels';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['trainer']);
	const participant = await levels.readParticipantLevelForTrainer(user.id, event.params.cohort, event.params.participant);
	if (!participant) error(403, messagesFor(event.locals.locale).levels.trainer.errors.notInCohort);
	return { participant, cohortId: event.params.cohort, saved: event.url.searchParams.get('disimpan') };
};

export const actions: Actions = {
	set: async (event) => {
		const user = requireUser(event, ['trainer']);
		const form = await event.request.formData();
		const values = { level: String(form.get('level') ?? '').slice(0, 20), note: String(form.get('note') ?? '').slice(0, 1000) };
		const result = await levels.setLevelByTrainer({
			trainerId: user.id,
			cohortId: event.params.cohort,
			participantId: event.params.participant,
			toLevel: values.level,
			note: values.note
		});
		if (result.ok) redirect(303, `${event.url.pathname}?disimpan=${result.changed ? 'ya' : 'sama'}`);
		if (result.reason === 'not-found') error(403, messagesFor(event.locals.locale).levels.trainer.errors.notInCohort);
		return fail(400, {
			values,
			errors: { [result.reason === 'invalid-level' ? 'level' : 'note']: true } as { level?: boolean; note?: boolean }
		});
	}
};
