/**
 * `npm run bench`: throughput of the lesson page and of logging in, against the production
 * build on a fresh SQLite database (docs/benchmarks.md states the budgets).
 *
 * Starts the app (scripts/setup.ts, then scripts/serve.js) on a free loopback port, logs in as the demo participant, checks that
 * the lesson page really renders for that session, compressed, then loads it with autocannon;
 * then the bare login page (no session, no database) for comparison in the same run; afterwards
 * it loads the login form POST. Every GET asks for compression as a phone's browser does.
 * Prints a Markdown report and writes it to bench/results/latest.md.
 *
 * Flags: --duration <seconds> for the measured lesson run (default 20; the login run takes
 * half, at least 5), --build to force a fresh `vite build` first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { HOST, cpuSeconds, freePort, startServer, stopServer } from './server';
import { LENGTH_COURSE, LONG_MODULE, SHORT_MODULE, seedLengthModules } from './length-modules';

const DATABASE_FILE = 'data/bench.db';
const RESULTS_FILE = 'bench/results/latest.md';

// The demo participant's PIN is random per database unless fixed, as here, through the environment.
const PARTICIPANT = { phone: '0812-0000-0001', pin: '592847' };
const LESSON_PATH = '/belajar/menjahit-dasar/alat-dan-keselamatan';
const LESSON_TITLE = 'Alat Jahit dan Keselamatan Kerja';

const LESSON_CONNECTIONS = 32;
const WARMUP_SECONDS = 3;
const LOGIN_CONNECTIONS = 8;
const LESSON_BUDGET = { requestsPerSecond: 800, p99Ms: 100 };
const LENGTH_ROUNDS = 3;
/**
 * As a browser sends them. Without `accept: text/html` SvelteKit answers a form POST with its
 * JSON action result (200) instead of the 303 redirect a browser gets.
 */
const BROWSER_ACCEPT = { accept: 'text/html,application/xhtml+xml' };
/** As Chrome on Android asks for pages: the server answers with brotli (scripts/serve.js). */
const BROWSER_ENCODINGS = { 'accept-encoding': 'gzip, deflate, br' };

type Summary = {
	name: string;
	connections: number;
	seconds: number;
	result: autocannon.Result;
	/** What a correct response looks like for this endpoint, e.g. "2xx" or "303". */
	expected: string;
	expectedCount: number;
};

const { values: flags } = parseArgs({
	options: { duration: { type: 'string', default: '20' }, build: { type: 'boolean', default: false } }
});
const lessonSeconds = Number(flags.duration);
if (!Number.isFinite(lessonSeconds) || lessonSeconds <= 0) {
	console.error(`--duration must be a positive number of seconds, not "${flags.duration}"`);
	process.exit(2);
}
const loginSeconds = Math.max(5, Math.round(lessonSeconds / 2));

