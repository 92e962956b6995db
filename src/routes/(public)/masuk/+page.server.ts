import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import * as login from '#lib/server/accounts/login';
import * as session from '#lib/server/accounts/session';
import { homeFor, safeNextPath } from '#lib/server/accounts/guard';
import { parseForm, secret, text, type FieldErrors } from '#lib/forms';

const loginForm = z.object({ identifier: text(120), secret: secret(256) });

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, homeFor(locals.user.role));
	return { next: safeNextPath(url.searchParams.get('lanjut')), sessionExpired: url.searchParams.get('sesi') === 'habis' };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const identifier = String(form.get('identifier') ?? '').slice(0, 120);
		const parsed = parseForm(loginForm, form);
		if (!parsed.ok) {
			return fail(400, { identifier, errors: parsed.errors as FieldErrors<'identifier' | 'secret'>, problem: null, waitSeconds: null });
		}

		const result = await login.login({
			identifier: parsed.data.identifier,
			secret: parsed.data.secret,
			clientAddress: getClientAddress()
		});
		if (!result.ok) {
			const limited = result.reason === 'account-locked' || result.reason === 'address-limited' || result.reason === 'slow-down';
			const waitSeconds = result.reason === 'slow-down' ? result.waitSeconds : null;
			return fail(limited ? 429 : result.reason === 'account-deactivated' ? 403 : 400, {
				identifier,
				errors: {} as FieldErrors<'identifier' | 'secret'>,
				problem: result.reason,
				waitSeconds
			});
		}

		const token = session.generateSessionToken();
		const created = await session.createSession(token, result.user.id);
		cookies.set(session.SESSION_COOKIE_NAME, token, session.sessionCookieOptions(created.expiresAt, url.protocol === 'https:'));
		if (result.user.mustChangePin) redirect(303, '/ganti-pin');
		redirect(303, safeNextPath(String(form.get('next') ?? '')) ?? homeFor(result.user.role));
	}
};
