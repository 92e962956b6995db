import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import * as account from '#lib/server/accounts/account';
import { homeFor, requireUser } from '#lib/server/accounts/guard';
import { parseForm, secret, type FieldErrors } from '#lib/forms';

const changePinForm = z.object({ pin: secret(6), pinConfirm: secret(6) });

export const load: PageServerLoad = (event) => {
	const user = requireUser(event, ['participant']);
	// After a trainer's reset the temporary PIN was just typed; otherwise the current PIN is asked.
	return { forced: user.mustChangePin };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event, ['participant']);
		const form = await event.request.formData();
		const parsed = parseForm(changePinForm, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors as FieldErrors });
		if (parsed.data.pin !== parsed.data.pinConfirm) return fail(400, { errors: { pinConfirm: 'pinMismatch' } as FieldErrors });
		const result = await account.changeOwnPin(user.id, parsed.data.pin, {
			keepSessionId: event.locals.session?.id ?? null,
			currentPin: String(form.get('currentPin') ?? '').slice(0, 6)
		});
		if (!result.ok) {
			if (result.reason === 'current-pin-wrong') return fail(400, { errors: { currentPin: 'currentPinWrong' } as FieldErrors });
			const code = result.reason === 'pin-weak' ? 'pinWeak' : result.reason === 'pin-reused' ? 'pinReused' : 'pinInvalid';
			return fail(400, { errors: { pin: code } as FieldErrors });
		}
		redirect(303, homeFor(user.role));
	}
};
