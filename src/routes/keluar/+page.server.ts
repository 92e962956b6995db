import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as session from '#lib/server/accounts/session';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, cookies }) => {
		if (locals.session) await session.invalidateSession(locals.session.id);
		cookies.delete(session.SESSION_COOKIE_NAME, { path: '/' });
		redirect(303, '/masuk');
	}
};
