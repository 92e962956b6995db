/**
 * `npm run bench:reports -- --size L [--postgres] [--requests 40] [--build]`: every organizer
 * page (and the trainer's report) against a database made by `npm run bench:seed`, timed one
 * request after another (p50/p95 of the response time, body read to the end); then the CSV
 * export of 100,000 participants, timed, with the server's memory (RSS from /proc) sampled
 * every 100 ms while it streams. Budgets (docs/benchmarks.md): every page p95 ≤ 100 ms; the
 * export ≤ 10 s with flat memory. Each page's first view is reported beside it: a program
 * report's counts are made then and kept (decision 026), so it shows what counting costs.
 *
 * For the export, a program "Ekspor semua" with one cohort that holds all participants is
 * added before and deleted after (cascade), so the seeded data is as it was.
 */
import fs from 'node:fs';
import os from 'node:os';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { HOST, freePort, serveBuild } from './server';

const PAGE_BUDGET_MS = 100;
const EXPORT_BUDGET_MS = 10_000;

const { values: flags } = parseArgs({
	options: {
		size: { type: 'string', default: 'L' },
		postgres: { type: 'boolean', default: false },
		requests: { type: 'string', default: '40' },
		build: { type: 'boolean', default: false }
	}
});
const size = flags.size!.toLowerCase();
const seeded = JSON.parse(fs.readFileSync(`data/bench-${size}${flags.postgres ? '-postgres' : ''}.json`, 'utf8')) as {
	url: string;
	logins: { programId: string; organizerEmail: string; trainerEmail: string; cohortId: string }[];
	participants: number;
	rows: number;
};
const requests = Number(flags.requests);
process.env.DATABASE_URL = seeded.url;
const { db, disconnectDb } = await import('../src/lib/server/db/client');
const session = await import('../src/lib/server/accounts/session');

if (flags.build || !fs.existsSync('build/handler.js')) {
	console.log('Building the app…');
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

const login = seeded.logins[0];
const organizer = await db.user.findUniqueOrThrow({ where: { email: login.organizerEmail }, select: { id: true } });
const trainer = await db.user.findUniqueOrThrow({ where: { email: login.trainerEmail }, select: { id: true } });
async function cookieFor(userId: string) {
	const token = session.generateSessionToken();
	await session.createSession(token, userId);
	return `${session.SESSION_COOKIE_NAME}=${token}`;
}
const organizerCookie = await cookieFor(organizer.id);
const trainerCookie = await cookieFor(trainer.id);
const courses = await db.cohortCourse.findMany({
	where: { cohort: { programId: login.programId } },
	distinct: ['courseId'],
	select: { courseId: true }
});
const cohort = await db.cohort.findUniqueOrThrow({ where: { id: login.cohortId }, select: { province: true } });

const program = `/kelola/program/${login.programId}`;
const pages: [string, string, string][] = [
	['organizer', 'dashboard', '/kelola'],
	['organizer', 'program (cohorts)', program],
	['organizer', 'program report', `${program}/laporan`],
	['organizer', 'program report, other course', `${program}/laporan?kursus=${courses[1]?.courseId ?? ''}`],
	['organizer', 'split by reading level', `${program}/laporan?menurut=tingkat`],
	['organizer', 'split by gender', `${program}/laporan?menurut=kelamin`],
	['organizer', 'split by age', `${program}/laporan?menurut=umur`],
	['organizer', 'split by place (provinces)', `${program}/laporan?menurut=tempat`],
	['organizer', 'one province, by regency', `${program}/laporan?menurut=tempat&provinsi=${encodeURIComponent(cohort.province ?? '')}`],
	['organizer', 'cohort page', `/kelola/kelompok/${login.cohortId}`],
	['organizer', 'cohort report', `/kelola/kelompok/${login.cohortId}/laporan`],
	['organizer', 'cohort edit', `/kelola/kelompok/${login.cohortId}/ubah`],
	['organizer', 'cohort PINs', `/kelola/kelompok/${login.cohortId}/pin`],
	['organizer', 'cohort import', `/kelola/kelompok/${login.cohortId}/impor`],
	['organizer', 'new cohort', `${program}/kelompok-baru`],
	['organizer', 'program settings', `${program}/pengaturan`],
	['organizer', 'needs assessment', `${program}/kebutuhan`],
	['organizer', 'outcomes before/after', `${program}/hasil`],
	['organizer', 'certificates', '/kelola/sertifikat'],
	['trainer', 'trainer cohort report', `/latih/${login.cohortId}/laporan`]
];

const loadBefore = os.loadavg();
const port = await freePort();
const origin = `http://${HOST}:${port}`;
const server = await startServer(port);
const results: { role: string; name: string; path: string; first: number; p50: number; p95: number; max: number; bytes: number }[] = [];
const measured: { export?: { ms: number; bytes: number; lines: number; rssStart: number; rssMax: number; rssEnd: number } } = {};
try {
	for (const [role, name, path] of pages) {
		const cookie = role === 'trainer' ? trainerCookie : organizerCookie;
		const times: number[] = [];
		let bytes = 0;
		let first = 0;
		for (let i = 0; i < requests + 3; i++) {
			const started = performance.now();
			const response = await fetch(origin + path, { headers: { cookie, 'accept-encoding': 'br, gzip' }, redirect: 'manual' });
			const body = await response.arrayBuffer();
			const elapsed = performance.now() - started;
			if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
			bytes = body.byteLength;
			if (i === 0) first = elapsed;
			if (i >= 3) times.push(elapsed); // the first three warm caches up (the first is reported on its own)
		}
		times.sort((a, b) => a - b);
		const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
		results.push({ role, name, path, first, p50: at(0.5), p95: at(0.95), max: times[times.length - 1], bytes });
		console.log(`${name}: first ${first.toFixed(1)} ms, p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`);
	}

	// The export of every participant, through the server as an organizer downloads it.
	const everyone = await db.program.create({
		data: { name: 'Ekspor semua', organizers: { create: { userId: organizer.id } } },
		select: { id: true }
	});
	try {
		const all = await db.cohort.create({
			data: { name: 'Semua peserta', programId: everyone.id, joinCode: 'EKSPORSEMUA' },
			select: { id: true }
		});
		await db.$executeRawUnsafe(
			`INSERT INTO "Enrollment" ("id", "cohortId", "userId", "createdAt") SELECT 'x' || "id", '${all.id}', "id", "createdAt" FROM "User" WHERE "role" = 'participant'`
		);
		const samples: number[] = [];
		const sampler = setInterval(() => samples.push(rssMb(server.pid!)), 100);
		const rssStart = rssMb(server.pid!);
		const started = performance.now();
		const response = await fetch(`${origin}/kelola/program/${everyone.id}/unduh/peserta`, { headers: { cookie: organizerCookie } });
		if (response.status !== 200) throw new Error(`export: ${response.status}`);
		let bytes = 0;
		let lines = 0;
		for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
			bytes += chunk.byteLength;
			for (const byte of chunk) if (byte === 10) lines++;
		}
		const ms = performance.now() - started;
		clearInterval(sampler);
		measured.export = { ms, bytes, lines, rssStart, rssMax: Math.max(rssStart, ...samples), rssEnd: rssMb(server.pid!) };
		console.log(`export: ${lines - 1} participants, ${(bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(2)} s`);
	} finally {
		await db.program.delete({ where: { id: everyone.id } });
	}
} finally {
	server.kill('SIGTERM');
	await once(server, 'exit');
	await disconnectDb();
}

