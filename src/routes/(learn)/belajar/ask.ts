/** "Tanya pelatih" on a course page and on a module page: one load and one action for both. */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import * as questions from '#lib/server/cohorts/questions';
import { MAX_UPLOAD_BYTES } from '#lib/server/images/media';
import { filesOf, readUploadForm } from '#lib/server/files/upload-form';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';
import type { UploadRefusal } from '#lib/server/images/media';

export type AskFormError = { code: 'empty' | 'tooLong' | 'cutOff' } | { code: 'photo'; refusal: UploadRefusal };

type AskEvent = RequestEvent<{ course: string; module?: string }>;

export async function loadAskPage(event: AskEvent) {
	const user = requireUser(event, ['participant']);
	const moduleSlug = event.params.module ?? null;
	const topic = await questions.readAskTopic(user.id, event.params.course, moduleSlug);
	if (!topic) error(404, messagesFor(event.locals.locale).errors.notFound);
	return {
		topic,
		backHref: `/belajar/${event.params.course}${moduleSlug ? `/${moduleSlug}` : ''}`,
		asked: event.url.searchParams.has('terkirim'),
		questions: await questions.listOwnQuestions(user.id, event.params.course, moduleSlug)
	};
}

export async function askAction(event: AskEvent) {
	const user = requireUser(event, ['participant']);
	const upload = await readUploadForm(event.request, MAX_UPLOAD_BYTES);
	const refuse = (status: number, problem: AskFormError, body = '') => fail(status, { body, error: problem });
	if (!upload.ok)
		return upload.reason === 'too-large' ? refuse(413, { code: 'photo', refusal: 'too-large' }) : refuse(400, { code: 'cutOff' });
	const { form } = upload;
	const body = String(form.get('body') ?? '').slice(0, 2 * questions.MAX_QUESTION_LENGTH);
	const [photo] = filesOf(form, 'foto');
	if (photo && photo.size > MAX_UPLOAD_BYTES) return refuse(413, { code: 'photo', refusal: 'too-large' }, body);
	const result = await questions.askQuestion({
		userId: user.id,
		courseSlug: event.params.course,
		moduleSlug: event.params.module ?? null,
		body,
		photo: photo ? Buffer.from(await photo.arrayBuffer()) : null
	});
	if (!result.ok) {
		if (result.reason === 'not-found') error(404, messagesFor(event.locals.locale).errors.notFound);
		if (result.reason === 'photo-refused') {
			const status = result.refusal === 'too-large' || result.refusal === 'too-many-pixels' ? 413 : 415;
			return refuse(status, { code: 'photo', refusal: result.refusal }, body);
		}
		return refuse(400, { code: result.reason === 'empty' ? 'empty' : 'tooLong' }, body);
	}
	redirect(303, `${event.url.pathname}?terkirim`);
}
