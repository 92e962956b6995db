import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as setup from '#lib/server/cohorts/cohort-setup';
import * as offline from '#lib/server/learning/offline';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['organizer', 'admin']);
	const program = await setup.readProgramForOrganizer(user, event.params.program);
	if (!program) error(404, messagesFor(event.locals.locale).errors.notFound);
	return {
		program,
		dataPrice: { perGb: program.dataPricePerGb ?? offline.DEFAULT_PRICE_PER_GB, isDefault: program.dataPricePerGb === null },
		priceSaved: event.url.searchParams.get('tersimpan') === 'harga'
	};
};

export const actions: Actions = {
	/** The price of mobile data participants see beside "save for offline" (decision 021). */
	price: async (event) => {
		const user = requireUser(event, ['organizer', 'admin']);
		const raw = (await event.request.formData()).get('pricePerGb');
		const text = typeof raw === 'string' ? raw.slice(0, 40) : '';
		const input = offline.readPriceInput(text);
		if (!input.ok) return fail(400, { priceInvalid: true, price: text });
		if (!(await setup.setProgramDataPrice(user, event.params.program, input.perGb)))
			error(404, messagesFor(event.locals.locale).errors.notFound);
		redirect(303, `/kelola/program/${event.params.program}?tersimpan=harga`);
	}
};
