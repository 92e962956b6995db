/**
 * Berdaya as a program that outgrew one machine runs it: PostgreSQL, two app instances, nginx in
 * front (scripts/scale/up.sh). Nothing an instance keeps in memory may be needed by the other:
 * a session made on one is honoured by the other, a quiz answered through either is stored
 * once, and when one instance dies the proxy keeps serving from the other.
 */
import fs from 'node:fs';
import pg from 'pg';
import { expect, test } from '@playwright/test';
import { db } from '../../src/lib/server/db/client';
import { createCohort, createParticipant, logIn, storedQuiz } from '../e2e/fixtures';

const COURSE = 'menjahit-dasar';
const MODULE = 'alat-dan-keselamatan';

test.afterAll(async () => {
	await db.$disconnect();
});

test('the proxy spreads requests over both instances, and both honour one session', async ({ page }) => {
	const health = await page.request.get('/healthz');
	expect(health.status()).toBe(200);
	expect(await health.json()).toMatchObject({ status: 'ok', database: 'ok', pendingMigrations: 0 });

	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'menengah' });
	await logIn(page, participant.phone, participant.pin);

	const seen = new Set<string>();
	for (let index = 0; index < 8; index++) {
		const response = await page.request.get('/belajar', { maxRedirects: 0 });
		// Logged in on whichever instance answered: the session lives in the database.
		expect(response.status()).toBe(200);
		expect(await response.text()).toContain(participant.name);
		seen.add(response.headers()['x-berdaya-instance'] ?? 'none');
	}
	expect([...seen].sort()).toEqual(['a', 'b']);
});

test('a quiz answered through the proxy is stored once', async ({ page }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'menengah' });
	await logIn(page, participant.phone, participant.pin);
	const quiz = await storedQuiz(COURSE, MODULE, 'menengah');

	await page.goto(`/belajar/${COURSE}/${MODULE}/kuis`);
	for (const question of quiz.questions) {
		const right = question.options.find((option) => option.correct)!;
		await page.locator(`input[name="q:${question.id}"][value="${right.id}"]`).check();
	}
	await page.getByRole('button', { name: 'Kirim jawaban' }).click();
	await expect(page).toHaveURL(/\/belajar\/hasil\//);
	expect(await db.quizAttempt.count({ where: { userId: participant.id } })).toBe(1);
});

test('when one instance is killed, the other keeps serving through the proxy', async ({ page }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id);
	await logIn(page, participant.phone, participant.pin);

	const pidFile = 'data/scale/instance-a.pid';
	process.kill(Number(fs.readFileSync(pidFile, 'utf8')), 'SIGKILL');
	for (let index = 0; index < 6; index++) {
		const response = await page.request.get('/belajar', { maxRedirects: 0 });
		expect(response.status()).toBe(200);
		expect(response.headers()['x-berdaya-instance']).toBe('b');
	}
});

test('while PostgreSQL refuses connections a request gets a plain 503, and the instance recovers by itself', async ({ page }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id);
	await logIn(page, participant.phone, participant.pin);

	// What a restart looks like to an instance: every connection ends (57P01) and new ones are
	// refused for a while. Done through the maintenance database, as an operator would.
	const admin = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/postgres' });
	await admin.connect();
	const database = new URL(process.env.DATABASE_URL!).pathname.slice(1);
	try {
		await admin.query(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS false`);
		await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database]);
		const down = await page.request.get('/belajar', { maxRedirects: 0 });
		expect(down.status()).toBe(503);
		expect(down.headers()['retry-after']).toBeDefined();
		const body = await down.text();
		expect(body).toContain('Tunggu sebentar, lalu coba lagi');
		expect(body).not.toMatch(/at .*\.js:\d+|Error:/);
	} finally {
		await admin.query(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS true`);
		await admin.end();
	}
	// Recovered without a restart of the instance.
	for (let index = 0; index < 3; index++) {
		const response = await page.request.get('/belajar', { maxRedirects: 0 });
		expect(response.status()).toBe(200);
		expect(await response.text()).toContain(participant.name);
	}
});
