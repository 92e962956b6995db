import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as course from '#lib/server/learning/course';
import * as certificate from '#lib/server/learning/certificate';
import * as practical from '#lib/server/cohorts/practical';
import * as questions from '#lib/server/cohorts/questions';
import * as placement from '#lib/server/learning/placement';
import * as levels from '#lib/server/learning/levels';
import * as quizHistory from '#lib/server/learning/quiz-history';
import * as lessonCache from '#lib/server/learning/lesson-cache';
import * as offline from '#lib/server/learning/offline';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

/**
 * Which part of the lesson the address asks for: `?langkah=N` (1-based) one step, `?langkah=semua`
 * the whole module, nothing the first step. Null for anything else.
 */
function requestedView(value: string | null): 'all' | number | null {
	if (value === null) return 1;
	if (value === 'semua') return 'all';
	return /^[1-9][0-9]{0,3}$/.test(value) ? Number(value) : null;
}

/** The lesson's address for one step (the first has no query) or for the whole module. */
function viewHref(courseSlug: string, moduleSlug: string, view: 'all' | number): string {
	const base = `/belajar/${courseSlug}/${moduleSlug}`;
	return view === 1 ? base : `${base}?langkah=${view === 'all' ? 'semua' : view}`;
}

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	if (await placement.mustTakePlacement(user)) redirect(303, '/penempatan');
	const level = course.levelOf(user.literacyLevel);
	const { course: courseSlug, module: moduleSlug } = event.params;
	// One statement checks access and reads progress; the rest asks by the module it found
	// (every lesson view runs this: decision 019 says what each step costs).
	const found = await course.readModuleForParticipant(user.id, level, courseSlug, moduleSlug);
	if (!found) error(404, messagesFor(event.locals.locale).errors.notFound);
	const { moduleId, ...lesson } = found;
	const requested = requestedView(event.url.searchParams.get('langkah'));
	if (requested === null) error(404, messagesFor(event.locals.locale).errors.notFound);
	// Cut once per published version and level (lesson-cache); a lesson without `##` headings is one page.
	const steps = await lessonCache.readLessonSteps(lesson.versionId, level);
	// A step past the end (the lesson was republished, or the level changed) shows the last one.
	if (typeof requested === 'number' && requested > steps.length) redirect(303, viewHref(courseSlug, moduleSlug, steps.length));
	const all = requested === 'all' || steps.length === 1;
	const step = all ? null : (requested as number);
	const { html: wholeHtml, dataPricePerGb, ...shown } = lesson;
	// The task, the past quiz attempts and the questions are shown where the lesson ends (the last
	// step or the whole module); the steps before it neither read nor carry them.
	const last = step === null || step === steps.length;
	const [work, questionsOnLesson, attempts, saveOffer] = await Promise.all([
		last && lesson.practical ? practical.readLatestOnLesson(user.id, moduleId, lesson.practical) : null,
		last ? questions.listQuestionsOnLesson(user.id, moduleId) : { own: [], shared: [] },
		last && lesson.hasQuiz ? quizHistory.listAttemptsOfModule(user.id, moduleId) : [],
		offline.moduleOfferOfVersion(lesson.versionId, level, dataPricePerGb)
	]);
	return {
		lesson: shown,
		view: {
			html: step === null ? wholeHtml : steps[step - 1].html,
			/** Null when the whole module is on the page. */
			step,
			total: steps.length,
			/** Where the lesson ends: the task, the quiz or the reading mark are here. */
			last,
			previousHref: step !== null && step > 1 ? viewHref(courseSlug, moduleSlug, step - 1) : null,
			nextHref: step !== null && step < steps.length ? viewHref(courseSlug, moduleSlug, step + 1) : null,
			allHref: viewHref(courseSlug, moduleSlug, 'all'),
			stepsHref: steps.length > 1 ? viewHref(courseSlug, moduleSlug, 1) : null
		},
		courseSlug,
		moduleSlug,
		practicalWork: work,
		practicalSent: event.url.searchParams.get('terkirim') === 'tugas',
		ownQuestions: questionsOnLesson.own,
		sharedQuestions: questionsOnLesson.shared,
		level: { current: level, easier: levels.easierLevel(level), harder: levels.harderLevel(level) },
		phoneTips: levels.needsPhoneTips(user.digitalLevel),
		attempts,
		offline: { offer: saveOffer, owner: user.id }
	};
};

export const actions: Actions = {
	/** One level up or down; the lesson shows the new text after the redirect. */
	level: async (event) => {
		const user = requireUser(event, ['participant']);
		const form = await event.request.formData();
		const to = form.get('to');
		const result = await levels.stepLevelByParticipant(user.id, typeof to === 'string' ? to.slice(0, 20) : '');
		if (!result.ok) return fail(400, { levelInvalid: true });
		// Someone reading the whole module keeps reading it whole at the new level.
		redirect(303, viewHref(event.params.course, event.params.module, form.get('langkah') === 'semua' ? 'all' : 1));
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
