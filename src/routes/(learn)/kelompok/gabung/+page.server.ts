import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as account from '#lib/server/accounts/account';
import { requireUser } from '#lib/server/accounts/guard';
import { db } from '#lib/server/db/client';

/** A signed-in participant joins one more cohort with its code; their progress stays theirs. */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['participant']);
	const joinedId = event.url.searchParams.get('berhasil');
	// Only a cohort this participant is in: the id in the URL proves nothing by itself.
	const joined = joinedId
		? await db.enrollment.findFirst({
				where: { userId: user.id, cohortId: joinedId.slice(0, 40) },
				select: { cohort: { select: { name: true } } }
			})
		: null;
	return {
		code: (event.url.searchParams.get('kode') ?? '').slice(0, 20),
		joined: joined?.cohort.name ?? null,
		already: event.url.searchParams.has('sudah')
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event, ['participant']);
		const code = String((await event.request.formData()).get('code') ?? '').slice(0, 20);
		if (code.trim() === '') return fail(400, { code, error: 'required' as const });
		const result = await account.enrollInCohortWithJoinCode({ userId: user.id, joinCode: code });
		if (!result.ok) {
			if (result.reason === 'join-closed') return fail(403, { code, error: 'joinClosed' as const });
			return fail(400, { code, error: 'joinCodeUnknown' as const });
		}
		redirect(303, `/kelompok/gabung?berhasil=${result.cohort.id}${result.alreadyEnrolled ? '&sudah' : ''}`);
	}
};
