import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import * as setup from '#lib/server/cohorts/cohort-setup';
import { formatPhoneForDisplay } from '#lib/server/accounts/phone';
import { requireUser } from '#lib/server/accounts/guard';
import { messagesFor } from '#lib/i18n';

const addTrainerErrors = {
	'contact-invalid': 'contactInvalid',
	'name-invalid': 'nameInvalid',
	'not-a-trainer': 'notATrainer',
	'contact-taken': 'contactTaken'
} as const;

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['organizer', 'admin']);
	const cohort = await setup.readCohortForOrganizer(user, event.params.cohort);
	if (!cohort) error(404, messagesFor(event.locals.locale).errors.notFound);
	return {
		cohort: {
			...cohort,
			trainers: cohort.trainers.map((trainer) => ({ ...trainer, phone: trainer.phone ? formatPhoneForDisplay(trainer.phone) : null })),
			participants: cohort.participants.map((participant) => ({
				...participant,
				phone: participant.phone ? formatPhoneForDisplay(participant.phone) : ''
			}))
		},
		joinLink: `${event.url.origin}/gabung?kode=${encodeURIComponent(cohort.joinCode)}`,
		notice: event.url.searchParams.get('ok')
	};
};

function notFound(event: RequestEvent): never {
	error(404, messagesFor(event.locals.locale).errors.notFound);
}

export const actions: Actions = {
	rotate: async (event) => {
		const user = requireUser(event, ['organizer', 'admin']);
		if (!(await setup.rotateJoinCode(user, event.params.cohort))) notFound(event);
		redirect(303, `/kelola/kelompok/${event.params.cohort}?ok=kode`);
	},
	close: async (event) => {
		const user = requireUser(event, ['organizer', 'admin']);
		if (!(await setup.setJoiningClosed(user, event.params.cohort, true))) notFound(event);
		redirect(303, `/kelola/kelompok/${event.params.cohort}`);
	},
	open: async (event) => {
		const user = requireUser(event, ['organizer', 'admin']);
		if (!(await setup.setJoiningClosed(user, event.params.cohort, false))) notFound(event);
		redirect(303, `/kelola/kelompok/${event.params.cohort}`);
	},
	addTrainer: async (event) => {
		const user = requireUser(event, ['organizer', 'admin']);
		const form = await event.request.formData();
		const values = {
			contact: String(form.get('contact') ?? '').slice(0, 254),
			name: String(form.get('name') ?? '').slice(0, 120),
			role: form.get('role') === 'mentor' ? ('mentor' as const) : ('trainer' as const),
			mayAuthor: form.get('mayAuthor') === 'on'
		};
		const result = await setup.addCohortTrainer(user, event.params.cohort, values);
		if (!result.ok) {
			if (result.reason === 'cohort-not-found') notFound(event);
			const field = result.reason === 'name-invalid' ? 'name' : 'contact';
			return fail(result.reason === 'contact-taken' ? 409 : 400, {
				action: 'addTrainer' as const,
				values,
				errors: { [field]: addTrainerErrors[result.reason] } as Record<string, string>
			});
		}
		// A new account's one-time password is shown once, in this response.
		return { action: 'addTrainer' as const, added: { name: result.name, oneTimePassword: result.oneTimePassword } };
	},
	removeTrainer: async (event) => {
		const user = requireUser(event, ['organizer', 'admin']);
		const trainerId = String((await event.request.formData()).get('trainerId') ?? '').slice(0, 40);
		if (!(await setup.removeCohortTrainer(user, event.params.cohort, trainerId))) notFound(event);
		redirect(303, `/kelola/kelompok/${event.params.cohort}`);
	},
	move: async (event) => {
		const user = requireUser(event, ['organizer', 'admin']);
		const form = await event.request.formData();
		const result = await setup.moveParticipant(user, {
			participantId: String(form.get('participantId') ?? '').slice(0, 40),
			fromCohortId: event.params.cohort,
			toCohortId: String(form.get('toCohortId') ?? '').slice(0, 40)
		});
		if (!result.ok) notFound(event);
		redirect(303, `/kelola/kelompok/${event.params.cohort}?ok=pindah`);
	}
};
