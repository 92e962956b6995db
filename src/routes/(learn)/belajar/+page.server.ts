import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as course from '#lib/server/learning/course';
import * as placement from '#lib/server/learning/placement';
import { requireUser } from '#lib/server/accounts/guard';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	if (await placement.mustTakePlacement(user)) redirect(303, '/penempatan');
	return {
		name: user.name,
		level: course.levelOf(user.literacyLevel),
		courses: await course.listCoursesForParticipant(user.id)
	};
};
