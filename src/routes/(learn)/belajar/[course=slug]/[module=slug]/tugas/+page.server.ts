import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as practical from '#lib/server/cohorts/practical';
import { MAX_UPLOAD_BYTES } from '#lib/server/images/media';
import { filesOf, readUploadForm } from '#lib/server/files/upload-form';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

// The one page of the participant's that runs client JavaScript: photos are made small on the
// phone before they cost prepaid data (PhotoForm.svelte). Without JavaScript the form still works.
export const csr = true;

export type PracticalFormError =
	| { code: 'noPhoto' | 'tooManyPhotos' | 'noteTooLong' | 'alreadySent' | 'cutOff' }
	| { code: 'photo'; photo: number; refusal: practical.PhotoRefusal };

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	const work = await practical.readPracticalForParticipant(user.id, event.params.course, event.params.module);
	if (!work?.task) error(404, messagesFor(event.locals.locale).errors.notFound);
	return {
		courseSlug: event.params.course,
		moduleSlug: event.params.module,
		moduleTitle: work.moduleTitle,
		task: { photo: work.task.photo, rubric: work.task.rubric },
		canSubmit: work.canSubmit
	};
};

export const actions: Actions = {
	send: async (event) => {
		const user = requireUser(event, ['participant']);
		// A body bigger than one photo may be that the server's body limit stopped it: say "too large", not "cut off".
		const upload = await readUploadForm(event.request, MAX_UPLOAD_BYTES);
		const refuse = (status: number, problem: PracticalFormError, note = '') => fail(status, { note, error: problem });
		if (!upload.ok) {
			return upload.reason === 'too-large'
				? refuse(413, { code: 'photo', photo: 1, refusal: 'too-large' })
				: refuse(400, { code: 'cutOff' });
		}
		const { form } = upload;
		const note = String(form.get('note') ?? '').slice(0, 2 * practical.MAX_NOTE_LENGTH);
		const photos = filesOf(form, 'foto');
		// Refused before the bytes are read into memory; the domain checks the size again.
		const oversized = photos.findIndex((photo) => photo.size > MAX_UPLOAD_BYTES);
		if (oversized >= 0) return refuse(413, { code: 'photo', photo: oversized + 1, refusal: 'too-large' }, note);
		const result = await practical.submitPractical({
			userId: user.id,
			courseSlug: event.params.course,
			moduleSlug: event.params.module,
			note,
			photos: await Promise.all(photos.map(async (photo) => Buffer.from(await photo.arrayBuffer())))
		});
		if (!result.ok) {
			if (result.reason === 'not-found' || result.reason === 'no-task') error(404, messagesFor(event.locals.locale).errors.notFound);
			switch (result.reason) {
				case 'photo-refused':
					return refuse(
						result.refusal === 'too-large' || result.refusal === 'too-many-pixels' ? 413 : 415,
						{
							code: 'photo',
							photo: result.photoIndex + 1,
							refusal: result.refusal
						},
						note
					);
				case 'already-sent':
					return refuse(409, { code: 'alreadySent' }, note);
				case 'no-photo':
					return refuse(400, { code: 'noPhoto' }, note);
				case 'too-many-photos':
					return refuse(400, { code: 'tooManyPhotos' }, note);
				case 'note-too-long':
					return refuse(400, { code: 'noteTooLong' }, note);
			}
		}
		// The whole module: the task sits at its end, wherever the steps fall.
		redirect(303, `/belajar/${event.params.course}/${event.params.module}?langkah=semua&terkirim=tugas#tugas`);
	}
};
