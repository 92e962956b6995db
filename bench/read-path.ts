/**
 * `npm run bench:read-path`: what each step of the lesson page's read path costs, in process,
 * without HTTP: the mean CPU time of each domain call the lesson's server hook and load make, run
 * back to back many times on a fresh SQLite database (or DATABASE_URL). The HTTP figures
 * (bench/quiz.ts) say how fast the page is; this says where its time goes.
 *
 * Flags: --iterations <n> (default 2000).
 */
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { db, disconnectDb } from '../src/lib/server/db/client';
import * as session from '../src/lib/server/accounts/session';
import * as course from '../src/lib/server/learning/course';
import * as questions from '../src/lib/server/cohorts/questions';
import * as quizHistory from '../src/lib/server/learning/quiz-history';
import * as levels from '../src/lib/server/learning/levels';

const COURSE = 'menjahit-dasar';
const MODULE = 'alat-dan-keselamatan';
const DATABASE_FILE = 'data/bench-read-path.db';

const { values: flags } = parseArgs({ options: { iterations: { type: 'string', default: '2000' } } });
const iterations = Number(flags.iterations);

if (!process.env.DATABASE_URL) {
	for (const suffix of ['', '-wal', '-shm']) fs.rmSync(DATABASE_FILE + suffix, { force: true });
	process.env.DATABASE_URL = `file:./${DATABASE_FILE}`;
	process.env.BERDAYA_DEMO = '1';
	execFileSync(process.execPath, ['--import', 'tsx', 'scripts/setup.ts'], {
		env: { ...process.env, HOST: '127.0.0.1' },
		stdio: ['ignore', 'ignore', 'ignore']
	});
}

const participant = await db.user.findFirstOrThrow({ where: { role: 'participant', enrollments: { some: {} } }, select: { id: true } });
await db.user.update({ where: { id: participant.id }, data: { levelSetAt: new Date(), literacyLevel: 'dasar' } });
const token = session.generateSessionToken();
await session.createSession(token, participant.id);
const userId = participant.id;
const { moduleId } = (await course.readModuleForParticipant(userId, 'dasar', COURSE, MODULE))!;

const steps: [string, () => Promise<unknown>][] = [
	['session: validateSessionToken', () => session.validateSessionToken(token)],
	[
		'lesson: readModuleForParticipant (access, progress, cached HTML)',
		() => course.readModuleForParticipant(userId, 'dasar', COURSE, MODULE)
	],
	['questions: listOwnQuestions', () => questions.listOwnQuestions(userId, COURSE, MODULE)],
	['questions: listSharedQuestions', () => questions.listSharedQuestions(userId, COURSE, MODULE)],
	['levels: readLiteracyProfile', () => levels.readLiteracyProfile(userId)],
	['quiz: listAttemptsForModule', () => quizHistory.listAttemptsForModule(userId, COURSE, MODULE)],
	// What the lesson page runs since decision 019, by the module the first statement found.
	['questions: listQuestionsOnLesson (own and shared, one statement)', () => questions.listQuestionsOnLesson(userId, moduleId)],
	['quiz: listAttemptsOfModule (one statement)', () => quizHistory.listAttemptsOfModule(userId, moduleId)]
];

console.log(`${iterations} iterations each, ${process.env.DATABASE_URL?.split(':')[0]}`);
for (const [name, step] of steps) {
	for (let i = 0; i < 200; i++) await step();
	// CPU time rather than wall time: on a shared machine other work stretches the latter.
	const cpu = process.cpuUsage();
	const started = performance.now();
	for (let i = 0; i < iterations; i++) await step();
	const used = process.cpuUsage(cpu);
	const cpuMs = (used.user + used.system) / 1000 / iterations;
	console.log(`${cpuMs.toFixed(3)} ms CPU (${((performance.now() - started) / iterations).toFixed(3)} ms wall)  ${name}`);
}
await disconnectDb();
