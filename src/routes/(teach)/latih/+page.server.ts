import type { PageServerLoad } from './$types';
import * as cohort from '#lib/server/cohorts/cohort';
import * as roster from '#lib/server/cohorts/roster';
import { requireUser } from '#lib/server/accounts/guard';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['trainer']);
	const [cohorts, pending] = await Promise.all([cohort.listCohortsForTrainer(user.id), roster.pendingCountsForTrainer(user.id)]);
	return { cohorts, pending };
};
