import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as outcomes from '#lib/server/reports/outcomes';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['organizer', 'admin']);
	const report = await outcomes.readOutcomesForOrganizer(user, event.params.program);
	if (!report) error(404, messagesFor(event.locals.locale).errors.notFound);
	return { report };
};
