import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '#lib/server/accounts/guard';
import { cohortScope } from '#lib/server/reports/scope';
import { loadReportPage } from '#lib/server/reports/report-page';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['organizer', 'admin']);
	const scope = await cohortScope(user, event.params.cohort);
	if (!scope) error(404, messagesFor(event.locals.locale).errors.notFound);
	const base = `/kelola/kelompok/${scope.cohortId}`;
	return {
		cohortId: scope.cohortId,
		page: await loadReportPage(scope, event.url.searchParams, { base: `${base}/laporan`, downloads: `${base}/unduh` })
	};
};
