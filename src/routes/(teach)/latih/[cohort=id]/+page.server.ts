import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import * as account from '#lib/server/accounts/account';
import * as cohort from '#lib/server/cohorts/cohort';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';
import { parseForm, text, type FieldErrors } from '#lib/forms';

const addParticipantForm = z.object({ name: text(80), phone: text(30) });

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['trainer']);
	const progress = await cohort.readCohortProgressForTrainer(user.id, event.params.cohort);
	if (!progress) error(404, messagesFor(event.locals.locale).errors.notFound);
	return { cohort: progress };
};

export const actions: Actions = {
	add: async (event) => {
		const user = requireUser(event, ['trainer']);
		const form = await event.request.formData();
		const values = { name: String(form.get('name') ?? '').slice(0, 80), phone: String(form.get('phone') ?? '').slice(0, 30) };
		const parsed = parseForm(addParticipantForm, form);
		if (!parsed.ok) return fail(400, { action: 'add' as const, values, errors: parsed.errors as FieldErrors });
		const result = await account.createParticipantByTrainer({ trainerId: user.id, cohortId: event.params.cohort, ...parsed.data });
		if (!result.ok) {
			if (result.reason === 'cohort-not-found') error(404, messagesFor(event.locals.locale).errors.notFound);
			const errors: FieldErrors =
				result.reason === 'name-invalid'
					? { name: 'nameInvalid' }
					: { phone: result.reason === 'phone-taken' ? 'phoneTakenForTrainer' : 'phoneInvalid' };
			return fail(result.reason === 'phone-taken' ? 409 : 400, { action: 'add' as const, values, errors });
		}
		// Shown once in this response, never stored in clear.
		return { action: 'add' as const, issued: { participantId: result.user.id, pin: result.temporaryPin } };
	},
	resetPin: async (event) => {
		const user = requireUser(event, ['trainer']);
		const form = await event.request.formData();
		const participantId = String(form.get('participant') ?? '');
		const result = await account.resetParticipantPin({ trainerId: user.id, participantId });
		if (!result.ok) error(404, messagesFor(event.locals.locale).errors.notFound);
		return { action: 'reset' as const, issued: { participantId, pin: result.temporaryPin } };
	}
};
