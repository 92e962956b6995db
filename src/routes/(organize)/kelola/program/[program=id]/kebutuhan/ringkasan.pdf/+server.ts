import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as needs from '#lib/server/reports/needs';
import { readNeedsForOrganizer } from '#lib/server/reports/kept-reports';
import { needsSummaryDocument } from '#lib/server/reports/needs-pdf';
import { renderPdfOffThread } from '#lib/server/reports/pdf-worker';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

/** The one-page needs summary of the program (grup=all) or of one group, rendered in the PDF thread. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event, ['organizer', 'admin']);
	const m = messagesFor(event.locals.locale);
	const asked = event.url.searchParams.get('per');
	const by = needs.isNeedsGrouping(asked) ? asked : 'kelompok';
	const key = (event.url.searchParams.get('grup') ?? 'all').slice(0, 300);
	const report = await readNeedsForOrganizer(user, event.params.program, by, { groupKey: key });
	if (!report) error(404, m.errors.notFound);
	const group = key === 'all' ? report.total : report.groups.find((candidate) => candidate.key === key);
	if (!group) error(404, m.errors.notFound);
	const groupLabel = key === 'all' ? m.outcomes.needs.whole : (group.label ?? m.outcomes.needs.noPlace);
	let pdf: Uint8Array;
	try {
		pdf = await renderPdfOffThread(needsSummaryDocument({ programName: report.name, group, groupLabel, t: m.outcomes, now: new Date() }));
	} catch {
		redirect(303, `/kelola/program/${report.id}/kebutuhan?per=${by}&gagal`);
	}
	return new Response(pdf as BodyInit, {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="kebutuhan-${by}.pdf"`,
			'cache-control': 'private, no-store'
		}
	});
};
