import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as settings from '#lib/server/outcomes/settings';
import { MAX_INCOME_LIMITS, bandLabel, bandsFromLimits } from '#lib/server/outcomes/income-bands';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['organizer', 'admin']);
	const program = await settings.readOutcomeSettingsForOrganizer(user, event.params.program);
	if (!program) error(404, messagesFor(event.locals.locale).errors.notFound);
	return {
		program,
		slots: MAX_INCOME_LIMITS,
		labels: bandsFromLimits(program.limits).map(bandLabel),
		saved: event.url.searchParams.has('tersimpan')
	};
};

export const actions: Actions = {
	bands: async (event) => {
		const user = requireUser(event, ['organizer', 'admin']);
		const form = await event.request.formData();
		const limits = form
			.getAll('limit')
			.slice(0, MAX_INCOME_LIMITS + 1)
			.map((value) => (typeof value === 'string' ? value.slice(0, 30) : ''));
		const result = await settings.saveIncomeBands(user, event.params.program, limits);
		if (result.ok) redirect(303, `/kelola/program/${event.params.program}/pengaturan?tersimpan`);
		if (result.reason === 'invalid') return fail(400, { limits, problem: result.problem });
		if (result.reason === 'locked') return fail(409, { limits, locked: true });
		error(404, messagesFor(event.locals.locale).errors.notFound);
	}
};
