import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as course from '#lib/server/learning/course';
import * as certificate from '#lib/server/learning/certificate';
import * as practical from '#lib/server/cohorts/practical';
import * as questions from '#lib/server/cohorts/questions';
import * as placement from '#lib/server/learning/placement';
import * as levels from '#lib/server/learning/levels';
import * as quizHistory from '#lib/server/learning/quiz-history';
import * as offline from '#lib/server/learning/offline';
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
	const { course: courseSlug, module: moduleSlug } = event.params;
	const [work, ownQuestions, sharedQuestions, profile, attempts, saveOffer] = await Promise.all([
		lesson.practical ? practical.readPracticalForParticipant(user.id, courseSlug, moduleSlug) : null,
		questions.listOwnQuestions(user.id, courseSlug, moduleSlug),
		questions.listSharedQuestions(user.id, courseSlug, moduleSlug),
		levels.readLiteracyProfile(user.id),
		lesson.hasQuiz ? quizHistory.listAttemptsForModule(user.id, courseSlug, moduleSlug) : [],
		offline.readModuleOffer(user.id, level, courseSlug, moduleSlug)
	]);
	return {
		lesson,
		courseSlug,
		moduleSlug,
		practicalWork: work ? { canSubmit: work.canSubmit, latest: work.submissions[0] ?? null } : null,
		practicalSent: event.url.searchParams.get('terkirim') === 'tugas',
		ownQuestions,
		sharedQuestions,
		level: { current: level, easier: levels.easierLevel(level), harder: levels.harderLevel(level) },
		phoneTips: profile.phoneTips,
		attempts,
		offline: { offer: saveOffer, owner: user.id }
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
	/**
	 * The button under the lesson: reading is one part of completing a module. With a quiz still
	 * to pass it leads on to the quiz; otherwise back to the course, where the last module's
	 * reading may have completed the course (the certificate is issued then).
	 */
	read: async (event) => {
		const user = requireUser(event, ['participant']);
		const level = course.levelOf(user.literacyLevel);
		const reading = await course.recordReadingForParticipant(user.id, level, event.params.course, event.params.module);
		if (!reading) error(404, messagesFor(event.locals.locale).errors.notFound);
		if (reading.hasQuiz && !reading.quizPassed) redirect(303, `/belajar/${event.params.course}/${event.params.module}/kuis`);
		await certificate.issueCertificateIfComplete({ userId: user.id, courseId: reading.courseId, level, origin: event.url.origin });
		redirect(303, `/belajar/${event.params.course}`);
	}
};
