import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as setup from '#lib/server/cohorts/cohort-setup';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	requireUser(event, ['admin']);
	const [program, organizers] = await Promise.all([setup.readProgramForAdmin(event.params.program), setup.listOrganizerAccounts()]);
	if (!program) error(404, messagesFor(event.locals.locale).errors.notFound);
	const current = new Set(program.organizers.map((o) => o.user.id));
	return {
		program,
		candidates: organizers.filter((organizer) => !current.has(organizer.id)),
		saved: event.url.searchParams.has('tersimpan')
	};
};

export const actions: Actions = {
	rename: async (event) => {
		requireUser(event, ['admin']);
		const name = String((await event.request.formData()).get('name') ?? '').slice(0, 200);
		const result = await setup.renameProgram(event.params.program, { name });
		if (!result.ok) {
			if (result.reason === 'program-not-found') error(404, messagesFor(event.locals.locale).errors.notFound);
			return fail(400, { values: { name }, errors: { name: 'programNameInvalid' } });
		}
		redirect(303, `/admin/program/${event.params.program}?tersimpan`);
	},
	addOrganizer: async (event) => {
		requireUser(event, ['admin']);
		const organizerId = String((await event.request.formData()).get('organizerId') ?? '').slice(0, 40);
		const result = await setup.addProgramOrganizer(event.params.program, organizerId);
		if (!result.ok) {
			if (result.reason === 'program-not-found') error(404, messagesFor(event.locals.locale).errors.notFound);
			return fail(400, { values: { name: undefined as string | undefined }, errors: { organizerId: 'organizerInvalid' } });
		}
		redirect(303, `/admin/program/${event.params.program}?tersimpan`);
	},
	removeOrganizer: async (event) => {
		requireUser(event, ['admin']);
		const organizerId = String((await event.request.formData()).get('organizerId') ?? '').slice(0, 40);
		await setup.removeProgramOrganizer(event.params.program, organizerId);
		redirect(303, `/admin/program/${event.params.program}?tersimpan`);
	}
};
