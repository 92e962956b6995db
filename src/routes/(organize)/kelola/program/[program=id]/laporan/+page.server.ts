import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '#lib/server/accounts/guard';
import { programScope } from '#lib/server/reports/scope';
import { loadReportPage } from '#lib/server/reports/report-page';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['organizer', 'admin']);
	const scope = await programScope(user, event.params.program);
	if (!scope) error(404, messagesFor(event.locals.locale).errors.notFound);
	const base = `/kelola/program/${scope.programId}`;
	return {
		programId: scope.programId,
		page: await loadReportPage(scope, event.url.searchParams, { base: `${base}/laporan`, downloads: `${base}/unduh` })
	};
};
