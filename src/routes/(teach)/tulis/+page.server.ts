import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import * as courseEditing from '#lib/server/authoring/course-editing';
import { mayCreateCourses } from '#lib/server/authoring/authoring';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';
import { parseForm, text, type FieldErrors } from '#lib/forms';

const createCourseForm = z.object({
	title: text(120),
	summary: text(500),
	slug: z.string().trim().max(60, { error: 'tooLong:60' }).default('')
});

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['trainer', 'organizer', 'admin']);
	return { courses: await courseEditing.listCoursesForAuthoring(user), canCreate: mayCreateCourses(user) };
};

export const actions: Actions = {
	createCourse: async (event) => {
		const user = requireUser(event, ['trainer', 'admin']);
		const form = await event.request.formData();
		const values = {
			title: String(form.get('title') ?? '').slice(0, 120),
			summary: String(form.get('summary') ?? '').slice(0, 500),
			slug: String(form.get('slug') ?? '').slice(0, 60)
		};
		const parsed = parseForm(createCourseForm, form);
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors as FieldErrors, slugProblem: null });
		const created = await courseEditing.createCourse(user, parsed.data);
		if (!created.ok) {
			if (created.reason === 'forbidden') error(403, messagesFor(event.locals.locale).errors.forbidden);
			return fail(400, { values, errors: {} as FieldErrors, slugProblem: created.problem });
		}
		redirect(303, `/tulis/${created.slug}`);
	}
};
