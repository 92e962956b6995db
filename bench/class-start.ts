/**
 * `npm run bench:class`: a class that starts together. 5,000 participants in 60 cohorts open
 * the same quiz and submit it, their arrivals spread evenly over 10 seconds, against
 *   - SQLite: one server (scripts/serve.js, a worker per core) on a fresh file, and
 *   - PostgreSQL: two instances behind nginx (scripts/scale/up.sh, SCALE_PORT) on a fresh database.
 * Every participant has a real session (a Session row, as a login makes) and sends the form the
 * page gave it, with its submission id; nobody retries, so every failure counts. Afterwards the
 * attempts are counted in the database: each stored exactly once.
 *
 * Latencies are the participant's: from the moment they open the quiz (their scheduled arrival,
 * so time spent queued behind the class counts) to the page, and from the tap on "Kirim" to the
 * redirect to the result. Prints a Markdown report and writes bench/results/class-start.md.
 *
 * Flags: --participants 5000 --cohorts 60 --seconds 10 --connections 256 --only sqlite|postgres
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { disconnectDb } from '../src/lib/server/db/client';
import { percentile, seedClass, storedAttempts, takeQuiz, type Participant, type QuizRun } from './class';
import { cpuSeconds } from './server';
import { asAdmin, scaleDown, scaleUp, startSqlite, stopSqlite } from './servers';

const RESULTS_FILE = 'bench/results/class-start.md';
const WARMUP_PARTICIPANTS = 40;

const { values: flags } = parseArgs({
	options: {
		participants: { type: 'string', default: '5000' },
		cohorts: { type: 'string', default: '60' },
		seconds: { type: 'string', default: '10' },
		connections: { type: 'string', default: '256' },
		only: { type: 'string' }
	}
});
const participantCount = Number(flags.participants);
const cohortCount = Number(flags.cohorts);
const seconds = Number(flags.seconds);
const connections = Number(flags.connections);
for (const [name, value] of Object.entries({ participantCount, cohortCount, seconds, connections })) {
	if (!Number.isFinite(value) || value <= 0) {
		console.error(`--${name} must be a positive number`);
		process.exit(2);
	}
}
if (flags.only && flags.only !== 'sqlite' && flags.only !== 'postgres') {
	console.error('--only is sqlite or postgres');
	process.exit(2);
}

type Outcome = {
	label: string;
	loadBefore: string;
	loadAfter: string;
	seedSeconds: number;
	runs: QuizRun[];
	/** From the first arrival to the last answer. */
	wallSeconds: number;
	stored: Awaited<ReturnType<typeof storedAttempts>>;
	missing: number;
	/** CPU seconds the app's processes (and PostgreSQL's backends for it) spent on the class. */
	cpu: { app: number; database: number | null };
};

/** Where the app's CPU goes: its processes, and (PostgreSQL) the backends serving its database. */
type CpuProbe = { appPids: number[]; database?: string };

async function backendPids(database: string): Promise<number[]> {
	const rows = await asAdmin<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [database]);
	return rows.map((row) => row.pid);
}

const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();

/** Seeds the class and a few extra participants who warm the server up, then runs the class. */
async function runClass(label: string, origin: string, probe: CpuProbe): Promise<Outcome> {
	const seedStarted = performance.now();
	const everyone = await seedClass({ participants: participantCount + WARMUP_PARTICIPANTS, cohorts: cohortCount });
	const seedSeconds = (performance.now() - seedStarted) / 1000;
	const warmup = everyone.slice(participantCount);
	const participants = everyone.slice(0, participantCount);
	console.log(`${label}: seeded ${everyone.length} participants in ${seedSeconds.toFixed(1)} s; warming up…`);

	const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
	const warm = await Promise.all(warmup.map((participant) => takeQuiz(agent, origin, participant)));
	const warmErrors = warm.filter((run) => run.error);
	if (warmErrors.length) throw new Error(`${label}: the warm-up failed: ${warmErrors[0].error}`);

	// This process's own connections are closed first, so the backends counted are the app's.
	await disconnectDb();
	const backends = probe.database ? await backendPids(probe.database) : [];
	const appCpuBefore = cpuSeconds(probe.appPids);
	const databaseCpuBefore = cpuSeconds(backends);
	const loadBefore = uptime();
	console.log(`${label}: ${participantCount} participants over ${seconds} s (${loadBefore})…`);
	const spacing = (seconds * 1000) / participantCount;
	const started = performance.now();
	const runs = await Promise.all(
		participants.map(
			(participant: Participant, index) =>
				new Promise<QuizRun>((resolve) => {
					const arrival = started + index * spacing;
					setTimeout(() => resolve(takeQuiz(agent, origin, participant, { startedAt: arrival })), arrival - performance.now());
				})
		)
	);
	const wallSeconds = (performance.now() - started) / 1000;
	const cpu = {
		app: cpuSeconds(probe.appPids) - appCpuBefore,
		database: probe.database ? cpuSeconds(backends) - databaseCpuBefore : null
	};
	const loadAfter = uptime();
	agent.destroy();

	const stored = await storedAttempts(participants.map((participant) => participant.id));
	const missing = runs.filter((run) => run.attemptId && !stored.ids.has(run.attemptId)).length;
	return { label, loadBefore, loadAfter, seedSeconds, runs, wallSeconds, stored, missing, cpu };
}

