import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as needs from '#lib/server/reports/needs';
import { readNeedsForOrganizer } from '#lib/server/reports/kept-reports';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';
import { pageNumber } from '#lib/server/reports/report-query';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['organizer', 'admin']);
	const asked = event.url.searchParams.get('per');
	const by = needs.isNeedsGrouping(asked) ? asked : 'kelompok';
	const report = await readNeedsForOrganizer(user, event.params.program, by, {
		page: pageNumber(event.url.searchParams.get('halaman'))
	});
	if (!report) error(404, messagesFor(event.locals.locale).errors.notFound);
	return { report, groupings: needs.NEEDS_GROUPINGS, failed: event.url.searchParams.has('gagal') };
};
