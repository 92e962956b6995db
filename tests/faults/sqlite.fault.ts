/**
 * A crash of the one-machine shape: `kill -9` of the whole server (scripts/serve.js and its
 * worker processes, which share one SQLite file in WAL mode) while a class submits quizzes.
 * Afterwards the file passes SQLite's own integrity check, every attempt a participant saw
 * acknowledged is there with its progress row, and the server starts again on the same file.
 */
import fs from 'node:fs';
import http from 'node:http';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { seedClass, takeQuiz } from '../../bench/class';
import { killSqlite, startSqlite, stopSqlite, type SqliteServer } from '../../bench/servers';
import { disconnectDb } from '../../src/lib/server/db/client';
import { startLoad, useDatabase } from './load';

const FILE = 'data/faults/sqlite.db';
const PARTICIPANTS = 32;

let server: SqliteServer | undefined;

test.afterEach(async () => {
	if (server) await stopSqlite(server);
});

test('kill -9 of the SQLite server during writes: the file is intact and every acknowledged write is in it', async () => {
	fs.mkdirSync('data/faults', { recursive: true });
	server = await startSqlite(FILE, { fresh: true });
	await useDatabase(server.databaseUrl);
	const participants = await seedClass({ participants: PARTICIPANTS, cohorts: 2 });
	// Nothing of this process keeps the file open: the first to open it after the crash recovers it.
	await disconnectDb();

	const load = startLoad(server.origin, participants, { retries: 0 });
	await load.acknowledged(60);
	await killSqlite(server);
	await load.stop();

	const acknowledged = load.runs.filter((run) => run.attemptId);
	// The kill came while the class was writing: some posts never got their answer.
	expect(load.runs.some((run) => run.error?.startsWith('submit'))).toBe(true);

	const sqlite = new Database(FILE);
	try {
		expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
		expect(sqlite.pragma('foreign_key_check')).toEqual([]);
		const stored = new Set((sqlite.prepare('SELECT id FROM QuizAttempt').all() as { id: string }[]).map((row) => row.id));
		for (const run of acknowledged) expect(stored.has(run.attemptId!), `attempt ${run.attemptId} is stored`).toBe(true);
		// An attempt and its progress row are written in one transaction: never one without the other.
		const orphans = sqlite
			.prepare(
				'SELECT COUNT(*) AS n FROM QuizAttempt a WHERE NOT EXISTS (SELECT 1 FROM ModuleProgress p WHERE p.userId = a.userId AND p.moduleId = a.moduleId)'
			)
			.get() as { n: number };
		expect(orphans.n).toBe(0);
		// Each acknowledged form is one row, and no form is stored twice.
		const doubled = sqlite
			.prepare('SELECT COUNT(*) AS n FROM (SELECT userId, submissionId FROM QuizAttempt GROUP BY userId, submissionId HAVING COUNT(*) > 1)')
			.get() as { n: number };
		expect(doubled.n).toBe(0);
	} finally {
		sqlite.close();
	}

	console.log(`SQLite kill -9: ${acknowledged.length} attempts acknowledged before the kill, all present; integrity ok`);

	// The same file serves again, and takes the next answer.
	server = await startSqlite(FILE);
	const agent = new http.Agent({ keepAlive: true });
	const again = await takeQuiz(agent, server.origin, participants[0]);
	agent.destroy();
	expect(again.error).toBeNull();
	expect(again.attemptId).toBeTruthy();
});
