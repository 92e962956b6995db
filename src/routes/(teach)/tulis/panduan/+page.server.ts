import type { PageServerLoad } from './$types';
import { requireUser } from '#lib/server/accounts/guard';

export const load: PageServerLoad = async (event) => {
	requireUser(event, ['trainer', 'organizer', 'admin']);
	return {};
};
