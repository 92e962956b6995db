import type { PageServerLoad } from './$types';
import * as report from '#lib/server/reports/report';
import { requireUser } from '#lib/server/accounts/guard';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, ['organizer', 'admin']);
	return { programs: await report.listProgramsForOrganizer(user), isAdmin: user.role === 'admin' };
};
