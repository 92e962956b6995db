import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as course from '#lib/server/learning/course';
import * as certificate from '#lib/server/learning/certificate';
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
