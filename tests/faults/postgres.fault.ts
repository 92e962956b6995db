/**
 * Faults of the scaled-out set-up (PostgreSQL, two instances behind nginx, scripts/scale/up.sh),
 * under a class of participants taking a quiz again and again, as phones do: a reply that never
 * came (a reset, a 502) or a 503 is retried, and a retried post is the same form with the same
 * submission id. Decision 020 says why these faults and how.
 */
import { expect, test } from '@playwright/test';
import { db } from '../../src/lib/server/db/client';
import { seedClass, send, storedAttempts, QUIZ_PATH } from '../../bench/class';
import { asAdmin, scaleDown, scaleUp, type Scale } from '../../bench/servers';
import { startLoad, useDatabase, type Load } from './load';
import http from 'node:http';

const DATABASE = process.env.FAULTS_DATABASE ?? 'berdaya_faults';
const PARTICIPANTS = 48;

let scale: Scale;

test.beforeEach(async () => {
	scale = await scaleUp(DATABASE);
	await useDatabase(scale.databaseUrl);
});

test.afterEach(async () => {
	await db.$disconnect();
	scaleDown();
	// The database stays open to connections whatever a test did to it.
	await asAdmin(`ALTER DATABASE "${DATABASE}" WITH ALLOW_CONNECTIONS true`).catch(() => undefined);
});

/** Every acknowledged attempt is stored, exactly once, and nothing else is. */
async function expectStoredOnce(load: Load) {
	const acknowledged = load.runs.filter((run) => run.attemptId);
	const stored = await storedAttempts([...new Set(load.runs.map((run) => run.participantId))]);
	expect(stored.duplicated).toBe(0);
	expect(stored.withoutSubmissionId).toBe(0);
	for (const run of acknowledged) expect(stored.ids.has(run.attemptId!), `attempt ${run.attemptId} is stored`).toBe(true);
	// Each run was one form: as many attempts as acknowledged forms, none doubled by a retry.
	expect(stored.total).toBe(acknowledged.length);
	expect(new Set(acknowledged.map((run) => run.attemptId)).size).toBe(acknowledged.length);
}

test('kill -9 of one instance while a class submits a quiz: every acknowledged attempt is stored exactly once', async () => {
	const participants = await seedClass({ participants: PARTICIPANTS, cohorts: 4 });
	const load = startLoad(scale.origin, participants, { retries: 60, pauseMs: 200, maxRounds: 5 });

	// Killed while the class is busy: some posts are half way through instance a.
	await load.acknowledged(40);
	process.kill(scale.pid('a'), 'SIGKILL');
	await load.finished();

	const failed = load.runs.filter((run) => run.error);
	expect(failed.map((run) => run.error)).toEqual([]);
	expect(load.runs).toHaveLength(PARTICIPANTS * 5);
	// The kill hit requests in flight, and at least one of them was a post the client could not
	// know the fate of (nginx does not replay a post: it answers 502, and the phone retries).
	const failedPosts = load.replies.filter((reply) => reply.kind === 'submit' && ('error' in reply || reply.status === 502));
	expect(failedPosts.length).toBeGreaterThan(0);
	await expectStoredOnce(load);
	console.log(
		`kill -9: ${load.runs.length} attempts acknowledged, ${failedPosts.length} posts failed in flight, ${load.runs.reduce((sum, run) => sum + run.retries, 0)} retries`
	);
	// Instance b served the rest alone.
	expect(() => process.kill(scale.pid('b'), 0)).not.toThrow();
});

test('PostgreSQL gone for a while under load: requests in flight get the 503 page, and the instances recover by themselves', async () => {
	const participants = await seedClass({ participants: PARTICIPANTS, cohorts: 4 });
	const pids = { a: scale.pid('a'), b: scale.pid('b') };
	const load = startLoad(scale.origin, participants, { retries: 100, pauseMs: 300 });
	await load.acknowledged(40);

	// What a restart of PostgreSQL looks like to the instances, limited to this test's database
	// (the server is shared): every connection is ended (57P01) and new ones are refused, for
	// four seconds. Then connections are allowed again and nobody touches the instances.
	await asAdmin(`ALTER DATABASE "${DATABASE}" WITH ALLOW_CONNECTIONS false`);
	const down = performance.now();
	const ended = await asAdmin<{ ended: boolean }>(
		'SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
		[DATABASE]
	);
	expect(ended.length).toBeGreaterThan(0);
	await new Promise((resolve) => setTimeout(resolve, 4_000));
	await asAdmin(`ALTER DATABASE "${DATABASE}" WITH ALLOW_CONNECTIONS true`);
	const up = performance.now();
	const before = load.runs.filter((run) => run.attemptId).length;
	await load.acknowledged(before + 2 * PARTICIPANTS);
	await load.stop();

	const outage = load.replies.filter((reply) => reply.at >= down);
	const unavailable = outage.filter((reply) => 'status' in reply && reply.status === 503);
	expect(unavailable.length).toBeGreaterThan(0);
	for (const reply of load.replies) {
		// Never a 500, a 502 (an instance died) or a dropped connection: a 503 or the real answer.
		expect([200, 303, 503]).toContain('error' in reply ? reply.error : reply.status);
		if (!('status' in reply) || reply.status !== 503) continue;
		// The page says, in Indonesian first, to wait and try again; no stack, no driver's words.
		expect(reply.body).toContain('lang="id"');
		expect(reply.body).toContain('Tunggu sebentar, lalu coba lagi');
		expect(reply.body).not.toMatch(/at .*\.(js|ts):\d+|Prisma|ECONN|57P01|terminating connection/);
	}
	// Not one 503 is answered a second after connections are allowed again.
	expect(load.replies.filter((reply) => reply.at > up + 1_000 && 'status' in reply && reply.status === 503)).toEqual([]);
	expect(load.runs.filter((run) => run.error).map((run) => run.error)).toEqual([]);
	await expectStoredOnce(load);
	console.log(
		`PostgreSQL away: ${load.runs.length} attempts acknowledged, ${unavailable.length} replies were the 503 page, ${ended.length} connections ended`
	);

	// The same processes, still serving: nobody restarted them.
	expect({ a: scale.pid('a'), b: scale.pid('b') }).toEqual(pids);
	const agent = new http.Agent();
	for (const instance of [scale.instances.a, scale.instances.b]) {
		expect((await fetch(`${instance}/healthz`)).status).toBe(200);
		const page = await send(agent, instance, { method: 'GET', path: QUIZ_PATH, cookie: participants[0].cookie });
		expect(page.status).toBe(200);
	}
	agent.destroy();
});
