/**
 * A class of participants for the load and fault runs (bench/class-start.ts, tests/faults/):
 * seeded straight into the database, each with a real session row made the way
 * accounts/session.ts makes one, and a client that takes a quiz as a phone's browser does:
 * GET the quiz page, fill the form it sends, POST it with its submission id, follow nothing.
 *
 * A client that retries sends the very same body again (the same submission id), which is what
 * a phone does when the answer to its post never came: the server stores the attempt once.
 */
import http from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { db } from '../src/lib/server/db/client';
import { hashSecret } from '../src/lib/server/accounts/password';
import { generateSessionToken, SESSION_COOKIE_NAME, SESSION_LIFETIME_MS, sessionIdFromToken } from '../src/lib/server/accounts/session';

export const CLASS_COURSE = 'menjahit-dasar';
export const CLASS_MODULE = 'alat-dan-keselamatan';
export const QUIZ_PATH = `/belajar/${CLASS_COURSE}/${CLASS_MODULE}/kuis`;
const CHUNK = 500;

export type Participant = { id: string; cookie: string };

/**
 * `participants` participants spread over `cohorts` cohorts of one program, every cohort given
 * the class course, every participant placed (no placement test first) and logged in (one
 * session each). One real argon2 hash serves as everybody's PIN hash: nobody logs in with it.
 */
export async function seedClass(options: { participants: number; cohorts: number; level?: string }): Promise<Participant[]> {
	const course = await db.course.findUniqueOrThrow({ where: { slug: CLASS_COURSE }, select: { id: true } });
	const tag = randomBytes(3).toString('hex');
	const secretHash = await hashSecret(randomBytes(12).toString('hex'));
	const program = await db.program.create({ data: { name: `Kelas serentak ${tag}` }, select: { id: true } });
	const cohortIds = Array.from({ length: options.cohorts }, () => randomUUID());
	await db.cohort.createMany({
		data: cohortIds.map((id, index) => ({
			id,
			programId: program.id,
			name: `Kelompok ${index + 1} (${tag})`,
			joinCode: `K${tag}${String(index).padStart(3, '0')}`.toUpperCase()
		}))
	});
	await db.cohortCourse.createMany({ data: cohortIds.map((cohortId) => ({ cohortId, courseId: course.id })) });

	// A phone number unique per run: +62 89 <6 hex digits as decimals> <index>.
	const phoneStem = `+6289${parseInt(tag, 16).toString().padStart(8, '0')}`;
	const participants: Participant[] = [];
	const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
	for (let start = 0; start < options.participants; start += CHUNK) {
		const rows = Array.from({ length: Math.min(CHUNK, options.participants - start) }, (_, offset) => {
			const index = start + offset;
			return { id: randomUUID(), index, token: generateSessionToken() };
		});
		await db.user.createMany({
			data: rows.map((row) => ({
				id: row.id,
				role: 'participant',
				name: `Peserta ${row.index + 1}`,
				phone: `${phoneStem}${String(row.index).padStart(5, '0')}`,
				literacyLevel: options.level ?? 'menengah',
				levelSetAt: new Date(),
				secretHash
			}))
		});
		await db.enrollment.createMany({
			data: rows.map((row) => ({ cohortId: cohortIds[row.index % cohortIds.length], userId: row.id }))
		});
		await db.session.createMany({ data: rows.map((row) => ({ id: sessionIdFromToken(row.token), userId: row.id, expiresAt })) });
		for (const row of rows) participants.push({ id: row.id, cookie: `${SESSION_COOKIE_NAME}=${row.token}` });
	}
	return participants;
}

export type Reply = { status: number; location: string | null; body: string };

/**
 * One HTTP request on a keep-alive agent; rejects on a socket error (reset, refused, timeout).
 * A GET that fails on a kept-alive connection the server had just closed is sent once more on
 * a new one, as browsers do (Node's agent does not); a POST is never resent here.
 */
