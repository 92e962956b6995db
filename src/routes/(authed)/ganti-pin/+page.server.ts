import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import * as account from '#lib/server/accounts/account';
import * as staff from '#lib/server/accounts/staff';
import { homeFor, requireUser } from '#lib/server/accounts/guard';
import { parseForm, secret, type FieldErrors } from '#lib/forms';

const changePinForm = z.object({ pin: secret(6), pinConfirm: secret(6) });
const changePasswordForm = z.object({ password: secret(256), passwordConfirm: secret(256) });

/** Participants choose a PIN here; staff who got a one-time password choose a password. */
export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	// After a reset the temporary PIN was just typed; otherwise the current PIN is asked.
	return { isStaff: user.role !== 'participant', forced: user.mustChangePin };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const keepSessionId = event.locals.session?.id ?? null;
		if (user.role !== 'participant') {
			const parsed = parseForm(changePasswordForm, form);
			if (!parsed.ok) return fail(400, { errors: {} as FieldErrors, passwordErrors: { password: 'required' } as Record<string, string> });
			if (parsed.data.password !== parsed.data.passwordConfirm) {
				return fail(400, { errors: {} as FieldErrors, passwordErrors: { passwordConfirm: 'passwordMismatch' } as Record<string, string> });
			}
			const result = await staff.changeOwnPassword(user.id, parsed.data.password, { keepSessionId });
			if (!result.ok) {
				const code = result.reason === 'password-too-long' ? 'passwordTooLong' : 'passwordTooShort';
				return fail(400, { errors: {} as FieldErrors, passwordErrors: { password: code } as Record<string, string> });
			}
			redirect(303, homeFor(user.role));
		}
		const parsed = parseForm(changePinForm, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors as FieldErrors });
		if (parsed.data.pin !== parsed.data.pinConfirm) return fail(400, { errors: { pinConfirm: 'pinMismatch' } as FieldErrors });
		const result = await account.changeOwnPin(user.id, parsed.data.pin, {
			keepSessionId,
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
