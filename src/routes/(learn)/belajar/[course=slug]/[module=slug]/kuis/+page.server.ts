import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as course from '#lib/server/learning/course';
import * as quiz from '#lib/server/learning/quiz';
import * as certificate from '#lib/server/learning/certificate';
import * as placement from '#lib/server/learning/placement';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

const MAX_VALUE_LENGTH = 100;
const MAX_FIELDS = 500;

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	if (await placement.mustTakePlacement(user)) redirect(303, '/penempatan');
	const found = await quiz.readQuizForParticipant(user.id, course.levelOf(user.literacyLevel), event.params.course, event.params.module);
	if (!found || found.questions.length === 0) error(404, messagesFor(event.locals.locale).errors.notFound);
	return { quiz: found, courseSlug: event.params.course, moduleSlug: event.params.module };
};

type Problem = 'unanswered' | 'not-a-number' | 'duplicate-position' | 'tampered' | 'stale-version';

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event, ['participant']);
		const form = await event.request.formData();
		const fields = new Map<string, string[]>();
		let malformed = false;
		for (const [name, value] of form) {
			if (name === 'version') continue;
			if (!quiz.ANSWER_FIELD.test(name) || typeof value !== 'string' || value.length > MAX_VALUE_LENGTH || fields.size > MAX_FIELDS) {
				malformed = true;
				break;
			}
			fields.set(name, [...(fields.get(name) ?? []), value]);
		}
		const refill = (problem: Problem, questionIds: string[] = []) => ({
			problem,
			questionIds,
			// What was chosen comes back so nothing the participant did is lost (not for a new
			// version: its questions may have changed).
			submitted: problem === 'stale-version' || problem === 'tampered' ? {} : Object.fromEntries(fields)
		});
		if (malformed) return fail(400, refill('tampered'));

		const result = await quiz.submitQuizAttempt({
			userId: user.id,
			level: course.levelOf(user.literacyLevel),
			courseSlug: event.params.course,
			moduleSlug: event.params.module,
			versionId: String(form.get('version') ?? ''),
			fields
		});
		if (result.ok) {
			// Passing the last module's quiz may complete the course: the certificate is issued now.
			if (result.passed) {
				const level = course.levelOf(user.literacyLevel);
				await certificate.issueCertificateForCourse({ userId: user.id, courseSlug: event.params.course, level, origin: event.url.origin });
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
