import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireUser } from '#lib/server/accounts/guard';
import { cohortScope } from '#lib/server/reports/scope';
import { reportDownload } from '#lib/server/reports/download-file';
import { downloadResponse } from '#lib/server/http/download';
import { messagesFor } from '#lib/i18n';

// Streams as it reads: a cohort's rows never sit in memory (reports/csv.ts).
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event, ['organizer', 'admin']);
	const scope = await cohortScope(user, event.params.cohort);
	const file = scope && (await reportDownload(scope, event.params.file, event.url.searchParams, event.url.origin));
	if (!file) error(404, messagesFor(event.locals.locale).errors.notFound);
	return downloadResponse(file.body, file.fileName, file.contentType);
};
