import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { checkHealth } from '#lib/server/db/health';

/**
 * For load balancers and monitors: 200 when the database answers and every migration has run,
 * 503 otherwise. Says nothing about users or data.
 */
export const GET: RequestHandler = async () => {
	const health = await checkHealth();
	return json(
		{ status: health.ok ? 'ok' : 'unavailable', database: health.database, pendingMigrations: health.pendingMigrations },
		{ status: health.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } }
	);
};
