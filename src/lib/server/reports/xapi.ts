/**
 * xAPI statements of a report's scope as JSON lines, for a program's learning record store:
 * every quiz attempt (attempted, then passed or failed, with the score), every completed module
 * and every course completion (the certificate).
 *
 * The actor is a pseudonymous account: HMAC-SHA-256 of the user id under a server secret, with
 * the site's origin as homePage. The same person gets the same name in every export (an LRS
 * can follow them), but nothing in a statement names them or gives their phone number.
 * Statement ids are derived from the row and verb, so exporting twice sends the same ids and an
 * LRS keeps one copy.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { db } from '#lib/server/db/client';
import { isUniqueViolation, readWinner } from '#lib/server/db/errors';
import { readingLevelOf } from '#lib/server/learning/levels';
import { moduleCompletion, moduleFactsFrom } from '#lib/server/learning/completion';
import { lineStream, keysetBatches } from '#lib/server/reports/csv';
import { cohortsInScope, EXPORT_PAGE_SIZE, participantsOf } from '#lib/server/reports/exports';
import type { ReportScope } from '#lib/server/reports/scope';

const SECRET_NAME = 'xapi-actor';

/** The HMAC key, made once for all instances (the first to store it wins; the others read it). */
export async function actorSecret(): Promise<string> {
	const stored = await db.serverSecret.findUnique({ where: { name: SECRET_NAME }, select: { value: true } });
	if (stored) return stored.value;
	try {
		await db.serverSecret.create({ data: { name: SECRET_NAME, value: randomBytes(32).toString('base64url') } });
	} catch (error) {
		if (!isUniqueViolation(error)) throw error;
	}
	const winner = await readWinner(() => db.serverSecret.findUnique({ where: { name: SECRET_NAME }, select: { value: true } }));
	if (!winner) throw new Error('the xAPI actor secret could not be stored or read');
	return winner.value;
}

export function pseudonym(secret: string, userId: string): string {
	return createHmac('sha256', secret).update(userId).digest('hex');
}

/** A UUID (version 8, name-based) from a stable name. */
export function statementId(name: string): string {
	const hex = createHash('sha256').update(name).digest('hex').slice(0, 32).split('');
	hex[12] = '8';
	hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
	const s = hex.join('');
	return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const VERBS = {
	attempted: { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { 'id-ID': 'mencoba', 'en-US': 'attempted' } },
	passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'id-ID': 'lulus', 'en-US': 'passed' } },
	failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'id-ID': 'belum lulus', 'en-US': 'failed' } },
	completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'id-ID': 'menyelesaikan', 'en-US': 'completed' } }
} as const;

interface Context {
	origin: string;
	secret: string;
	programActivity: object;
}

function actor(context: Context, userId: string) {
	return { objectType: 'Agent', account: { homePage: context.origin, name: pseudonym(context.secret, userId) } };
}

function courseActivity(context: Context, course: { slug: string; title: string }) {
	return {
		objectType: 'Activity',
		id: `${context.origin}/belajar/${course.slug}`,
		definition: { type: 'http://adlnet.gov/expapi/activities/course', name: { 'id-ID': course.title } }
	};
}

function moduleActivity(context: Context, course: { slug: string }, module: { slug: string; title: string }, suffix = '') {
	return {
		objectType: 'Activity',
		id: `${context.origin}/belajar/${course.slug}/${module.slug}${suffix}`,
		definition: {
			type: suffix ? 'http://adlnet.gov/expapi/activities/assessment' : 'http://adlnet.gov/expapi/activities/module',
			name: { 'id-ID': module.title }
		}
	};
}

async function* quizStatements(scope: ReportScope, context: Context): AsyncGenerator<string[]> {
	for await (const rows of keysetBatches(async (after: string | undefined) => {
		const rows = await db.quizAttempt.findMany({
			where: {
				user: participantsOf(scope),
				module: { course: { cohorts: { some: { cohort: cohortsInScope(scope) } } } },
				...(after ? { id: { gt: after } } : {})
			},
			orderBy: { id: 'asc' },
			take: EXPORT_PAGE_SIZE,
			select: {
				id: true,
				userId: true,
				correctCount: true,
				questionCount: true,
				percent: true,
				passed: true,
				createdAt: true,
				moduleVersion: { select: { title: true } },
				module: { select: { slug: true, course: { select: { slug: true, title: true } } } }
			}
		});
		return { rows, last: rows.length === EXPORT_PAGE_SIZE ? rows[rows.length - 1].id : undefined };
	})) {
		const lines: string[] = [];
		for (const row of rows) {
			const object = moduleActivity(context, row.module.course, { slug: row.module.slug, title: row.moduleVersion.title }, '/kuis');
			const contextActivities = { parent: [courseActivity(context, row.module.course)], grouping: [context.programActivity] };
			const score = {
				raw: row.correctCount,
				min: 0,
				max: row.questionCount,
				scaled: row.questionCount ? row.correctCount / row.questionCount : 0
			};
			const base = { actor: actor(context, row.userId), object, timestamp: row.createdAt.toISOString(), context: { contextActivities } };
			lines.push(JSON.stringify({ id: statementId(`attempt:${row.id}:attempted`), ...base, verb: VERBS.attempted }));
			const verb = row.passed ? 'passed' : 'failed';
			lines.push(
				JSON.stringify({
					id: statementId(`attempt:${row.id}:${verb}`),
					...base,
					verb: VERBS[verb],
					result: { score, success: row.passed, completion: row.passed }
				})
			);
		}
		yield lines;
	}
}

