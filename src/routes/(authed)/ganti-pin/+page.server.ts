import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import * as account from '#lib/server/accounts/account';
import { homeFor, requireUser } from '#lib/server/accounts/guard';
import { parseForm, secret, type FieldErrors } from '#lib/forms';

const changePinForm = z.object({ pin: secret(6), pinConfirm: secret(6) });

export const load: PageServerLoad = (event) => {
	requireUser(event, ['participant']);
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event, ['participant']);
		const parsed = parseForm(changePinForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors as FieldErrors });
		if (parsed.data.pin !== parsed.data.pinConfirm) return fail(400, { errors: { pinConfirm: 'pinMismatch' } as FieldErrors });
		const result = await account.changeOwnPin(user.id, parsed.data.pin, { keepSessionId: event.locals.session?.id ?? null });
		if (!result.ok) return fail(400, { errors: { pin: result.reason === 'pin-weak' ? 'pinWeak' : 'pinInvalid' } as FieldErrors });
		redirect(303, homeFor(user.role));
	}
};
