import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as course from '#lib/server/learning/course';
import * as practical from '#lib/server/cohorts/practical';
import * as questions from '#lib/server/cohorts/questions';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	const lesson = await course.readModuleForParticipant(
		user.id,
		course.levelOf(user.literacyLevel),
		event.params.course,
		event.params.module
	);
	if (!lesson) error(404, messagesFor(event.locals.locale).errors.notFound);
	const { course: courseSlug, module: moduleSlug } = event.params;
	const [work, ownQuestions, sharedQuestions] = await Promise.all([
		lesson.practical ? practical.readPracticalForParticipant(user.id, courseSlug, moduleSlug) : null,
		questions.listOwnQuestions(user.id, courseSlug, moduleSlug),
		questions.listSharedQuestions(user.id, courseSlug, moduleSlug)
	]);
	return {
		lesson,
		courseSlug,
		moduleSlug,
		practicalWork: work ? { canSubmit: work.canSubmit, latest: work.submissions[0] ?? null } : null,
		practicalSent: event.url.searchParams.get('terkirim') === 'tugas',
		ownQuestions,
		sharedQuestions
	};
};

export const actions: Actions = {
	/** Modules without a quiz are completed by reading them. */
	read: async (event) => {
		const user = requireUser(event, ['participant']);
		const done = await course.completeReadingForParticipant(
			user.id,
			course.levelOf(user.literacyLevel),
			event.params.course,
			event.params.module
		);
		if (!done) error(404, messagesFor(event.locals.locale).errors.notFound);
		redirect(303, `/belajar/${event.params.course}`);
	}
};
