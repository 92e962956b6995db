import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import * as media from '#lib/server/images/media';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';
import { markdownImageSnippet, mediaUrl, type UploadErrorCode } from './snippet';

const EDITOR_ROLES = ['trainer', 'admin'] as const;

/** One file, from the camera field or the gallery field, whichever the trainer used. */
const uploadForm = z.object({
	image: z
		.instanceof(File, { error: 'required' })
		.refine((file) => file.size > 0, { error: 'required' })
		// Refused before the bytes are read into a buffer; the domain checks again.
		.refine((file) => file.size <= media.MAX_UPLOAD_BYTES, { error: 'tooLarge' })
});

const REFUSALS: Record<media.UploadRefusal, { status: number; code: UploadErrorCode }> = {
	'too-large': { status: 413, code: 'tooLarge' },
	'too-many-pixels': { status: 413, code: 'tooManyPixels' },
	'not-an-image': { status: 415, code: 'notAnImage' },
	'heic-unsupported': { status: 415, code: 'heicUnsupported' }
};

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, EDITOR_ROLES);
	const m = messagesFor(event.locals.locale);
	const course = await media.listCourseImages(user.id, event.params.course);
	// Another trainer's course looks the same as no course at all.
	if (!course) error(404, m.errors.notFound);
	const images = course.media.map((image) => ({
		...image,
		url: mediaUrl(course.slug, image.path),
		snippet: markdownImageSnippet(m.media.altPlaceholder, image.path)
	}));
	const justUploaded = images.find((image) => image.path === event.url.searchParams.get('baru'));
	return {
		course: { slug: course.slug, title: course.title },
		images,
		justUploaded: justUploaded ? { ...justUploaded, reused: event.url.searchParams.has('sama') } : null
	};
};

export const actions: Actions = {
	upload: async (event) => {
		const user = requireUser(event, EDITOR_ROLES);
		const form = await event.request.formData();
		const picked = [form.get('photo'), form.get('file')].find((value) => value instanceof File && value.size > 0);
		const parsed = uploadForm.safeParse({ image: picked });
		if (!parsed.success) {
			const code = parsed.error.issues[0].message as UploadErrorCode;
			return fail(code === 'tooLarge' ? 413 : 400, { errors: { image: code } });
		}
		const { image } = parsed.data;
		const result = await media.storeCourseImage({
			userId: user.id,
			courseSlug: event.params.course,
			fileName: image.name,
			buffer: Buffer.from(await image.arrayBuffer())
		});
		if (!result.ok) {
			if (result.reason === 'course-not-found') error(404, messagesFor(event.locals.locale).errors.notFound);
			const refusal = REFUSALS[result.reason];
			return fail(refusal.status, { errors: { image: refusal.code } });
		}
		const query = new URLSearchParams({ baru: result.path });
		if (result.reused) query.set('sama', '1');
		redirect(303, `/tulis/${event.params.course}/gambar?${query}`);
	}
};
