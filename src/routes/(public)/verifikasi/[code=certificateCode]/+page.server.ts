import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as certificate from '#lib/server/learning/certificate';
import { messagesFor } from '#lib/i18n';

/**
 * Public: anyone holding the paper may check it. Only valid/revoked, name, course, date and
 * program are shown; a malformed and an unknown code get the same 404 and the same sentence.
 */
export const load: PageServerLoad = async (event) => {
	const found = await certificate.verifyCertificate(event.params.code);
	if (!found) error(404, messagesFor(event.locals.locale).certificates.verify.unknown);
	return { certificate: found };
};
