/**
 * `npm run bench:quiz`: a class that starts together (issue 14). Two figures, with real
 * participant sessions made straight in the database (many sessions, rotated per request):
 *
 * 1. Quiz submissions: POST the quiz form of one module at 64 connections, every request a
 *    different participant and a new submission id, the answers right (the heaviest path: the
 *    attempt, progress, and the certificate check). Afterwards every acknowledged (303) attempt
 *    must be stored, once.
 * 2. The lesson page against a bare SvelteKit page (the login form without a cookie), at 32
 *    connections, in alternating rounds so that other work on a shared machine hits all alike:
 *    the ratio of their requests/s within this one run. The lesson is measured as a participant
 *    opens it (its first step: the budget) and whole (`?langkah=semua`: the text of every step,
 *    the task, the past quiz attempts and the questions, the heaviest view of it).
 *
 * Without --url it starts the production build on a fresh SQLite file (data/bench-quiz.db) as
 * `npm start` does. With --url it loads a server that is already running (for instance
 * `npm run scale:up`: PostgreSQL, two instances behind nginx); DATABASE_URL must then name that
 * server's database, where the participants are added.
 *
 * Flags: --duration <s> per measured run (default 10), --rounds <n> lesson/bare rounds
 * (default 3), --participants <n> (default 512), --url <origin>, --build, --only quiz|lesson.
 * Prints a Markdown report and writes it to bench/results/quiz-latest.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { HOST, cpuSeconds, freePort, startServer, stopServer } from './server';
import { db, disconnectDb } from '../src/lib/server/db/client';
import { databaseKind, databaseUrl } from '../src/lib/server/db/url';
import { generateSessionToken, sessionIdFromToken, SESSION_LIFETIME_MS } from '../src/lib/server/accounts/session';
import { quizForLevel } from '../src/lib/content/quiz';
import type { Quiz, QuizQuestion } from '../src/lib/content/types';

const DATABASE_FILE = 'data/bench-quiz.db';
const RESULTS_FILE = 'bench/results/quiz-latest.md';
const COURSE = 'menjahit-dasar';
const MODULE = 'alat-dan-keselamatan';
const LESSON_PATH = `/belajar/${COURSE}/${MODULE}`;
const WHOLE_LESSON_PATH = `${LESSON_PATH}?langkah=semua`;
const QUIZ_PATH = `${LESSON_PATH}/kuis`;
const LESSON_TITLE = 'Alat Jahit dan Keselamatan Kerja';
const BARE_PATH = '/masuk';
/** The pages of the lesson rounds, measured in this order in every round. */
const PAGE_PATHS = { lesson: LESSON_PATH, whole: WHOLE_LESSON_PATH, bare: BARE_PATH };
const PAGES = Object.keys(PAGE_PATHS) as (keyof typeof PAGE_PATHS)[];
const LEVEL = 'dasar';

const QUIZ_CONNECTIONS = 64;
const LESSON_CONNECTIONS = 32;
const WARMUP_SECONDS = 3;
const QUIZ_BUDGET = { requestsPerSecond: 400, p99Ms: 100 };
const LESSON_BUDGET = { ratio: 0.6, p99Ms: 100 };
/** As a browser sends them: without it SvelteKit answers a form POST with JSON, not a 303. */
const BROWSER_ACCEPT = { accept: 'text/html,application/xhtml+xml' };

const { values: flags } = parseArgs({
	options: {
		duration: { type: 'string', default: '10' },
		rounds: { type: 'string', default: '3' },
		participants: { type: 'string', default: '512' },
		url: { type: 'string' },
		build: { type: 'boolean', default: false },
		only: { type: 'string' }
	}
});
const seconds = positive('duration', flags.duration);
const rounds = positive('rounds', flags.rounds);
const participantCount = positive('participants', flags.participants);

