import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as course from '#lib/server/learning/course';
import * as courseTest from '#lib/server/learning/course-test';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';
import { readQuizForm } from '#lib/server/learning/quiz-form';

const kindOf = (param: string): courseTest.CourseTestKind => (param === 'awal' ? 'pretest' : 'posttest');

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	const kind = kindOf(event.params.kind);
	const test = await courseTest.readCourseTestForParticipant(user.id, course.levelOf(user.literacyLevel), event.params.course, kind);
	const m = messagesFor(event.locals.locale);
	if (!test.ok) {
		if (test.reason === 'not-found') error(404, m.errors.notFound);
		// Taken already, or no longer open: the course page says where the participant stands.
		error(409, m.certificates.testErrors[test.reason]);
	}
	if (test.questions.length === 0) error(404, m.errors.notFound);
	return { test, kind, courseSlug: event.params.course };
};

type Problem =
	'unanswered' | 'not-a-number' | 'duplicate-position' | 'tampered' | 'stale-version' | 'already-taken' | 'closed' | 'not-complete';

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event, ['participant']);
		// One bounded, linear pass over the form (learning/quiz-form.ts), as for module quizzes.
		const form = readQuizForm(await event.request.formData());
		const fields = form?.fields ?? new Map<string, string[]>();
		const refill = (problem: Problem, questionIds: string[] = []) => ({
			problem,
			questionIds,
			submitted:
				problem === 'unanswered' || problem === 'not-a-number' || problem === 'duplicate-position' ? Object.fromEntries(fields) : {}
		});
		if (!form) return fail(400, refill('tampered'));
		const result = await courseTest.submitCourseTest({
			userId: user.id,
			level: course.levelOf(user.literacyLevel),
			courseSlug: event.params.course,
			kind: kindOf(event.params.kind),
			versionId: form.versionId,
			fields
		});
		if (result.ok) redirect(303, `/belajar/${event.params.course}`);
		if (result.reason === 'not-found' || result.reason === 'no-questions') error(404, messagesFor(event.locals.locale).errors.notFound);
		if ('questionIds' in result) return fail(400, refill(result.reason, result.questionIds));
		// A second submission, or one after the test closed: nothing stored, 409.
		return fail(result.reason === 'tampered' ? 400 : 409, refill(result.reason));
	}
};
