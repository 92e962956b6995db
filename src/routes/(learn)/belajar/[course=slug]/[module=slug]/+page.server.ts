import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as course from '#lib/server/learning/course';
import * as placement from '#lib/server/learning/placement';
import * as levels from '#lib/server/learning/levels';
import * as quizHistory from '#lib/server/learning/quiz-history';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	if (await placement.mustTakePlacement(user)) redirect(303, '/penempatan');
	const lesson = await course.readModuleForParticipant(
		user.id,
		course.levelOf(user.literacyLevel),
		event.params.course,
		event.params.module
	);
	if (!lesson) error(404, messagesFor(event.locals.locale).errors.notFound);
	const level = course.levelOf(user.literacyLevel);
	const [profile, attempts] = await Promise.all([
		levels.readLiteracyProfile(user.id),
		lesson.hasQuiz ? quizHistory.listAttemptsForModule(user.id, event.params.course, event.params.module) : []
	]);
	return {
		lesson,
		courseSlug: event.params.course,
		moduleSlug: event.params.module,
		level: { current: level, easier: levels.easierLevel(level), harder: levels.harderLevel(level) },
		phoneTips: profile.phoneTips,
		attempts
	};
};

export const actions: Actions = {
	/** One level up or down; the lesson shows the new text after the redirect. */
	level: async (event) => {
		const user = requireUser(event, ['participant']);
		const to = (await event.request.formData()).get('to');
		const result = await levels.stepLevelByParticipant(user.id, typeof to === 'string' ? to.slice(0, 20) : '');
		if (!result.ok) return fail(400, { levelInvalid: true });
		redirect(303, `/belajar/${event.params.course}/${event.params.module}`);
	},
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
