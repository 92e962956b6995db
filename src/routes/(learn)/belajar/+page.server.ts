import type { PageServerLoad } from './$types';
import * as course from '#lib/server/learning/course';
import * as questions from '#lib/server/cohorts/questions';
import { requireUser } from '#lib/server/accounts/guard';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	const level = course.levelOf(user.literacyLevel);
	return {
		name: user.name,
		level,
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
