import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as publishing from '#lib/server/authoring/module-publishing';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

function versionNumber(value: unknown): number | null {
	const number = Number(value);
	return typeof value === 'string' && Number.isInteger(number) && number > 0 ? number : null;
}

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['trainer', 'organizer', 'admin']);
	const { course, module } = event.params;
	const shown = versionNumber(event.url.searchParams.get('versi'));
	const [versions, source] = await Promise.all([
		publishing.listVersions(user, course, module),
		shown ? publishing.readVersionSource(user, course, module, shown) : null
	]);
	if (!versions) error(404, messagesFor(event.locals.locale).errors.notFound);
	return {
		versions,
		source,
		rolledBack: versionNumber(event.url.searchParams.get('kembali')),
		alreadyLive: event.url.searchParams.has('sudah')
	};
};

export const actions: Actions = {
	rollback: async (event) => {
		const user = requireUser(event, ['trainer', 'admin']);
		const version = versionNumber((await event.request.formData()).get('version'));
		const result = version ? await publishing.rollbackToVersion(user, event.params.course!, event.params.module!, version) : null;
		if (!result || (!result.ok && result.reason === 'not-found')) error(404, messagesFor(event.locals.locale).errors.notFound);
		const here = `/tulis/${event.params.course}/${event.params.module}/riwayat`;
		redirect(303, result.ok ? `${here}?kembali=${version}` : `${here}?sudah=1`);
	}
};