async function* moduleStatements(scope: ReportScope, context: Context): AsyncGenerator<string[]> {
	for await (const rows of keysetBatches(async (after: string | undefined) => {
		const rows = await db.moduleProgress.findMany({
			where: {
				user: participantsOf(scope),
				module: { archivedAt: null, course: { cohorts: { some: { cohort: cohortsInScope(scope) } } } },
				OR: [{ status: 'completed' }, { readAt: { not: null } }],
				...(after ? { id: { gt: after } } : {})
			},
			orderBy: { id: 'asc' },
			take: EXPORT_PAGE_SIZE,
			select: {
				id: true,
				userId: true,
				moduleId: true,
				status: true,
				readAt: true,
				completedAt: true,
				updatedAt: true,
				user: { select: { literacyLevel: true, levelSetAt: true } },
				module: {
					select: {
						slug: true,
						course: { select: { slug: true, title: true } },
						publishedVersion: { select: { title: true, quizLevels: true, practicalRequired: true } }
					}
				}
			}
		});
		return { rows, last: rows.length === EXPORT_PAGE_SIZE ? rows[rows.length - 1].id : undefined };
	})) {
		// Practical work accepted, for the modules of this page that require it (one query a page).
		const needing = rows.filter((row) => row.module.publishedVersion?.practicalRequired);
		const accepted = needing.length
			? await db.practicalSubmission.findMany({
					where: { status: 'accepted', OR: needing.map((row) => ({ userId: row.userId, moduleId: row.moduleId })) },
					select: { userId: true, moduleId: true, reviewedAt: true }
				})
			: [];
		const acceptedAt = new Map(accepted.map((row) => [`${row.userId}:${row.moduleId}`, row.reviewedAt]));
		const lines: string[] = [];
		for (const row of rows) {
			const version = row.module.publishedVersion;
			if (!version) continue;
			const facts = moduleFactsFrom({
				moduleId: row.moduleId,
				level: readingLevelOf(row.user),
				quizLevels: version.quizLevels,
				practicalRequired: version.practicalRequired,
				progress: row
			});
			const key = `${row.userId}:${row.moduleId}`;
			const completion = moduleCompletion(facts, acceptedAt.has(key) ? new Set([row.moduleId]) : new Set());
			if (completion.state !== 'completed') continue;
			const times = [row.readAt, row.completedAt, acceptedAt.get(key) ?? null].filter((time): time is Date => time !== null);
			const at = times.length ? new Date(Math.max(...times.map((time) => time.getTime()))) : row.updatedAt;
			lines.push(
				JSON.stringify({
					id: statementId(`module:${row.id}:completed`),
					actor: actor(context, row.userId),
					verb: VERBS.completed,
					object: moduleActivity(context, row.module.course, { slug: row.module.slug, title: version.title }),
					result: { completion: true },
					timestamp: at.toISOString(),
					context: { contextActivities: { parent: [courseActivity(context, row.module.course)], grouping: [context.programActivity] } }
				})
			);
		}
		yield lines;
	}
}

async function* courseStatements(scope: ReportScope, context: Context): AsyncGenerator<string[]> {
	for await (const rows of keysetBatches(async (after: string | undefined) => {
		const rows = await db.certificate.findMany({
			where: {
				revokedAt: null,
				user: participantsOf(scope),
				course: { cohorts: { some: { cohort: cohortsInScope(scope) } } },
				...(after ? { id: { gt: after } } : {})
			},
			orderBy: { id: 'asc' },
			take: EXPORT_PAGE_SIZE,
			select: { id: true, userId: true, completedAt: true, course: { select: { slug: true, title: true } } }
		});
		return { rows, last: rows.length === EXPORT_PAGE_SIZE ? rows[rows.length - 1].id : undefined };
	})) {
		yield rows.map((row) =>
			JSON.stringify({
				id: statementId(`certificate:${row.id}:completed`),
				actor: actor(context, row.userId),
				verb: VERBS.completed,
				object: courseActivity(context, row.course),
				result: { completion: true, success: true },
				timestamp: row.completedAt.toISOString(),
				context: { contextActivities: { grouping: [context.programActivity] } }
			})
		);
	}
}

/** The statements of the scope as a JSON-lines byte stream; empty scope, empty file. */
export async function xapiStream(scope: ReportScope, origin: string): Promise<ReadableStream<Uint8Array>> {
	const context: Context = {
		origin,
		secret: await actorSecret(),
		programActivity: {
			objectType: 'Activity',
			id: `${origin}/program/${scope.programId}`,
			definition: { name: { 'id-ID': scope.programName } }
		}
	};
	return lineStream(
		(async function* () {
			yield* quizStatements(scope, context);
			yield* moduleStatements(scope, context);
			yield* courseStatements(scope, context);
		})()
	);
}
