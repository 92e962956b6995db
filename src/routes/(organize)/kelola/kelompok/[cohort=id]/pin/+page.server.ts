import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as setup from '#lib/server/cohorts/cohort-setup';
import * as enrollmentImport from '#lib/server/cohorts/enrollment-import';
import { formatPhoneForDisplay } from '#lib/server/accounts/phone';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['organizer', 'admin']);
	const cohort = await setup.readCohortForOrganizer(user, event.params.cohort);
	if (!cohort) error(404, messagesFor(event.locals.locale).errors.notFound);
	return {
		cohort: { id: cohort.id, name: cohort.name },
		waiting: cohort.participants.filter((participant) => !participant.hasPin).length,
		batchSize: enrollmentImport.PIN_BATCH_SIZE,
		imported: Number(event.url.searchParams.get('baru')) || 0
	};
};

export const actions: Actions = {
	/** PINs are shown once, in this response; only their hashes are stored. */
	issue: async (event) => {
		const user = requireUser(event, ['organizer', 'admin']);
		const result = await enrollmentImport.issueOneTimePins(user, event.params.cohort);
		if (!result) error(404, messagesFor(event.locals.locale).errors.notFound);
		// The WhatsApp text is in Indonesian whatever the organizer's language: it goes to the participant.
		const text = messagesFor('id').setup.pins.whatsAppText;
		const loginUrl = `${event.url.origin}/masuk`;
		return {
			remaining: result.remaining,
			issued: result.issued.map((entry) => ({
				id: entry.id,
				name: entry.name,
				phone: formatPhoneForDisplay(entry.phone),
				pin: entry.pin,
				whatsApp: enrollmentImport.whatsAppLink(entry.phone, text(entry.name, entry.pin, loginUrl))
			}))
		};
	}
};
