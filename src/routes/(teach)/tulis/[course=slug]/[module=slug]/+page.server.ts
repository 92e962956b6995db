import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as publishing from '#lib/server/authoring/module-publishing';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

// The one page that ships JavaScript: saving without a reload and the copy kept on the device
// (docs/decisions/001-stack.md). Everything still works as plain forms.
export const csr = true;

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['trainer', 'organizer', 'admin']);
	const module = await publishing.readModuleForEditing(user, event.params.course, event.params.module);
	if (!module) error(404, messagesFor(event.locals.locale).errors.notFound);
	const query = event.url.searchParams;
	const version = (name: string) => {
		const value = Number(query.get(name));
		return Number.isInteger(value) && value > 0 ? value : null;
	};
	return {
		module,
		notice: { created: query.has('baru'), saved: query.has('disimpan'), published: version('terbit'), unchanged: version('sama') }
	};
};

function notFound(event: RequestEvent): never {
	error(404, messagesFor(event.locals.locale).errors.notFound);
}

/** The textarea's text; everything a trainer typed comes back on any failure. */
async function sourceOf(event: RequestEvent): Promise<string> {
	const value = (await event.request.formData()).get('source');
	return typeof value === 'string' ? value : '';
}

function here(event: RequestEvent): string {
	return `/tulis/${event.params.course}/${event.params.module}`;
}

export const actions: Actions = {
	save: async (event) => {
		const user = requireUser(event, ['trainer', 'admin']);
		const source = await sourceOf(event);
		const saved = await publishing.saveDraft(user, event.params.course!, event.params.module!, source);
		if (!saved.ok) {
			if (saved.reason === 'not-found') notFound(event);
			return fail(400, { values: { source }, tooLargeBytes: saved.bytes });
		}
		redirect(303, `${here(event)}?disimpan=1`);
	},
	preview: async (event) => {
		const user = requireUser(event, ['trainer', 'admin']);
		const source = await sourceOf(event);
		const previewed = await publishing.previewDraft(user, event.params.course!, event.params.module!, source);
		if (!previewed.ok) {
			if (previewed.reason === 'not-found') notFound(event);
			return fail(400, { values: { source }, tooLargeBytes: previewed.bytes });
		}
		// The draft is stored, so the page's own load shows the text; only the preview comes back.
		return { check: previewed.check };
	},
	publish: async (event) => {
		const user = requireUser(event, ['trainer', 'admin']);
		const source = await sourceOf(event);
		const published = await publishing.publishDraft(user, event.params.course!, event.params.module!, source);
		if (!published.ok) {
			if (published.reason === 'not-found') notFound(event);
			if (published.reason === 'too-large') return fail(400, { values: { source }, tooLargeBytes: published.bytes });
			return fail(400, { values: { source }, check: { ok: false as const, errors: published.errors, warnings: published.warnings } });
		}
		redirect(303, `${here(event)}?${published.unchanged ? 'sama' : 'terbit'}=${published.version}`);
	}
};
