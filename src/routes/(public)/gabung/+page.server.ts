import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import * as account from '#lib/server/accounts/account';
import * as joinLimits from '#lib/server/accounts/join-limits';
import * as session from '#lib/server/accounts/session';
import { homeFor } from '#lib/server/accounts/guard';
import { parseForm, secret, text, type FieldErrors } from '#lib/forms';

const joinForm = z.object({ code: text(20), name: text(80), phone: text(30), pin: secret(6), pinConfirm: secret(6) });

const reasonToField = {
	'join-code-unknown': ['code', 'joinCodeUnknown'],
	'join-closed': ['code', 'joinClosed'],
	'name-invalid': ['name', 'nameInvalid'],
	'phone-invalid': ['phone', 'phoneInvalid'],
	'pin-invalid': ['pin', 'pinInvalid'],
	'pin-weak': ['pin', 'pinWeak']
} as const;

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, homeFor(locals.user.role));
	return { code: (url.searchParams.get('kode') ?? '').slice(0, 20) };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const values = {
			code: String(form.get('code') ?? '').slice(0, 20),
			name: String(form.get('name') ?? '').slice(0, 80),
			phone: String(form.get('phone') ?? '').slice(0, 30)
		};
		const parsed = parseForm(joinForm, form);
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors as FieldErrors });
		if (parsed.data.pin !== parsed.data.pinConfirm) {
			return fail(400, { values, errors: { pinConfirm: 'pinMismatch' } as FieldErrors });
		}

		const attempt = await joinLimits.startJoinAttempt(getClientAddress(), parsed.data.code);
		if (attempt.verdict === 'limited') return fail(429, { values, errors: {} as FieldErrors, limited: true });
		const result = await account.joinCohortWithCode({
			joinCode: parsed.data.code,
			name: parsed.data.name,
			phone: parsed.data.phone,
			pin: parsed.data.pin,
			clientAddress: getClientAddress()
		});
		if (!result.ok) {
			const [field, code] = reasonToField[result.reason];
			return fail(result.reason === 'join-closed' ? 403 : 400, { values, errors: { [field]: code } as FieldErrors });
		}

		await joinLimits.joinSucceeded(attempt.ids);
		if (result.outcome === 'accepted') {
			// The same answer for a new number and for a registered number whose PIN did not
			// match (decision 018): no cookie, no redirect, nothing but what was typed.
			return { accepted: true as const, phone: values.phone };
		}
		const token = session.generateSessionToken();
		const created = await session.createSession(token, result.user.id);
		cookies.set(session.SESSION_COOKIE_NAME, token, session.sessionCookieOptions(created.expiresAt, url.protocol === 'https:'));
		redirect(303, result.user.mustChangePin ? '/ganti-pin' : homeFor(result.user.role));
	}
};