const loadBefore = os.loadavg();
let server: ChildProcess | null = null;
let origin = flags.url?.replace(/\/$/, '') ?? '';
const tag = randomBytes(3).toString('hex');
try {
	if (!origin) {
		const port = await freePort();
		origin = `http://${HOST}:${port}`;
		server = await startServer({ port, databaseFile: DATABASE_FILE, build: flags.build });
	}
	const kind = databaseKind(databaseUrl());
	const cookies = await createParticipants(participantCount);
	const quizForm = await correctQuizForm();
	const sections: string[] = [];

	if (flags.only !== 'lesson') {
		await checkQuiz(cookies[0], quizForm);
		console.log(`Quiz submissions: ${QUIZ_CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up, then ${seconds} s…`);
		const acknowledged: string[] = [];
		await postQuizzes(cookies, quizForm, WARMUP_SECONDS, acknowledged);
		const cpuBefore = server ? cpuSeconds([server.pid!]) : 0;
		const result = await postQuizzes(cookies, quizForm, seconds, acknowledged);
		const cpuMs = server ? ((cpuSeconds([server.pid!]) - cpuBefore) * 1000) / Math.max(1, result.requests.total) : null;
		sections.push(quizSection(result, cpuMs, await checkStored(acknowledged)));
	}
	if (flags.only !== 'quiz') {
		await checkLesson(cookies[0]);
		const runs: PageRun[] = [];
		const cookiesOf = (page: PageRun['page']) => (page === 'bare' ? null : cookies);
		const measure = async (page: PageRun['page']) => {
			const cpuBefore = server ? cpuSeconds([server.pid!]) : 0;
			const result = await getPages(PAGE_PATHS[page], cookiesOf(page), seconds);
			const cpuMs = server ? ((cpuSeconds([server.pid!]) - cpuBefore) * 1000) / Math.max(1, result.requests.total) : null;
			runs.push({ page, result, cpuMs });
		};
		console.log(`Lesson page vs bare page: ${LESSON_CONNECTIONS} connections, ${rounds} alternating rounds of ${seconds} s…`);
		for (const page of PAGES) await getPages(PAGE_PATHS[page], cookiesOf(page), WARMUP_SECONDS);
		for (let round = 0; round < rounds; round++) {
			for (const page of PAGES) await measure(page);
			const [lesson, whole, bare] = runs.slice(-PAGES.length).map((run) => run.result.requests.mean.toFixed(0));
			console.log(`  round ${round + 1}: lesson ${lesson}/s, whole lesson ${whole}/s, bare ${bare}/s`);
		}
		sections.push(lessonSection(runs));
	}

	const report = [
		'# Class bench results',
		'',
		`- Date: ${new Date().toISOString()}`,
		`- Command: \`npm run bench:quiz${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\``,
		`- Target: ${flags.url ? origin : `production build, ${process.env.BERDAYA_WORKERS ?? os.availableParallelism()} worker(s)`}, ${kind}`,
		`- Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}`,
		`- Load average before: ${loadBefore.map((value) => value.toFixed(2)).join(', ')}; after: ${os
			.loadavg()
			.map((value) => value.toFixed(2))
			.join(', ')} (1, 5, 15 min)`,
		`- ${participantCount} participants with their own sessions, rotated per request.`,
		'',
		...sections
	].join('\n');
	console.log('\n' + report);
	fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
	fs.writeFileSync(RESULTS_FILE, report + '\n');
	console.log(`Written to ${RESULTS_FILE}`);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
} finally {
	await disconnectDb();
	if (server) await stopServer(server);
}

function positive(name: string, value: string | undefined): number {
	const number = Number(value);
	if (!Number.isFinite(number) || number <= 0) {
		console.error(`--${name} must be a positive number, not "${value}"`);
		process.exit(2);
	}
	return number;
}

/** Participants placed at dasar, enrolled in the demo cohort that teaches the course, each with a session. */
async function createParticipants(count: number): Promise<string[]> {
	const cohort = await db.cohort.findFirstOrThrow({
		where: { courses: { some: { course: { slug: COURSE } } } },
		select: { id: true }
	});
	const now = new Date();
	const users = Array.from({ length: count }, (_, index) => ({
		id: `bench-${tag}-${index}`,
		role: 'participant',
		name: `Peserta Uji ${index + 1}`,
		// Only unique; never typed.
		phone: `+62819${String(parseInt(tag, 16) % 100_000).padStart(5, '0')}${String(index).padStart(5, '0')}`,
		secretHash: 'not-a-hash',
		literacyLevel: LEVEL,
		levelSetAt: now
	}));
	await db.user.createMany({ data: users });
	await db.enrollment.createMany({ data: users.map((user) => ({ userId: user.id, cohortId: cohort.id })) });
	const tokens = users.map(() => generateSessionToken());
	await db.session.createMany({
		data: tokens.map((token, index) => ({
			id: sessionIdFromToken(token),
			userId: users[index].id,
			expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS)
		}))
	});
	console.log(`${count} participants with sessions created`);
	return tokens.map((token) => `berdaya_session=${token}`);
}

/**
 * Every acknowledged submission (a 303 to its result) is stored, and stored once: the attempt
 * ids the server answered are all distinct and all present. (Requests still in flight when a
 * run ends may be stored without their answer being counted; they are not acknowledged.)
 */