export async function send(
	agent: http.Agent,
	origin: string,
	request: { method: 'GET' | 'POST'; path: string; cookie: string; body?: string; timeoutMs?: number }
): Promise<Reply> {
	try {
		return await sendOnce(agent, origin, request);
	} catch (error) {
		if (request.method === 'GET' && (error as { reusedSocket?: boolean }).reusedSocket) return sendOnce(agent, origin, request);
		throw error;
	}
}

function sendOnce(
	agent: http.Agent,
	origin: string,
	request: { method: 'GET' | 'POST'; path: string; cookie: string; body?: string; timeoutMs?: number }
): Promise<Reply> {
	const url = new URL(request.path, origin);
	const headers: Record<string, string> = { cookie: request.cookie, accept: 'text/html,application/xhtml+xml' };
	if (request.body !== undefined) {
		// SvelteKit refuses a form post from another origin; a browser sends its own.
		headers.origin = origin;
		headers['content-type'] = 'application/x-www-form-urlencoded';
		headers['content-length'] = String(Buffer.byteLength(request.body));
	}
	return new Promise((resolve, reject) => {
		const outgoing = http.request(
			{ agent, hostname: url.hostname, port: url.port, path: url.pathname + url.search, method: request.method, headers },
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () =>
					resolve({
						status: response.statusCode ?? 0,
						location: response.headers.location ?? null,
						body: Buffer.concat(chunks).toString('utf8')
					})
				);
				response.on('error', reject);
			}
		);
		outgoing.setTimeout(request.timeoutMs ?? 60_000, () => outgoing.destroy(new Error('timeout')));
		outgoing.on('error', (error) => reject(Object.assign(error, { reusedSocket: outgoing.reusedSocket })));
		outgoing.end(request.body);
	});
}

function attributes(tag: string): Record<string, string> {
	const found: Record<string, string> = {};
	for (const match of tag.matchAll(/([a-zA-Z:-]+)="([^"]*)"/g)) found[match[1]] = match[2].replace(/&amp;/g, '&');
	return found;
}

/**
 * The form a participant sends for the quiz page's HTML: the version and submission id the page
 * carries, the first option of every choice question, "1" for a number, the steps of an
 * ordering question in the order shown. Null when the page has no quiz form.
 */
export function answerQuizPage(html: string): { body: string; submissionId: string } | null {
	const form = new URLSearchParams();
	const answered = new Set<string>();
	const positions = new Map<string, number>();
	let submissionId = '';
	for (const match of html.matchAll(/<(input|select)\b[^>]*>/g)) {
		const tag = attributes(match[0]);
		const name = tag.name ?? '';
		if (name === 'version') form.set('version', tag.value ?? '');
		else if (name === 'submissionId') {
			submissionId = tag.value ?? '';
			form.set('submissionId', submissionId);
		} else if (match[1] === 'select' && name.startsWith('q:')) {
			const question = name.split(':').slice(0, 2).join(':');
			const position = (positions.get(question) ?? 0) + 1;
			positions.set(question, position);
			form.append(name, String(position));
		} else if (name.startsWith('q:') && !answered.has(name)) {
			answered.add(name);
			form.append(name, tag.type === 'text' ? '1' : (tag.value ?? ''));
		}
	}
	if (!form.has('version') || !submissionId) return null;
	return { body: form.toString(), submissionId };
}

/** What one participant's quiz cost and how it ended. */
export type QuizRun = {
	participantId: string;
	/** The attempt the server acknowledged (its 303 to /belajar/hasil/<id>), or null. */
	attemptId: string | null;
	submissionId: string | null;
	/** Milliseconds from `startedAt` (the moment the participant opened the quiz) to the answer. */
	openMs: number;
	submitMs: number;
	retries: number;
	/** Why it failed, when it did (no retries left, or an answer no retry helps). */
	error: string | null;
};

export type ReplySeen = { kind: 'open' | 'submit'; status: number; body: string } | { kind: 'open' | 'submit'; error: string };

