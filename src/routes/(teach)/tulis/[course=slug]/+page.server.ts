import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import * as courseEditing from '#lib/server/authoring/course-editing';
import * as moduleEditing from '#lib/server/authoring/module-editing';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor, type Messages } from '#lib/i18n';
import { parseForm, text, type FieldErrors } from '#lib/forms';

type DoneKey = keyof Messages['authoring']['done'];
const DONE_KEYS = new Set<string>(Object.keys(messagesFor('id').authoring.done));

const createModuleForm = z.object({ title: text(120), slug: z.string().trim().max(60, { error: 'tooLong:60' }).default('') });
const renameForm = z.object({ title: text(120) });

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['trainer', 'organizer', 'admin']);
	const [course, history] = await Promise.all([
		courseEditing.readCourseForAuthoring(user, event.params.course),
		courseEditing.listCourseHistory(user, event.params.course, 20)
	]);
	if (!course || !history) error(404, messagesFor(event.locals.locale).errors.notFound);
	const done = event.url.searchParams.get('selesai');
	return { course, history, done: done && DONE_KEYS.has(done) ? (done as DoneKey) : null };
};

function notFound(event: RequestEvent): never {
	error(404, messagesFor(event.locals.locale).errors.notFound);
}

/** Same shape as the [module=slug] matcher (src/params.ts): a bad name is 404 before any query. */
const MODULE_SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

function moduleSlugOf(event: RequestEvent, form: FormData): string {
	const slug = String(form.get('module') ?? '');
	return MODULE_SLUG.test(slug) ? slug : notFound(event);
}

function backToCourse(event: RequestEvent, done: DoneKey): never {
	redirect(303, `/tulis/${event.params.course}?selesai=${done}`);
}

export const actions: Actions = {
	createModule: async (event) => {
		const user = requireUser(event, ['trainer', 'admin']);
		const form = await event.request.formData();
		const values = { title: String(form.get('title') ?? '').slice(0, 120), slug: String(form.get('slug') ?? '').slice(0, 60) };
		const parsed = parseForm(createModuleForm, form);
		if (!parsed.ok) return fail(400, { action: 'createModule' as const, values, errors: parsed.errors as FieldErrors, slugProblem: null });
		const created = await moduleEditing.createModule(user, event.params.course!, parsed.data);
		if (!created.ok) {
			if (created.reason === 'course-not-found') notFound(event);
			return fail(400, { action: 'createModule' as const, values, errors: {} as FieldErrors, slugProblem: created.problem });
		}
		redirect(303, `/tulis/${event.params.course}/${created.slug}?baru=1`);
	},
	rename: async (event) => {
		const user = requireUser(event, ['trainer', 'admin']);
		const form = await event.request.formData();
		const module = moduleSlugOf(event, form);
		const parsed = parseForm(renameForm, form);
		if (!parsed.ok) {
			return fail(400, {
				action: 'rename' as const,
				module,
				values: { title: String(form.get('title') ?? '').slice(0, 120) },
				errors: parsed.errors as FieldErrors
			});
		}
		if (!(await moduleEditing.renameModule(user, event.params.course!, module, parsed.data.title))) notFound(event);
		backToCourse(event, 'renamed');
	},
	move: async (event) => {
		const user = requireUser(event, ['trainer', 'admin']);
		const form = await event.request.formData();
		const module = moduleSlugOf(event, form);
		const direction = form.get('direction') === 'up' ? 'up' : 'down';
		const moved = await moduleEditing.moveModule(user, event.params.course!, module, direction);
		if (!moved.ok && moved.reason === 'not-found') notFound(event);
		backToCourse(event, moved.ok ? 'moved' : 'atEdge');
	},
	archive: async (event) => {
		const user = requireUser(event, ['trainer', 'admin']);
		const module = moduleSlugOf(event, await event.request.formData());
		if (!(await moduleEditing.archiveModule(user, event.params.course!, module))) notFound(event);
		backToCourse(event, 'archived');
	},
	restore: async (event) => {
		const user = requireUser(event, ['trainer', 'admin']);
		const module = moduleSlugOf(event, await event.request.formData());
		if (!(await moduleEditing.restoreModule(user, event.params.course!, module))) notFound(event);
		backToCourse(event, 'restored');
	},
	addEditor: async (event) => {
		const user = requireUser(event, ['trainer', 'admin']);
		const form = await event.request.formData();
		const identifier = String(form.get('identifier') ?? '').slice(0, 254);
		const added = await courseEditing.addCourseEditor(user, event.params.course!, identifier);
		if (!added.ok) {
			if (added.reason === 'course-not-found') notFound(event);
			const problem = (
				{ 'identifier-invalid': 'identifierInvalid', 'trainer-not-found': 'trainerNotFound', 'already-editor': 'alreadyEditor' } as const
			)[added.reason];
			return fail(400, { action: 'addEditor' as const, values: { identifier }, editorProblem: problem });
		}
		backToCourse(event, 'editorAdded');
	}
};
