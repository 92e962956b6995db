/**
 * Answers and read marks made offline, sent by the phone's script when it is online again
 * (decision 021). The body is the quiz form itself (or nothing, for a read mark), so the same
 * linear parser reads it; the answer is JSON the script shows as it is (already in the
 * participant's language).
 *
 * Exactly once: a quiz submission carries the id made on the phone and the unique index on
 * (userId, submissionId) stores it once; a replay, or the same submission sent three times at
 * once, gets the stored attempt. A read mark keeps its first time, so a replay changes nothing.
 *
 * Status: 200 stored (or replayed), 4xx refused for good (the script shows why and stops
 * sending), anything else (5xx, a cut connection) means "try again later".
 */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as course from '#lib/server/learning/course';
import * as quiz from '#lib/server/learning/quiz';
import * as certificate from '#lib/server/learning/certificate';
import { readQuizForm } from '#lib/server/learning/quiz-form';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const POST: RequestHandler = async (event) => {
	const user = requireUser(event, ['participant']);
	const m = messagesFor(event.locals.locale).offline;
	const level = course.levelOf(user.literacyLevel);
	const { course: courseSlug, module: moduleSlug } = event.params;
	const kind = event.url.searchParams.get('jenis');

	let form: FormData;
	try {
		form = await event.request.formData();
	} catch {
		// A body that is not a form, or one cut off mid-request: nothing was stored.
		return json({ message: m.incomplete }, { status: 400 });
	}

	if (kind === 'baca') {
		const reading = await course.recordReadingForParticipant(user.id, level, courseSlug, moduleSlug);
		if (!reading) return json({ message: m.notEnrolled }, { status: 404 });
		if (!reading.hasQuiz || reading.quizPassed)
			await certificate.issueCertificateIfComplete({ userId: user.id, courseId: reading.courseId, level, origin: event.url.origin });
		return json({ message: m.readSent });
	}
	if (kind !== 'kuis') return json({ message: m.incomplete }, { status: 400 });

	const answers = readQuizForm(form);
	if (!answers?.submissionId) return json({ message: m.incomplete }, { status: 400 });
	const result = await quiz.submitQuizAttempt({
		userId: user.id,
		level,
		courseSlug,
		moduleSlug,
		versionId: answers.versionId,
		submissionId: answers.submissionId,
		fields: answers.fields,
		gradeAnsweredVersion: true
	});
	if (!result.ok)
		return json(
			{ message: result.reason === 'not-found' ? m.notEnrolled : m.incomplete },
			{ status: result.reason === 'not-found' ? 404 : 400 }
		);
	if (result.passed) await certificate.issueCertificateForCourse({ userId: user.id, courseSlug, level, origin: event.url.origin });
	return json({
		attemptId: result.attemptId,
		replayed: result.replayed,
		href: `/belajar/hasil/${result.attemptId}`,
		message: result.newerVersion ? `${m.sent} ${m.newerVersion}` : m.sent
	});
};
