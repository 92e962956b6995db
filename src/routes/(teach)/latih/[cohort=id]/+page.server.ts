import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import * as account from '#lib/server/accounts/account';
import * as roster from '#lib/server/cohorts/roster';
import * as checkIn from '#lib/server/outcomes/check-in';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';
import { parseForm, text, type FieldErrors } from '#lib/forms';

const addParticipantForm = z.object({ name: text(80), phone: text(30) });

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['trainer']);
	const cohort = await roster.readCohortRosterForTrainer(user.id, event.params.cohort);
	if (!cohort) error(404, messagesFor(event.locals.locale).errors.notFound);
	const query = (event.url.searchParams.get('cari') ?? '').slice(0, 80);
	const { participants, ...rest } = cohort;
	const dueCheckIns = (await checkIn.listDueCheckInsForTrainer(user.id, cohort.id)) ?? [];
	return {
		dueCheckIns: dueCheckIns.map((due) => ({ participant: due.participant, kind: due.kind })),
		cohort: rest,
		participantCount: participants.length,
		query,
		participants: participants.filter((participant) => roster.matchesSearch(participant, query))
	};
};

export const actions: Actions = {
	add: async (event) => {
		const user = requireUser(event, ['trainer']);
		const form = await event.request.formData();
		const values = { name: String(form.get('name') ?? '').slice(0, 80), phone: String(form.get('phone') ?? '').slice(0, 30) };
		const parsed = parseForm(addParticipantForm, form);
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors as FieldErrors });
		const result = await account.createParticipantByTrainer({ trainerId: user.id, cohortId: event.params.cohort, ...parsed.data });
		if (!result.ok) {
			if (result.reason === 'cohort-not-found') error(404, messagesFor(event.locals.locale).errors.notFound);
			const errors: FieldErrors =
				result.reason === 'name-invalid'
					? { name: 'nameInvalid' }
					: { phone: result.reason === 'phone-taken' ? 'phoneTakenForTrainer' : 'phoneInvalid' };
			return fail(result.reason === 'phone-taken' ? 409 : 400, { values, errors });
		}
		// Shown once in this response, never stored in clear.
		return { issued: { name: result.user.name, pin: result.temporaryPin } };
	}
};
