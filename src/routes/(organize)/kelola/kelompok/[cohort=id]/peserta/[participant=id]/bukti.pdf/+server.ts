import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as evidence from '#lib/server/reports/evidence';
import { renderPdfOffThread } from '#lib/server/reports/pdf-worker';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

/** A participant's evidence pack for an organizer of the cohort's program, drawn in the PDF thread. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event, ['organizer', 'admin']);
	const m = messagesFor(event.locals.locale);
	const found = await evidence.readEvidence({ kind: 'organizer', actor: user }, event.params.cohort, event.params.participant);
	if (!found) error(404, m.errors.notFound);
	const pdf = await renderPdfOffThread(evidence.evidenceDocument(found, m, new Date())).catch(() => error(503, m.outcomes.evidence.failed));
	return new Response(pdf as BodyInit, {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': 'attachment; filename="bukti-pelatihan.pdf"',
			'cache-control': 'private, no-store'
		}
	});
};
