import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '#lib/server/accounts/guard';
import { cohortScope } from '#lib/server/reports/scope';
import { loadReportPage } from '#lib/server/reports/report-page';
import { messagesFor } from '#lib/i18n';

// The trainer's view of the same report, for one of their cohorts: numbers, no downloads of
// raw records (those stay with the program's organizer).
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['trainer']);
	const scope = await cohortScope(user, event.params.cohort);
	if (!scope) error(404, messagesFor(event.locals.locale).errors.notFound);
	return {
		cohortId: scope.cohortId,
		page: await loadReportPage(scope, event.url.searchParams, { base: `/latih/${scope.cohortId}/laporan`, downloads: null })
	};
};
