import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as placement from '#lib/server/learning/placement';
import { requireUser } from '#lib/server/accounts/guard';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	const overview = await placement.readPlacementOverview(user.id);
	// No test imported: nothing to take, the participant reads dasar until someone sets a level.
	if (!overview) redirect(303, '/belajar');
	return { overview };
};

export const actions: Actions = {
	start: async (event) => {
		const user = requireUser(event, ['participant']);
		const attemptId = await placement.startPlacement(user.id);
		redirect(303, attemptId ? '/penempatan/soal' : '/belajar');
	}
};