/** An answer a phone's retry may help with: no answer at all, or the proxy / server saying "not now". */
function retriable(reply: Reply | Error): boolean {
	return reply instanceof Error || reply.status === 502 || reply.status === 503 || reply.status === 504;
}

/**
 * Open the quiz, answer it, submit it. With `retries` > 0, a socket error or a 502/503/504 is
 * retried after a short pause: the page again (a new form), or the same post again.
 */
export async function takeQuiz(
	agent: http.Agent,
	origin: string,
	participant: Participant,
	options: { retries?: number; pauseMs?: number; onReply?: (seen: ReplySeen) => void; startedAt?: number } = {}
): Promise<QuizRun> {
	const startedAt = options.startedAt ?? performance.now();
	const run: QuizRun = {
		participantId: participant.id,
		attemptId: null,
		submissionId: null,
		openMs: 0,
		submitMs: 0,
		retries: 0,
		error: null
	};
	const retries = options.retries ?? 0;
	const pause = () => new Promise((resolve) => setTimeout(resolve, (options.pauseMs ?? 200) * (0.5 + Math.random())));
	const attempt = async (kind: 'open' | 'submit', request: () => Promise<Reply>, accept: (reply: Reply) => boolean) => {
		for (;;) {
			let reply: Reply | Error;
			try {
				reply = await request();
				options.onReply?.({ kind, status: reply.status, body: reply.body });
			} catch (error) {
				reply = error instanceof Error ? error : new Error(String(error));
				options.onReply?.({ kind, error: reply.message });
			}
			if (!(reply instanceof Error) && accept(reply)) return reply;
			if (!retriable(reply) || run.retries >= retries) {
				run.error = `${kind}: ${reply instanceof Error ? reply.message : `HTTP ${reply.status}`}`;
				return null;
			}
			run.retries++;
			await pause();
		}
	};

	const page = await attempt(
		'open',
		() => send(agent, origin, { method: 'GET', path: QUIZ_PATH, cookie: participant.cookie }),
		(reply) => {
			return reply.status === 200 && answerQuizPage(reply.body) !== null;
		}
	);
	run.openMs = performance.now() - startedAt;
	if (!page) return run;
	const form = answerQuizPage(page.body)!;
	run.submissionId = form.submissionId;
	const sent = performance.now();
	const result = await attempt(
		'submit',
		() => send(agent, origin, { method: 'POST', path: QUIZ_PATH, cookie: participant.cookie, body: form.body }),
		(reply) => reply.status === 303 && /^\/belajar\/hasil\/[^/]+$/.test(reply.location ?? '')
	);
	run.submitMs = performance.now() - sent;
	if (result) run.attemptId = result.location!.split('/').pop()!;
	return run;
}

/**
 * What the database holds for these participants: attempts per (participant, submission id),
 * so a duplicate shows as a count of 2, and the ids of all attempts.
 */
export async function storedAttempts(participantIds: string[]) {
	const rows: { id: string; userId: string; submissionId: string | null }[] = [];
	for (let start = 0; start < participantIds.length; start += CHUNK) {
		rows.push(
			...(await db.quizAttempt.findMany({
				where: { userId: { in: participantIds.slice(start, start + CHUNK) } },
				select: { id: true, userId: true, submissionId: true }
			}))
		);
	}
	const perSubmission = new Map<string, number>();
	for (const row of rows) {
		const key = `${row.userId} ${row.submissionId}`;
		perSubmission.set(key, (perSubmission.get(key) ?? 0) + 1);
	}
	return {
		total: rows.length,
		ids: new Set(rows.map((row) => row.id)),
		withoutSubmissionId: rows.filter((row) => row.submissionId === null).length,
		duplicated: [...perSubmission.values()].filter((count) => count > 1).length,
		perParticipant: rows.reduce((counts, row) => counts.set(row.userId, (counts.get(row.userId) ?? 0) + 1), new Map<string, number>())
	};
}

/** p-th percentile (0–100) of a list of numbers, nearest rank. */
export function percentile(values: number[], p: number): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
