import type { LayoutServerLoad } from './$types';
import { homeFor } from '#lib/server/accounts/guard';

// Reading and form pages work as plain HTML: no client JavaScript unless a page opts in.
export const csr = false;

export const load: LayoutServerLoad = ({ locals, url }) => ({
	locale: locals.locale,
	user: locals.user ? { name: locals.user.name, role: locals.user.role } : null,
	home: locals.user ? homeFor(locals.user.role) : '/masuk',
	path: url.pathname + url.search
});