async function onSqlite(): Promise<Outcome> {
	fs.mkdirSync('data', { recursive: true });
	console.log('SQLite: starting scripts/serve.js on a fresh data/bench-class.db…');
	const server = await startSqlite('data/bench-class.db', { fresh: true });
	try {
		process.env.DATABASE_URL = server.databaseUrl;
		return await runClass(`SQLite, one server (${os.availableParallelism()} workers)`, server.origin, { appPids: [server.child.pid!] });
	} finally {
		await disconnectDb();
		await stopSqlite(server);
	}
}

async function onPostgres(): Promise<Outcome> {
	const database = process.env.BENCH_DATABASE ?? 'berdaya_bench_class';
	console.log(`PostgreSQL: scripts/scale/up.sh on a fresh ${database}…`);
	const scale = await scaleUp(database);
	try {
		process.env.DATABASE_URL = scale.databaseUrl;
		const nginx = Number(fs.readFileSync('data/scale/nginx.pid', 'utf8'));
		return await runClass('PostgreSQL, two instances behind nginx', scale.origin, {
			appPids: [scale.pid('a'), scale.pid('b'), nginx],
			database
		});
	} finally {
		await disconnectDb();
		scaleDown();
	}
}

function ms(values: number[], p: number): string {
	return `${Math.round(percentile(values, p))} ms`;
}

function section(outcome: Outcome): string {
	const ok = outcome.runs.filter((run) => run.attemptId && !run.error);
	const errors = outcome.runs.length - ok.length;
	const reasons = new Map<string, number>();
	for (const run of outcome.runs) if (run.error) reasons.set(run.error, (reasons.get(run.error) ?? 0) + 1);
	const open = outcome.runs.map((run) => run.openMs);
	const submit = ok.map((run) => run.submitMs);
	const whole = ok.map((run) => run.openMs + run.submitMs);
	// A post the client gave up on (its timeout) may still land: stored, never acknowledged. That
	// is not a fault; a form stored twice, or an acknowledged one missing, is.
	const storedOnce = outcome.stored.duplicated === 0 && outcome.missing === 0 && outcome.stored.withoutSubmissionId === 0;
	const sent = outcome.runs.filter((run) => run.submissionId).length;
	return [
		`### ${outcome.label}`,
		'',
		`- Load: before \`${outcome.loadBefore}\`; after \`${outcome.loadAfter}\``,
		`- Seeded ${participantCount} participants in ${cohortCount} cohorts (+${WARMUP_PARTICIPANTS} for the warm-up) in ${outcome.seedSeconds.toFixed(1)} s`,
		`- All ${participantCount} arrived within ${seconds} s; the last answer came ${outcome.wallSeconds.toFixed(1)} s after the first arrival`,
		`- CPU spent on the class: app ${outcome.cpu.app.toFixed(1)} s${outcome.cpu.database === null ? '' : ` (instances and nginx) + PostgreSQL backends ${outcome.cpu.database.toFixed(1)} s`}, so **${(((outcome.cpu.app + (outcome.cpu.database ?? 0)) * 1000) / participantCount).toFixed(1)} ms of CPU per participant** (open + submit); on 2 cores of its own the class would need about ${((outcome.cpu.app + (outcome.cpu.database ?? 0)) / 2).toFixed(1)} s`,
		`- Errors: **${errors}**${reasons.size ? ` (${[...reasons].map(([reason, count]) => `${reason}: ${count}`).join('; ')})` : ''}`,
		`- Stored: ${outcome.stored.total} attempts for ${ok.length} acknowledged submissions (${sent} forms sent; ${outcome.stored.total - ok.length} landed after their client gave up), ${outcome.stored.duplicated} stored twice, ${outcome.missing} acknowledged but missing: **${storedOnce ? 'every acknowledged attempt stored, each form at most once' : 'NOT stored exactly once'}**`,
		'',
		'| | p50 | p90 | p99 | max |',
		'| --- | ---: | ---: | ---: | ---: |',
		`| open the quiz (arrival → page) | ${ms(open, 50)} | ${ms(open, 90)} | ${ms(open, 99)} | ${ms(open, 100)} |`,
		`| submit (tap → result redirect) | ${ms(submit, 50)} | ${ms(submit, 90)} | ${ms(submit, 99)} | ${ms(submit, 100)} |`,
		`| both | ${ms(whole, 50)} | ${ms(whole, 90)} | ${ms(whole, 99)} | ${ms(whole, 100)} |`,
		''
	].join('\n');
}

const outcomes: Outcome[] = [];
try {
	if (flags.only !== 'postgres') outcomes.push(await onSqlite());
	if (flags.only !== 'sqlite') outcomes.push(await onPostgres());
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
}

const cpus = os.cpus();
const argv = process.argv.slice(2).join(' ');
const report = [
	'# A class that starts together',
	'',
	`- Date: ${new Date().toISOString()}`,
	`- Command: \`npm run bench:class${argv ? ` -- ${argv}` : ''}\``,
	`- Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}; server(s), nginx, PostgreSQL and this load generator share these cores`,
	`- ${participantCount} participants, ${cohortCount} cohorts, arrivals spread evenly over ${seconds} s, at most ${connections} connections, no retries`,
	'',
	...outcomes.map(section)
].join('\n');
console.log('\n' + report);
if (outcomes.length) {
	fs.mkdirSync('bench/results', { recursive: true });
	fs.writeFileSync(RESULTS_FILE, report);
	console.log(`Written to ${RESULTS_FILE}`);
}
const failed = outcomes.some(
	(outcome) =>
		outcome.runs.some((run) => run.error || !run.attemptId) ||
		outcome.stored.duplicated > 0 ||
		outcome.missing > 0 ||
		outcome.stored.total !== participantCount
);
if (failed) process.exitCode = 1;
process.exit();
