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
import * as practical from '../src/lib/server/cohorts/practical';
import * as offline from '../src/lib/server/learning/offline';
import { load } from '../src/routes/(learn)/belajar/[course=slug]/[module=slug]/+page.server';

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

const lesson = (await course.readModuleForParticipant(userId, 'dasar', COURSE, MODULE))!;
const sessionUser = (await session.validateSessionToken(token))!.user;

const steps: [string, () => unknown][] = [
	['session: validateSessionToken (lean read)', () => session.validateSessionToken(token)],
	[
		'lesson: readModuleForParticipant (access, progress, price of data; lean read)',
		() => course.readModuleForParticipant(userId, 'dasar', COURSE, MODULE)
	],
	['questions: listQuestionsOnLesson (own and shared; lean read)', () => questions.listQuestionsOnLesson(userId, moduleId)],
	['quiz: listAttemptsOfModule (lean read)', () => quizHistory.listAttemptsOfModule(userId, moduleId)],
	...(lesson.practical
		? [
				['practical: readLatestOnLesson (lean read)', () => practical.readLatestOnLesson(userId, moduleId, lesson.practical!)] as [
					string,
					() => unknown
				]
			]
		: []),
	['offline: moduleOfferOfVersion (cached manifest)', () => offline.moduleOfferOfVersion(lesson.versionId, 'dasar', lesson.dataPricePerGb)],
	// The whole of the page's server load, as SvelteKit calls it (without rendering).
	['the lesson page load, all of the above together', () => lessonLoad(sessionUser)],
	// For comparison: the same kind of reads through the ORM (what the page ran before decision 025).
	['(before) questions: listOwnQuestions through Prisma', () => questions.listOwnQuestions(userId, COURSE, MODULE)],
	['(before) quiz: listAttemptsForModule through Prisma', () => quizHistory.listAttemptsForModule(userId, COURSE, MODULE)],
	['(before) levels: readLiteracyProfile through Prisma', () => levels.readLiteracyProfile(userId)]
];

/** The route's load with the event SvelteKit would pass for a signed-in participant. */
function lessonLoad(user: typeof sessionUser) {
	const url = new URL(`http://localhost/belajar/${COURSE}/${MODULE}`);
	const event = { locals: { user, locale: 'id' }, params: { course: COURSE, module: MODULE }, url, request: new Request(url) };
	return load(event as unknown as Parameters<typeof load>[0]);
}

console.log(`${iterations} iterations each, ${process.env.DATABASE_URL?.split(':')[0]}`);
for (const [name, step] of steps) {
	// As long a warm-up as the measured run: the JIT settles only after a few thousand calls.
	for (let i = 0; i < iterations; i++) await step();
	// CPU time rather than wall time: on a shared machine other work stretches the latter.
	const cpu = process.cpuUsage();
	const started = performance.now();
	for (let i = 0; i < iterations; i++) await step();
	const used = process.cpuUsage(cpu);
	const cpuMs = (used.user + used.system) / 1000 / iterations;
	console.log(`${cpuMs.toFixed(3)} ms CPU (${((performance.now() - started) / iterations).toFixed(3)} ms wall)  ${name}`);
}
await disconnectDb();
