import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as staff from '#lib/server/accounts/staff';
import { STAFF_ROLES, type StaffRole } from '#lib/server/accounts/account';
import { requireUser } from '#lib/server/accounts/guard';

const reasonToField = {
	'role-invalid': ['role', 'roleInvalid'],
	'name-invalid': ['name', 'nameInvalid'],
	'contact-missing': ['phone', 'contactMissing'],
	'email-invalid': ['email', 'emailInvalid'],
	'phone-invalid': ['phone', 'phoneInvalid'],
	'email-taken': ['email', 'emailTaken'],
	'phone-taken': ['phone', 'phoneTaken'],
	// The password is generated here, never typed: these cannot happen, but map them anyway.
	'password-too-short': ['name', 'passwordTooShort'],
	'password-too-long': ['name', 'passwordTooLong']
} as const;

export const load: PageServerLoad = async (event) => {
	const admin = requireUser(event, ['admin']);
	return { accounts: await staff.listStaffAccounts(), adminId: admin.id, roles: STAFF_ROLES };
};

export const actions: Actions = {
	create: async (event) => {
		requireUser(event, ['admin']);
		const form = await event.request.formData();
		const values = {
			role: String(form.get('role') ?? '').slice(0, 20),
			name: String(form.get('name') ?? '').slice(0, 120),
			phone: String(form.get('phone') ?? '').slice(0, 40),
			email: String(form.get('email') ?? '').slice(0, 254)
		};
		const result = await staff.createStaffAccount({ ...values, role: values.role as StaffRole });
		if (!result.ok) {
			const [field, code] = reasonToField[result.reason];
			return fail(result.reason.endsWith('-taken') ? 409 : 400, {
				action: 'create' as const,
				values,
				errors: { [field]: code } as Record<string, string>
			});
		}
		// Shown once in this response; only its hash is stored.
		return { action: 'create' as const, created: { name: values.name.trim(), oneTimePassword: result.oneTimePassword } };
	},
	deactivate: async (event) => {
		const admin = requireUser(event, ['admin']);
		const userId = String((await event.request.formData()).get('userId') ?? '').slice(0, 40);
		const result = await staff.deactivateAccount({ adminId: admin.id, userId });
		if (!result.ok) return fail(result.reason === 'own-account' ? 400 : 404, { action: 'deactivate' as const, problem: result.reason });
		return { action: 'deactivate' as const };
	},
	reactivate: async (event) => {
		requireUser(event, ['admin']);
		const userId = String((await event.request.formData()).get('userId') ?? '').slice(0, 40);
		if (!(await staff.reactivateAccount(userId))) return fail(404, { action: 'reactivate' as const, problem: 'account-not-found' });
		return { action: 'reactivate' as const };
	}
};
