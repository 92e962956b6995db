import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as setup from '#lib/server/cohorts/cohort-setup';
import { requireUser } from '#lib/server/accounts/guard';

export const load: PageServerLoad = async (event) => {
	requireUser(event, ['admin']);
	const [programs, organizers] = await Promise.all([setup.listProgramsForAdmin(), setup.listOrganizerAccounts()]);
	return { programs, organizers };
};

export const actions: Actions = {
	create: async (event) => {
		requireUser(event, ['admin']);
		const form = await event.request.formData();
		const values = { name: String(form.get('name') ?? '').slice(0, 200), organizerId: String(form.get('organizerId') ?? '').slice(0, 40) };
		const result = await setup.createProgram({ name: values.name, organizerId: values.organizerId || null });
		if (!result.ok) {
			const errors = result.reason === 'organizer-invalid' ? { organizerId: 'organizerInvalid' } : { name: 'programNameInvalid' };
			return fail(400, { values, errors });
		}
		redirect(303, `/admin/program/${result.programId}`);
	}
};
