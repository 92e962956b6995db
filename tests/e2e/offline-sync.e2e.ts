/**
 * Answers made offline are stored exactly once however they arrive (decision 021): 200
 * submissions, each sent three times at once, over connections that are cut at random (the
 * request cut off mid-body, or the connection dropped before the answer came back). Every
 * sender keeps sending until it gets an answer, as the phone's script does.
 */
import { expect, test } from '@playwright/test';
import http from 'node:http';
import { randomBytes, randomInt } from 'node:crypto';
import { db } from '../../src/lib/server/db/client';
import * as session from '../../src/lib/server/accounts/session';
import { createCohort, createParticipant, storedQuiz } from './fixtures';

const COURSE = 'menjahit-dasar';
const MODULE = 'alat-dan-keselamatan';
const PARTICIPANTS = 10;
const PER_PARTICIPANT = 20;
const SENDERS = 3;
/** Submissions in flight at once (each with its three senders). */
const IN_FLIGHT = 16;

type Answer = { status: number; body: { attemptId?: string; replayed?: boolean; href?: string } };

function post(
	baseURL: string,
	path: string,
	cookie: string,
	body: string,
	fault: 'none' | 'cut-request' | 'drop-response'
): Promise<Answer | null> {
	const url = new URL(path, baseURL);
	const bytes = Buffer.from(body);
	return new Promise((resolve) => {
		const request = http.request(
			{
				host: url.hostname,
				port: url.port,
				path: url.pathname + url.search,
				method: 'POST',
				agent: false,
				headers: {
					cookie,
					origin: url.origin,
					'content-type': 'application/x-www-form-urlencoded',
					'content-length': String(bytes.length)
				}
			},
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk) => chunks.push(chunk));
				response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
				response.on('error', () => resolve(null));
			}
		);
		request.on('error', () => resolve(null));
		if (fault === 'cut-request') {
			// Half the body, then the line goes dead.
			request.write(bytes.subarray(0, bytes.length >> 1));
			setTimeout(() => request.destroy(), randomInt(0, 20));
			return;
		}
		request.end(bytes);
		if (fault === 'drop-response') setTimeout(() => request.destroy(), randomInt(0, 30));
	});
}

test('200 offline submissions, each sent three times at once over failing connections, are stored exactly once', async ({ baseURL }) => {
	test.setTimeout(600_000);
	const cohort = await createCohort();
	const quiz = await storedQuiz(COURSE, MODULE, 'menengah');
	const answers = new URLSearchParams({ version: quiz.versionId });
	for (const question of quiz.questions) answers.append(`q:${question.id}`, question.options.find((option) => option.correct)!.id);

	const people = await Promise.all(
		Array.from({ length: PARTICIPANTS }, async () => {
			const participant = await createParticipant(cohort.id, { level: 'menengah' });
			const token = session.generateSessionToken();
			await session.createSession(token, participant.id);
			return { id: participant.id, cookie: `${session.SESSION_COOKIE_NAME}=${token}` };
		})
	);
	const submissions = people.flatMap((person) =>
		Array.from({ length: PER_PARTICIPANT }, () => ({ person, id: randomBytes(16).toString('base64url') }))
	);

	let faults = 0;
	const sendUntilAnswered = async (cookie: string, body: string): Promise<Answer> => {
		for (;;) {
			const roll = Math.random();
			const fault = roll < 0.2 ? 'cut-request' : roll < 0.4 ? 'drop-response' : 'none';
			const answer = await post(baseURL!, `/belajar/${COURSE}/${MODULE}/kirim?jenis=kuis`, cookie, body, fault);
			if (answer && answer.status < 500) return answer;
			faults++;
		}
	};

	const results = new Map<string, Answer[]>();
	let next = 0;
	await Promise.all(
		Array.from({ length: IN_FLIGHT }, async () => {
			while (next < submissions.length) {
				const submission = submissions[next++];
				const body = new URLSearchParams(answers);
				body.set('submissionId', submission.id);
				const text = body.toString();
				results.set(
					submission.id,
					await Promise.all(Array.from({ length: SENDERS }, () => sendUntilAnswered(submission.person.cookie, text)))
				);
			}
		})
	);
	console.log(`${submissions.length} submissions × ${SENDERS} senders, ${faults} requests cut or dropped on the way`);
	expect(faults).toBeGreaterThan(0);

	const stored = await db.quizAttempt.findMany({
		where: { userId: { in: people.map((person) => person.id) } },
		select: { id: true, submissionId: true }
	});
	expect(stored).toHaveLength(submissions.length);
	const attemptOf = new Map(stored.map((attempt) => [attempt.submissionId, attempt.id]));
	for (const submission of submissions) {
		const answered = results.get(submission.id)!;
		// Every sender, replay or not, got the one stored attempt as its answer.
		for (const answer of answered) {
			expect(answer.status).toBe(200);
			expect(answer.body.attemptId).toBe(attemptOf.get(submission.id));
			expect(answer.body.href).toBe(`/belajar/hasil/${attemptOf.get(submission.id)}`);
		}
		expect(answered.filter((answer) => answer.body.replayed === false).length).toBeLessThanOrEqual(1);
	}
});

test('a submission for a module the participant is no longer enrolled in is refused with a clear message, and stores nothing', async ({
	baseURL
}) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'menengah' });
	const token = session.generateSessionToken();
	await session.createSession(token, participant.id);
	const quiz = await storedQuiz(COURSE, MODULE, 'menengah');
	await db.enrollment.deleteMany({ where: { userId: participant.id } });
	const body = new URLSearchParams({ version: quiz.versionId, submissionId: randomBytes(16).toString('base64url') });
	for (const question of quiz.questions) body.append(`q:${question.id}`, question.options[0].id);
	const answer = await post(
		baseURL!,
		`/belajar/${COURSE}/${MODULE}/kirim?jenis=kuis`,
		`${session.SESSION_COOKIE_NAME}=${token}`,
		body.toString(),
		'none'
	);
	expect(answer?.status).toBe(404);
	expect((answer?.body as { message?: string }).message).toMatch(/tidak terdaftar lagi di kursus ini/);
	expect(await db.quizAttempt.count({ where: { userId: participant.id } })).toBe(0);
});
