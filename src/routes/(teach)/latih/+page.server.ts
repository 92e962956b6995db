import type { PageServerLoad } from './$types';
import * as cohort from '#lib/server/cohorts/cohort';
import { requireUser } from '#lib/server/accounts/guard';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['trainer']);
	return { cohorts: await cohort.listCohortsForTrainer(user.id) };
};
