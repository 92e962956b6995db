import type { PageServerLoad } from './$types';
import { requireUser } from '#lib/server/accounts/guard';

export const load: PageServerLoad = (event) => {
	requireUser(event, ['admin']);
	return {};
};
