import type { PageServerLoad } from './$types';
import * as course from '#lib/server/learning/course';
import { requireUser } from '#lib/server/accounts/guard';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	const level = course.levelOf(user.literacyLevel);
	return { name: user.name, level, courses: await course.listCoursesForParticipant(user.id, level) };
};