async function checkStored(acknowledged: string[]): Promise<{ acknowledged: number; distinct: number; present: number }> {
	const distinct = [...new Set(acknowledged)];
	let present = 0;
	for (let start = 0; start < distinct.length; start += 500) {
		present += await db.quizAttempt.count({ where: { id: { in: distinct.slice(start, start + 500) } } });
	}
	return { acknowledged: acknowledged.length, distinct: distinct.length, present };
}

/** The quiz form with every answer right, without its submission id (each request adds one). */
async function correctQuizForm(): Promise<URLSearchParams> {
	const module = await db.module.findFirstOrThrow({
		where: { slug: MODULE, course: { slug: COURSE } },
		select: { publishedVersion: { select: { id: true, quizJson: true } } }
	});
	const version = module.publishedVersion!;
	const form = new URLSearchParams({ version: version.id });
	for (const question of quizForLevel(JSON.parse(version.quizJson) as Quiz, LEVEL)) addRightAnswer(form, question);
	return form;
}

function addRightAnswer(form: URLSearchParams, question: QuizQuestion): void {
	const field = `q:${question.id}`;
	if (question.type === 'ordering') question.steps.forEach((step, index) => form.append(`${field}:${step.id}`, String(index + 1)));
	else if (question.type === 'numeric') form.append(field, String(question.answer.value).replace('.', ','));
	else if (question.type === 'multiple') for (const option of question.options.filter((o) => o.correct)) form.append(field, option.id);
	else form.append(field, question.options.find((option) => option.correct)!.id);
}

function quizBody(form: URLSearchParams): string {
	const body = new URLSearchParams(form);
	body.set('submissionId', randomBytes(16).toString('base64url'));
	return body.toString();
}

function postHeaders(cookie: string): Record<string, string> {
	// SvelteKit refuses form POSTs whose Origin is not the app's own (CSRF protection).
	return { ...BROWSER_ACCEPT, 'content-type': 'application/x-www-form-urlencoded', origin, cookie };
}

async function checkQuiz(cookie: string, form: URLSearchParams): Promise<void> {
	const response = await fetch(origin + QUIZ_PATH, {
		method: 'POST',
		headers: postHeaders(cookie),
		body: quizBody(form),
		redirect: 'manual'
	});
	const location = response.headers.get('location') ?? '';
	if (response.status !== 303 || !location.startsWith('/belajar/hasil/')) {
		throw new Error(`Quiz check failed: POST ${QUIZ_PATH} gave HTTP ${response.status} ${location}`);
	}
	const result = await fetch(origin + location, { headers: { ...BROWSER_ACCEPT, cookie } });
	console.log(`Quiz check: 303 to ${location}, which answers ${result.status}`);
}

async function checkLesson(cookie: string): Promise<void> {
	for (const pagePath of [LESSON_PATH, WHOLE_LESSON_PATH]) {
		const response = await fetch(origin + pagePath, { headers: { ...BROWSER_ACCEPT, cookie }, redirect: 'manual' });
		const body = await response.text();
		if (response.status !== 200 || !body.includes(LESSON_TITLE))
			throw new Error(`Lesson check failed: ${pagePath} HTTP ${response.status}`);
		console.log(`Lesson check: ${pagePath} HTTP 200, ${Buffer.byteLength(body)} bytes of HTML`);
	}
}

/** Every request another participant, every request a new submission id. */
function postQuizzes(cookies: string[], form: URLSearchParams, duration: number, acknowledged: string[]): Promise<autocannon.Result> {
	let next = 0;
	return autocannon({
		url: origin,
		connections: QUIZ_CONNECTIONS,
		duration,
		requests: [
			{
				method: 'POST',
				path: QUIZ_PATH,
				setupRequest: (request) => ({ ...request, headers: postHeaders(cookies[next++ % cookies.length]), body: quizBody(form) }),
				onResponse: (status, _body, _context, headers) => {
					if (status === 303) acknowledged.push(headers.location?.split('/').at(-1) ?? '');
				}
			}
		]
	});
}

/** A page for rotating sessions (or none). */
function getPages(pagePath: string, cookies: string[] | null, duration: number): Promise<autocannon.Result> {
	let next = 0;
	return autocannon({
		url: origin,
		connections: LESSON_CONNECTIONS,
		duration,
		requests: [
			{
				method: 'GET',
				path: pagePath,
				setupRequest: (request) => ({
					...request,
					headers: cookies ? { ...BROWSER_ACCEPT, cookie: cookies[next++ % cookies.length] } : BROWSER_ACCEPT
				})
			}
		]
	});
}

