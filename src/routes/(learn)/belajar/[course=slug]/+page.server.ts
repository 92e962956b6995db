import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as course from '#lib/server/learning/course';
import * as courseTest from '#lib/server/learning/course-test';
import * as certificate from '#lib/server/learning/certificate';
import * as placement from '#lib/server/learning/placement';
import * as offline from '#lib/server/learning/offline';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	if (await placement.mustTakePlacement(user)) redirect(303, '/penempatan');
	const found = await course.readCourseForParticipant(user.id, event.params.course, course.levelOf(user.literacyLevel));
	if (!found) error(404, messagesFor(event.locals.locale).errors.notFound);
	const [tests, issued, saveOffer] = await Promise.all([
		courseTest.readCourseTests(user.id, found.id),
		certificate.readCertificateOfParticipant(user.id, found.id),
		offline.readCourseOffer(user.id, course.levelOf(user.literacyLevel), event.params.course)
	]);
	const { id: _id, ...shown } = found;
	return { course: shown, tests, certificate: issued, offline: { offer: saveOffer, owner: user.id } };
};

export const actions: Actions = {
	/** Skipping the pre-test is final; it is only offered before the first module. */
	skipPretest: async (event) => {
		const user = requireUser(event, ['participant']);
		const result = await courseTest.skipPretest(user.id, event.params.course);
		if (!result.ok) {
			const m = messagesFor(event.locals.locale);
			if (result.reason === 'not-found' || result.reason === 'not-complete') error(404, m.errors.notFound);
			return fail(409, { problem: result.reason });
		}
		redirect(303, `/belajar/${event.params.course}`);
	},
	/**
	 * Certificates are issued when the last step is done; this button is there for a course
	 * completed another way (a trainer accepting the last practical task). Idempotent.
	 */
	certificate: async (event) => {
		const user = requireUser(event, ['participant']);
		const result = await certificate.issueCertificateForCourse({
			userId: user.id,
			courseSlug: event.params.course,
			level: course.levelOf(user.literacyLevel),
			origin: event.url.origin
		});
		if (!result.issued) {
			if (result.reason === 'not-enrolled') error(404, messagesFor(event.locals.locale).errors.notFound);
			return fail(409, { problem: 'not-complete' as const });
		}
		redirect(303, `/belajar/${event.params.course}`);
	}
};