const exportResult = measured.export ?? null;
const kind = flags.postgres ? 'PostgreSQL' : 'SQLite';
const lines = [
	`### ${kind}, size ${size.toUpperCase()} (${seeded.participants.toLocaleString('en')} participants, ${seeded.rows.toLocaleString('en')} progress and attempt rows)`,
	'',
	`${new Date().toISOString().slice(0, 16)} UTC, load average before ${loadBefore.map((n) => n.toFixed(2)).join(' ')}, after ${os
		.loadavg()
		.map((n) => n.toFixed(2))
		.join(' ')}; one server worker; ${requests} requests per page, one at a time.`,
	'',
	'| page | first view | p50 | p95 | max | body (compressed) | budget p95 ≤ 100 ms |',
	'| --- | ---: | ---: | ---: | ---: | ---: | --- |',
	...results.map(
		(r) =>
			`| ${r.name} (\`${r.path.replace(/[a-z0-9]{24,}/g, '…')}\`) | ${r.first.toFixed(1)} ms | ${r.p50.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${r.max.toFixed(1)} ms | ${r.bytes} B | ${r.p95 <= PAGE_BUDGET_MS ? 'met' : 'NOT MET'} |`
	),
	'',
	exportResult
		? `CSV export of ${(exportResult.lines - 1).toLocaleString('en')} participants: ${(exportResult.ms / 1000).toFixed(2)} s, ${(exportResult.bytes / 1e6).toFixed(1)} MB (budget 10 s: ${exportResult.ms <= EXPORT_BUDGET_MS ? 'met' : 'NOT MET'}); server RSS ${exportResult.rssStart} MB before, ${exportResult.rssMax} MB at most, ${exportResult.rssEnd} MB after.`
		: ''
];
fs.mkdirSync('bench/results', { recursive: true });
const file = `bench/results/reports-${size}-${flags.postgres ? 'postgres' : 'sqlite'}.md`;
fs.writeFileSync(file, lines.join('\n') + '\n');
console.log(`\n${lines.join('\n')}\n\n(written to ${file})`);
const failed = results.some((r) => r.p95 > PAGE_BUDGET_MS) || (exportResult !== null && exportResult.ms > EXPORT_BUDGET_MS);
process.exit(failed ? 1 : 0);

function rssMb(pid: number): number {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
	return Math.round(kb / 1024);
}

/** The built server on plain Node, one worker (its pid is the process the RSS is read from). */
function startServer(port: number): Promise<ChildProcess> {
	return serveBuild(
		{ ...process.env, DATABASE_URL: seeded.url, PORT: String(port), HOST, BERDAYA_DEMO: '0', BERDAYA_WORKERS: '1' },
		120_000
	);
}