function quizSection(
	result: autocannon.Result,
	cpuMs: number | null,
	check: { acknowledged: number; distinct: number; present: number }
): string {
	const ok = result.statusCodeStats['303']?.count ?? 0;
	const others = Object.entries(result.statusCodeStats)
		.filter(([code]) => code !== '303')
		.map(([code, { count }]) => `${code}: ${count}`);
	const exact = check.distinct === check.acknowledged && check.present === check.distinct;
	const met = result.requests.mean >= QUIZ_BUDGET.requestsPerSecond && result.latency.p99 <= QUIZ_BUDGET.p99Ms && others.length === 0;
	return [
		`## Quiz submissions (POST ${QUIZ_PATH}, ${QUIZ_CONNECTIONS} connections, ${result.duration} s)`,
		'',
		'| requests/s (mean) | p50 | p90 | p99 | max | 303 | other | errors (timeouts) | server CPU per request |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		`| ${result.requests.mean.toFixed(1)} | ${result.latency.p50} ms | ${result.latency.p90} ms | ${result.latency.p99} ms | ${result.latency.max} ms | ${ok} | ${others.join(', ') || 0} | ${result.errors} (${result.timeouts}) | ${cpuMs === null ? '–' : `${cpuMs.toFixed(2)} ms`} |`,
		'',
		`Acknowledged (303, warm-up included): ${check.acknowledged}, with ${check.distinct} distinct attempt ids, ${check.present} of them stored: **${exact ? 'each acknowledged attempt stored once' : 'MISMATCH'}**.`,
		'',
		`Budget (≥ ${QUIZ_BUDGET.requestsPerSecond}/s, p99 ≤ ${QUIZ_BUDGET.p99Ms} ms, only 303): **${met ? 'met' : 'NOT met'}**.`,
		''
	].join('\n');
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

type PageRun = { page: keyof typeof PAGE_PATHS; result: autocannon.Result; cpuMs: number | null };

function lessonSection(runs: PageRun[]): string {
	const of = (page: PageRun['page']) => runs.filter((run) => run.page === page).map((run) => run.result);
	const [lesson, whole, bare] = [of('lesson'), of('whole'), of('bare')];
	const cpu = (page: PageRun['page']) => {
		const values = runs.filter((run) => run.page === page && run.cpuMs !== null).map((run) => run.cpuMs!);
		return values.length ? median(values) : null;
	};
	const cpuCell = (page: PageRun['page']) => (cpu(page) === null ? '–' : `${cpu(page)!.toFixed(2)} ms`);
	const rps = (results: autocannon.Result[]) => median(results.map((result) => result.requests.mean));
	const p99 = (results: autocannon.Result[]) => median(results.map((result) => result.latency.p99));
	const bad = (results: autocannon.Result[]) => results.reduce((sum, result) => sum + result.non2xx + result.errors, 0);
	const ratio = rps(lesson) / rps(bare);
	const wholeRatio = rps(whole) / rps(bare);
	const met = ratio >= LESSON_BUDGET.ratio && p99(lesson) <= LESSON_BUDGET.p99Ms && bad(lesson) === 0;
	const row = (name: string, page: PageRun['page'], results: autocannon.Result[]) =>
		`| ${name} | ${results.map((result) => result.requests.mean.toFixed(0)).join(', ')} | ${rps(results).toFixed(1)} | ${p99(results)} ms | ${bad(results)} | ${cpuCell(page)} |`;
	return [
		`## Lesson page against a bare page (${LESSON_CONNECTIONS} connections, ${runs.length / PAGES.length} alternating rounds, medians)`,
		'',
		'| page | requests/s per round | requests/s (median) | p99 (median) | non-2xx + errors | server CPU per request (median) |',
		'| --- | ---: | ---: | ---: | ---: | ---: |',
		row(`lesson \`${LESSON_PATH}\` (as opened: its first step)`, 'lesson', lesson),
		row(`whole lesson \`${WHOLE_LESSON_PATH}\``, 'whole', whole),
		row(`bare \`${BARE_PATH}\` (no cookie)`, 'bare', bare),
		'',
		`Lesson / bare: **${(ratio * 100).toFixed(0)} %**. Budget (≥ ${LESSON_BUDGET.ratio * 100} %, lesson p99 ≤ ${LESSON_BUDGET.p99Ms} ms): **${met ? 'met' : 'NOT met'}**. Whole lesson / bare: **${(wholeRatio * 100).toFixed(0)} %** (p99 ${p99(whole)} ms).`,
		''
	].join('\n');
}
