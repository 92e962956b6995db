import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as certificate from '#lib/server/learning/certificate';
import { requireUser } from '#lib/server/accounts/guard';
import { normalizeCertificateCode, groupedCertificateCode } from '#lib/certificate-code';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['organizer', 'admin']);
	const search = (event.url.searchParams.get('cari') ?? '').slice(0, 100);
	const revoked = normalizeCertificateCode(event.url.searchParams.get('dicabut') ?? '');
	return {
		search,
		revoked: revoked ? groupedCertificateCode(revoked) : null,
		certificates: await certificate.listCertificatesForOrganizer(user, search)
	};
};

export const actions: Actions = {
	revoke: async (event) => {
		const user = requireUser(event, ['organizer', 'admin']);
		const form = await event.request.formData();
		const code = String(form.get('code') ?? '').slice(0, 40);
		const reason = String(form.get('reason') ?? '').trim();
		const values = { code, reason: reason.slice(0, certificate.REVOKE_REASON.max + 100) };
		if (reason.length < certificate.REVOKE_REASON.min) return fail(400, { values, error: 'reasonShort' as const });
		if (reason.length > certificate.REVOKE_REASON.max) return fail(400, { values, error: 'reasonLong' as const });
		const result = await certificate.revokeCertificate(user, { code, reason });
		if (!result.ok) {
			if (result.reason === 'not-found') error(404, messagesFor(event.locals.locale).certificates.organize.errors['not-found']);
			return fail(409, { values, error: result.reason });
		}
		redirect(303, `/kelola/sertifikat?dicabut=${encodeURIComponent(code)}`);
	}
};
