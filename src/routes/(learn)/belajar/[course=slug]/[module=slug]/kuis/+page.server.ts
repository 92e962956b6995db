import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as course from '#lib/server/learning/course';
import * as quiz from '#lib/server/learning/quiz';
import * as certificate from '#lib/server/learning/certificate';
import * as placement from '#lib/server/learning/placement';
import { newSubmissionId, readQuizForm } from '#lib/server/learning/quiz-form';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	if (await placement.mustTakePlacement(user)) redirect(303, '/penempatan');
	const found = await quiz.readQuizForParticipant(user.id, course.levelOf(user.literacyLevel), event.params.course, event.params.module);
	if (!found || found.questions.length === 0) error(404, messagesFor(event.locals.locale).errors.notFound);
	// A fresh id per rendered form: posting the same form again stores no second attempt.
	return {
		quiz: found,
		courseSlug: event.params.course,
		moduleSlug: event.params.module,
		submissionId: newSubmissionId(),
		// For answers made offline on a saved copy of this page (static/js/offline.js).
		owner: user.id
	};
};

type Problem = 'unanswered' | 'not-a-number' | 'duplicate-position' | 'tampered' | 'stale-version';

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event, ['participant']);
		const form = readQuizForm(await event.request.formData());
		const fields = form?.fields ?? new Map<string, string[]>();
		const refill = (problem: Problem, questionIds: string[] = []) => ({
			problem,
			questionIds,
			// What was chosen comes back so nothing the participant did is lost (not for a new
			// version: its questions may have changed).
			submitted: problem === 'stale-version' || problem === 'tampered' ? {} : Object.fromEntries(fields)
		});
		if (!form) return fail(400, refill('tampered'));

		const result = await quiz.submitQuizAttempt({
			userId: user.id,
			level: course.levelOf(user.literacyLevel),
			courseSlug: event.params.course,
			moduleSlug: event.params.module,
			versionId: form.versionId,
			submissionId: form.submissionId,
			fields
		});
		if (result.ok) {
			// The pass that completed the last module completes the course: the certificate is issued
			// now. A pass of a module already completed changes nothing, so it costs no check.
			if (result.courseToCheck) {
				const level = course.levelOf(user.literacyLevel);
				await certificate.issueCertificateIfComplete({ userId: user.id, courseId: result.courseToCheck, level, origin: event.url.origin });
			}
			redirect(303, `/belajar/hasil/${result.attemptId}`);
		}
		if (result.reason === 'not-found' || result.reason === 'no-questions') error(404, messagesFor(event.locals.locale).errors.notFound);
		if (result.reason === 'unanswered' || result.reason === 'not-a-number' || result.reason === 'duplicate-position') {
			return fail(400, refill(result.reason, result.questionIds));
		}
		return fail(result.reason === 'stale-version' ? 409 : 400, refill(result.reason));
	}
};
