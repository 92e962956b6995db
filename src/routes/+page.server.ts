import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { homeFor } from '#lib/server/accounts/guard';

export const load: PageServerLoad = ({ locals }) => redirect(303, locals.user ? homeFor(locals.user.role) : '/masuk');
