import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as placement from '#lib/server/learning/placement';
import { requireUser } from '#lib/server/accounts/guard';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	const result = await placement.readPlacementResult(user.id);
	if (!result) redirect(303, '/penempatan');
	return { result };
};
