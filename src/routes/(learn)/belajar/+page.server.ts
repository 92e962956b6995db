import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as course from '#lib/server/learning/course';
import * as questions from '#lib/server/cohorts/questions';
import * as placement from '#lib/server/learning/placement';
import * as checkIn from '#lib/server/outcomes/check-in';
import { requireUser } from '#lib/server/accounts/guard';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	if (await placement.mustTakePlacement(user)) redirect(303, '/penempatan');
	const level = course.levelOf(user.literacyLevel);
	const dueCheckIns = await checkIn.listDueCheckInsForParticipant(user.id);
	return {
		checkInDue: dueCheckIns.length > 0,
		name: user.name,
		level,
		// For the offline script: what this phone keeps, and answers waiting to be sent.
		owner: user.id,
		courses: await course.listCoursesForParticipant(user.id, level),
		questions: (await questions.listRecentOwnQuestions(user.id)).map((question) => ({
			...question,
			topic: {
				title: question.moduleTitle ?? question.courseTitle,
				href: `/belajar/${question.courseSlug}${question.moduleSlug ? `/${question.moduleSlug}` : ''}/tanya`
			}
		}))
	};
};
