import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { readOutcomesForOrganizer } from '#lib/server/reports/kept-reports';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';
import { pageNumber } from '#lib/server/reports/report-query';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['organizer', 'admin']);
	const report = await readOutcomesForOrganizer(user, event.params.program, pageNumber(event.url.searchParams.get('halaman')));
	if (!report) error(404, messagesFor(event.locals.locale).errors.notFound);
	return { report };
};