// Taken before the server starts: on a shared machine, other work skews every figure.
const loadBefore = os.loadavg();
const port = await freePort();
const origin = `http://${HOST}:${port}`;
const server = await startBenchServer(port, flags.build);
try {
	const cookie = await logIn();
	await checkLesson(cookie);

	console.log(`Warm-up: lesson page, ${WARMUP_SECONDS} s (discarded)…`);
	await autocannon({
		url: origin + LESSON_PATH,
		connections: LESSON_CONNECTIONS,
		duration: WARMUP_SECONDS,
		headers: lessonHeaders(cookie)
	});

	console.log(`Lesson page: ${LESSON_CONNECTIONS} connections, ${lessonSeconds} s…`);
	const lessonResult = await autocannon({
		url: origin + LESSON_PATH,
		connections: LESSON_CONNECTIONS,
		duration: lessonSeconds,
		headers: lessonHeaders(cookie)
	});
	const lesson = lessonSummary(LESSON_PATH, lessonResult);

	// The same load on the bare login page (SvelteKit render, no session, no database): what
	// the framework and compression cost on this machine at this moment, to compare with.
	console.log(`Bare page: GET /masuk, ${LESSON_CONNECTIONS} connections, ${lessonSeconds} s…`);
	const bareResult = await autocannon({
		url: origin + '/masuk',
		connections: LESSON_CONNECTIONS,
		duration: lessonSeconds,
		headers: { ...BROWSER_ACCEPT, ...BROWSER_ENCODINGS }
	});
	const bare = lessonSummary('/masuk', bareResult);

	// Reading cost must not grow with module length: the same page for 1 and 50 screens, in
	// alternating rounds so that a burst of other work on this shared machine hits both alike.
	// Besides requests/s, the server's own CPU time per request is taken from /proc: it does not
	// include the load generator's cost of reading a longer response.
	const lengthSeconds = Math.max(3, Math.round(lessonSeconds / 6));
	const lengthRuns: LengthRun[] = [];
	for (let round = 0; round < LENGTH_ROUNDS; round++) {
		for (const slug of [SHORT_MODULE, LONG_MODULE]) {
			// The whole module on one page: a lesson in steps would otherwise send only its first.
			const lengthPath = `/belajar/${LENGTH_COURSE}/${slug}?langkah=semua`;
			console.log(`Module length, round ${round + 1}/${LENGTH_ROUNDS}: ${lengthPath}, ${lengthSeconds} s…`);
			if (round === 0)
				await autocannon({
					url: origin + lengthPath,
					connections: LESSON_CONNECTIONS,
					duration: WARMUP_SECONDS,
					headers: lessonHeaders(cookie)
				});
			const cpuBefore = cpuSeconds([server.pid!]);
			const result = await autocannon({
				url: origin + lengthPath,
				connections: LESSON_CONNECTIONS,
				duration: lengthSeconds,
				headers: lessonHeaders(cookie)
			});
			const cpuMsPerRequest = ((cpuSeconds([server.pid!]) - cpuBefore) * 1000) / Math.max(1, result.requests.total);
			lengthRuns.push({ slug, summary: lessonSummary(lengthPath, result), cpuMsPerRequest });
		}
	}

	console.log(`Login: ${LOGIN_CONNECTIONS} connections, ${loginSeconds} s…`);
	const loginResult = await autocannon({
		url: origin + '/masuk',
		method: 'POST',
		connections: LOGIN_CONNECTIONS,
		duration: loginSeconds,
		headers: loginHeaders(),
		body: loginBody()
	});
	const login: Summary = {
		name: 'POST /masuk',
		connections: LOGIN_CONNECTIONS,
		seconds: loginResult.duration,
		result: loginResult,
		expected: '303',
		expectedCount: loginResult.statusCodeStats['303']?.count ?? 0
	};

	const report = renderReport(lesson, bare, login, lengthRuns);
	console.log('\n' + report);
	fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
	fs.writeFileSync(RESULTS_FILE, report);
	console.log(`Written to ${RESULTS_FILE}`);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
} finally {
	await stopServer(server);
}

/**
 * What `npm start` does, on a fresh database (bench/server.ts), with the demo participant placed:
 * every lesson would otherwise redirect to the placement test (decision 012), and the bench reads
 * the lesson as a placed participant does. The length modules are seeded before serving.
 */
function startBenchServer(port: number, build: boolean): Promise<ChildProcess> {
	return startServer({
		port,
		databaseFile: DATABASE_FILE,
		build,
		env: { BERDAYA_DEMO_PARTICIPANT_PIN: PARTICIPANT.pin },
		beforeServe: async () => {
			const { db } = await import('../src/lib/server/db/client');
			await db.user.update({ where: { phone: `+62${PARTICIPANT.phone.replace(/\D/g, '').slice(1)}` }, data: { levelSetAt: new Date() } });
			await seedLengthModules();
		}
	});
}

