import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as checkIn from '#lib/server/outcomes/check-in';
import { readCheckInForm } from '#lib/server/outcomes/check-in-form';
import { bandLabel } from '#lib/server/outcomes/income-bands';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['trainer']);
	const found = await checkIn.readDueCheckInsOfParticipantForTrainer(user.id, event.params.cohort, event.params.participant);
	if (!found) error(404, messagesFor(event.locals.locale).errors.notFound);
	const first = found.due[0];
	return {
		cohortId: event.params.cohort,
		participant: found.participant,
		saved: event.url.searchParams.has('terkirim'),
		checkIn: first
			? {
					enrollmentId: first.enrollmentId,
					kind: first.kind,
					bands: first.bands.map((band) => ({ index: band.index, label: bandLabel(band) }))
				}
			: null
	};
};

export const actions: Actions = {
	answer: async (event) => {
		const user = requireUser(event, ['trainer']);
		const { enrollmentId, kind, values } = readCheckInForm(await event.request.formData());
		const result = await checkIn.submitCheckIn({ actor: user, enrollmentId, kind, form: values });
		if (result.ok) redirect(303, `/latih/${event.params.cohort}/peserta/${event.params.participant}/kabar?terkirim`);
		if (result.reason === 'invalid') return fail(400, { values, problems: result.problems });
		return fail(result.reason === 'already-answered' ? 409 : result.reason === 'not-found' ? 404 : 400, { values, refused: result.reason });
	}
};
