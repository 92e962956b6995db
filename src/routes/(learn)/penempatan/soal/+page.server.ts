import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as placement from '#lib/server/learning/placement';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

const MAX_FIELD_LENGTH = 100;

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	const current = await placement.readCurrentItem(user.id);
	if (current.state === 'none') redirect(303, '/penempatan');
	return { current };
};

export const actions: Actions = {
	/** One tap: an option button sends `option`, the way-out button sends `skip`. */
	default: async (event) => {
		const user = requireUser(event, ['participant']);
		const form = await event.request.formData();
		const field = (name: string) => {
			const value = form.get(name);
			return typeof value === 'string' && value.length <= MAX_FIELD_LENGTH ? value : '';
		};
		const skip = field('skip') === '1';
		const result = await placement.answerPlacementItem(user.id, {
			attemptId: field('attempt'),
			itemId: field('item'),
			optionId: skip ? null : field('option'),
			skip
		});
		if (result.ok) redirect(303, result.finished ? '/penempatan/hasil' : '/penempatan/soal');
		if (result.reason === 'not-found') error(404, messagesFor(event.locals.locale).errors.notFound);
		if (result.reason === 'finished') redirect(303, '/penempatan/hasil');
		// An older page of this attempt (another tab, the back button): show the item of now.
		if (result.reason === 'not-current') redirect(303, '/penempatan/soal');
		return fail(400, { problem: result.reason === 'unknown-option' ? ('unknownOption' as const) : ('unknownItem' as const) });
	}
};