function lessonSummary(pagePath: string, result: autocannon.Result): Summary {
	return {
		name: `GET ${pagePath}`,
		connections: LESSON_CONNECTIONS,
		seconds: result.duration,
		result,
		expected: '2xx',
		expectedCount: result.requests.total - result.non2xx
	};
}

function lessonHeaders(cookie: string): Record<string, string> {
	return { ...BROWSER_ACCEPT, ...BROWSER_ENCODINGS, cookie };
}

function loginHeaders(): Record<string, string> {
	// SvelteKit refuses form POSTs whose Origin is not the app's own (CSRF protection).
	return { ...BROWSER_ACCEPT, 'content-type': 'application/x-www-form-urlencoded', origin };
}

function loginBody(): string {
	return new URLSearchParams({ identifier: PARTICIPANT.phone, secret: PARTICIPANT.pin }).toString();
}

/** The session cookie of the demo participant, as a Cookie header value. */
async function logIn(): Promise<string> {
	const response = await fetch(origin + '/masuk', { method: 'POST', headers: loginHeaders(), body: loginBody(), redirect: 'manual' });
	const session = response.headers.getSetCookie().find((line) => line.startsWith('berdaya_session='));
	if (response.status !== 303 || !session) {
		throw new Error(`Login as ${PARTICIPANT.phone} failed: HTTP ${response.status}, no session cookie`);
	}
	return session.split(';')[0];
}

/**
 * A benchmark of a redirect, an error page or an uncompressed page would measure the wrong
 * thing. fetch() decodes the body itself; the header says how it came over the wire.
 */
async function checkLesson(cookie: string): Promise<void> {
	const response = await fetch(origin + LESSON_PATH, { headers: lessonHeaders(cookie), redirect: 'manual' });
	const body = await response.text();
	if (response.status !== 200 || !body.includes(LESSON_TITLE)) {
		throw new Error(
			`Lesson check failed: GET ${LESSON_PATH} gave HTTP ${response.status}${response.status === 200 ? ` without "${LESSON_TITLE}"` : ''}`
		);
	}
	const encoding = response.headers.get('content-encoding');
	if (encoding !== 'br') throw new Error(`Lesson check failed: the page came ${encoding ?? 'uncompressed'}, not brotli`);
	console.log(
		`Lesson check: HTTP 200, "${LESSON_TITLE}", ${Buffer.byteLength(body)} bytes of HTML before compression, sent as ${encoding}`
	);
}

function renderReport(lesson: Summary, bare: Summary, login: Summary, lengthRuns: LengthRun[]): string {
	const runs = [lesson, bare, login];
	const row = (label: string, cell: (run: Summary) => string) => `| ${label} | ${runs.map(cell).join(' | ')} |`;
	const ms = (value: number) => `${value} ms`;
	const l = lesson.result;
	const budgetMet = l.requests.mean >= LESSON_BUDGET.requestsPerSecond && l.latency.p99 <= LESSON_BUDGET.p99Ms && l.non2xx === 0;
	const cpus = os.cpus();
	const argv = process.argv.slice(2).join(' ');
	return [
		`# Benchmark results`,
		'',
		`- Date: ${new Date().toISOString()}`,
		`- Command: \`npm run bench${argv ? ` -- ${argv}` : ''}\``,
		`- Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()} ${os.arch()}, Node ${process.version}`,
		`- Load average before the run: ${loadBefore.map((value) => value.toFixed(2)).join(', ')} (1, 5, 15 min)`,
		'- Server (production build, SQLite) and load generator share these cores, so the figures are pessimistic.',
		'',
		`| | ${runs.map((run) => `\`${run.name}\``).join(' | ')} |`,
		`| --- | ${runs.map(() => '---:').join(' | ')} |`,
		row('Connections', (run) => String(run.connections)),
		row('Measured for', (run) => `${run.seconds} s`),
		row('Requests/s (mean)', (run) => run.result.requests.mean.toFixed(1)),
		row('Latency p50', (run) => ms(run.result.latency.p50)),
		row('Latency p90', (run) => ms(run.result.latency.p90)),
		row('Latency p99', (run) => ms(run.result.latency.p99)),
		row('Latency max', (run) => ms(run.result.latency.max)),
		row('Responses', (run) => String(run.result.requests.total)),
		row('Expected responses', (run) => `${run.expectedCount} (${run.expected})`),
		row('Other responses', (run) => `${run.result.requests.total - run.expectedCount}${statusBreakdown(run)}`),
		row('Errors (of which timeouts)', (run) => `${run.result.errors} (${run.result.timeouts})`),
		row('Bytes per response (headers + body)', (run) =>
			run.result.requests.total ? String(Math.round(run.result.throughput.total / run.result.requests.total)) : '–'
		),
		'',
		`Throughput budget (lesson page, ${LESSON_CONNECTIONS} connections: ≥ ${LESSON_BUDGET.requestsPerSecond} requests/s, p99 ≤ ${LESSON_BUDGET.p99Ms} ms, all 2xx): **${budgetMet ? 'met' : 'NOT met'}**.`,
		'',
		`Lesson page against the bare \`GET /masuk\` in this run: ${(l.requests.mean / bare.result.requests.mean).toFixed(2)} of its requests/s, p99 ${l.latency.p99} ms against ${bare.result.latency.p99} ms. GET responses are compressed (brotli), as a browser asks for them.`,
		'',
		lengthSection(lengthRuns),
		''
	].join('\n');
}

