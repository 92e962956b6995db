import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as checkIn from '#lib/server/outcomes/check-in';
import { readCheckInForm } from '#lib/server/outcomes/check-in-form';
import { bandLabel } from '#lib/server/outcomes/income-bands';
import { requireUser } from '#lib/server/accounts/guard';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	const due = await checkIn.listDueCheckInsForParticipant(user.id);
	const first = due[0];
	return {
		saved: event.url.searchParams.has('terkirim'),
		checkIn: first
			? {
					enrollmentId: first.enrollmentId,
					kind: first.kind,
					cohortName: first.cohortName,
					bands: first.bands.map((band) => ({ index: band.index, label: bandLabel(band) }))
				}
			: null
	};
};

export const actions: Actions = {
	answer: async (event) => {
		const user = requireUser(event, ['participant']);
		const { enrollmentId, kind, values } = readCheckInForm(await event.request.formData());
		const result = await checkIn.submitCheckIn({ actor: user, enrollmentId, kind, form: values });
		if (result.ok) redirect(303, '/belajar/kabar?terkirim');
		if (result.reason === 'invalid') return fail(400, { values, problems: result.problems });
		return fail(result.reason === 'already-answered' ? 409 : result.reason === 'not-found' ? 404 : 400, { values, refused: result.reason });
	}
};
