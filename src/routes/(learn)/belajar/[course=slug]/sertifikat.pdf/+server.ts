import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as certificate from '#lib/server/learning/certificate';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

/** The stored PDF, made once at issue: a download is a read, never a render. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event, ['participant']);
	const found = await certificate.readCertificatePdf(user.id, event.params.course);
	if (!found) error(404, messagesFor(event.locals.locale).errors.notFound);
	return new Response(found.bytes, {
		headers: {
			'content-type': 'application/pdf',
			'content-length': String(found.bytes.byteLength),
			'content-disposition': `attachment; filename="sertifikat-${event.params.course}.pdf"`,
			'cache-control': 'private, no-store'
		}
	});
};
