import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as setup from '#lib/server/cohorts/cohort-setup';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['organizer', 'admin']);
	const program = await setup.readProgramForOrganizer(user, event.params.program);
	if (!program) error(404, messagesFor(event.locals.locale).errors.notFound);
	return { program };
};
