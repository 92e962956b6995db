import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as course from '#lib/server/course';
import * as quiz from '#lib/server/quiz';
import { requireUser } from '#lib/server/guard';
import { messagesFor } from '#lib/i18n';

const MAX_FIELD = 100;

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	const found = await quiz.readQuizForParticipant(user.id, course.levelOf(user.literacyLevel), event.params.course, event.params.module);
	if (!found || found.questions.length === 0) error(404, messagesFor(event.locals.locale).errors.notFound);
	return { quiz: found, courseSlug: event.params.course, moduleSlug: event.params.module };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event, ['participant']);
		const form = await event.request.formData();
		const answers: Record<string, string> = {};
		let oversized = false;
		for (const [key, value] of form) {
			if (!key.startsWith('q:')) continue;
			if (typeof value !== 'string' || key.length > MAX_FIELD || value.length > MAX_FIELD) oversized = true;
			else answers[key.slice(2)] = value;
		}
		if (oversized) return fail(400, { answers: {}, problem: 'tampered' as const, unanswered: [] as string[] });

		const result = await quiz.submitQuizAttempt({
			userId: user.id,
			level: course.levelOf(user.literacyLevel),
			courseSlug: event.params.course,
			moduleSlug: event.params.module,
			versionId: String(form.get('version') ?? ''),
			answers
		});
		if (result.ok) redirect(303, `/belajar/hasil/${result.attemptId}`);
		if (result.reason === 'not-found' || result.reason === 'no-questions') error(404, messagesFor(event.locals.locale).errors.notFound);
		return fail(result.reason === 'stale-version' ? 409 : 400, {
			// Keep what was chosen so nothing the participant did is lost (not for a stale version:
			// its questions may have changed).
			answers: result.reason === 'stale-version' ? {} : answers,
			problem: result.reason,
			unanswered: result.reason === 'unanswered' ? result.unanswered : []
		});
	}
};