type LengthRun = { slug: string; summary: Summary; cpuMsPerRequest: number };

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The 50-screen module must be served within 20 % of the 1-screen one's requests/s. */
function lengthSection(lengthRuns: LengthRun[]): string {
	const of = (slug: string) => lengthRuns.filter((run) => run.slug === slug);
	const [short, long] = [of(SHORT_MODULE), of(LONG_MODULE)];
	const rps = (runs: LengthRun[]) => median(runs.map((run) => run.summary.result.requests.mean));
	const cpu = (runs: LengthRun[]) => median(runs.map((run) => run.cpuMsPerRequest));
	const p99 = (runs: LengthRun[]) => median(runs.map((run) => run.summary.result.latency.p99));
	const bytes = (runs: LengthRun[]) =>
		Math.round(runs[0].summary.result.throughput.total / Math.max(1, runs[0].summary.result.requests.total));
	const ratio = rps(long) / rps(short);
	const errors = lengthRuns.some((run) => run.summary.result.non2xx > 0 || run.summary.result.errors > 0);
	const met = ratio >= 0.8 && !errors;
	return [
		`Module length (${LENGTH_ROUNDS} alternating rounds each, ${LESSON_CONNECTIONS} connections, medians):`,
		'',
		'| module | requests/s | p99 | server CPU per request | bytes per response |',
		'| --- | ---: | ---: | ---: | ---: |',
		`| 1 screen (\`${SHORT_MODULE}\`) | ${rps(short).toFixed(1)} | ${p99(short)} ms | ${cpu(short).toFixed(2)} ms | ${bytes(short)} |`,
		`| 50 screens (\`${LONG_MODULE}\`) | ${rps(long).toFixed(1)} | ${p99(long)} ms | ${cpu(long).toFixed(2)} ms | ${bytes(long)} |`,
		'',
		`Module length budget (50 screens within 20 % of 1 screen, requests/s): ratio ${ratio.toFixed(2)}, server CPU ratio ${(cpu(long) / cpu(short)).toFixed(2)}: **${met ? 'met' : 'NOT met'}**.`
	].join('\n');
}

/** " (302: 4, 500: 1)" for the status codes other than the expected one(s). */
function statusBreakdown(run: Summary): string {
	const others = Object.entries(run.result.statusCodeStats).filter(([code]) =>
		run.expected === '2xx' ? !code.startsWith('2') : code !== run.expected
	);
	return others.length ? ` (${others.map(([code, { count }]) => `${code}: ${count}`).join(', ')})` : '';
}
