import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as account from '#lib/server/accounts/account';
import * as roster from '#lib/server/cohorts/roster';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['trainer']);
	const detail = await roster.readParticipantForTrainer(user.id, event.params.cohort, event.params.participant);
	if (!detail) error(404, messagesFor(event.locals.locale).errors.notFound);
	const lock = await account.readParticipantLoginLock({
		trainerId: user.id,
		cohortId: detail.cohort.id,
		participantId: detail.participant.id
	});
	// ?pin=baru asks "are you sure?" first; the PIN changes only when that form is sent.
	return { ...detail, locked: lock?.locked ?? false, confirmingPin: event.url.searchParams.get('pin') === 'baru' };
};

export const actions: Actions = {
	resetPin: async (event) => {
		const user = requireUser(event, ['trainer']);
		const detail = await roster.readParticipantForTrainer(user.id, event.params.cohort, event.params.participant);
		if (!detail) error(404, messagesFor(event.locals.locale).errors.notFound);
		const result = await account.resetParticipantPin({ trainerId: user.id, participantId: detail.participant.id });
		if (!result.ok) error(404, messagesFor(event.locals.locale).errors.notFound);
		// Shown once in this response, never stored in clear.
		return { pin: result.temporaryPin };
	},
	unlock: async (event) => {
		const user = requireUser(event, ['trainer']);
		const result = await account.unlockParticipant({
			trainerId: user.id,
			cohortId: event.params.cohort,
			participantId: event.params.participant
		});
		if (!result.ok) error(404, messagesFor(event.locals.locale).errors.notFound);
		return { unlocked: true as const };
	}
};
