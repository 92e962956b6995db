/**
 * The tenant matrix (issue 14, decision 018): every route of src/routes × every role of ANOTHER
 * program (and anonymous) × GET and every named form action, with the first program's ids in
 * the URL. Each answer must be a refusal, and no answer of any route (those without ids too:
 * lists, home pages) may show the first program's data. Generated from the route tree: a new
 * route, a new action, is in the matrix with no new line here.
 *
 * Admins are not in it: an admin runs the whole installation, every program included
 * (routes.e2e.ts checks their statuses).
 */
import { expect, test, type APIResponse } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { db } from '../../src/lib/server/db/client';
import { decide } from '../../src/lib/server/accounts/route-rules';
import { listActionNames, listRouteIds, paramNames, pathOf } from '../route-tree';
import { enterAs, setUpOtherProgram, setUpSite } from './pages';

/** Routes that answer anyone about a record named in the URL, on purpose. */
const TENANT_NEUTRAL: Record<string, string> = {
	'/media/[course=slug]/[...path]': 'images of a published course are public (decision 011); never-published ones are refused (issue 13)',
	'/(public)/verifikasi/[code=certificateCode]':
		'anyone holding a certificate code may check it and see the name on it: that is what the code is for'
};

/**
 * Actions of routes WITHOUT an id in the URL that name a record in the form: sent with the
 * first program's record, they must be refused like a URL would be.
 */
const BODY_NAMED_ACTIONS: { route: string; action: string; form: (a: SiteA, b: SiteA) => Record<string, string> }[] = [
	{
		route: '/(organize)/kelola/sertifikat',
		action: 'revoke',
		form: (a) => ({ code: a.params.code, reason: 'Dicabut oleh program lain untuk pengujian.' })
	},
	{
		// Their own cohort in the URL, our participant in the form.
		route: '/(organize)/kelola/kelompok/[cohort=id]',
		action: 'move',
		form: (a, b) => ({ participantId: a.params.participant, toCohortId: b.params.cohort })
	}
];

/** Params that name no record of a program: never swapped on their own. */
const UNOWNED_PARAMS = new Set(['kind', 'path']);

type SiteA = Awaited<ReturnType<typeof setUpSite>>;
const OTHER_ROLES = ['anonymous', 'participant', 'trainer', 'organizer'] as const;
const routes = listRouteIds();

/** A plausible form with the first program's ids in every field an action may read. */
function formNaming(a: SiteA): string {
	return new URLSearchParams({
		participantId: a.params.participant,
		cohortId: a.params.cohort,
		toCohortId: a.params.cohort,
		code: a.params.code,
		reason: 'Pengujian antar program.',
		name: 'Uji Antar Program',
		level: 'dasar',
		body: 'Pertanyaan uji antar program.',
		answer: 'Jawaban uji antar program.',
		decision: 'accepted'
	}).toString();
}

function leakedMarkers(body: string, a: SiteA): string[] {
	const found = a.markers.filter((marker) => body.includes(marker));
	// The phone number in any of the ways a page may write it: 0813…, +62813…, with spaces or dashes.
	const digits = a.participantPhone.slice(-8);
	if (new RegExp(`${digits.slice(0, 4)}[\\s.-]?${digits.slice(4)}`).test(body)) found.push(a.participantPhone);
	return found;
}

test('the route tree names every form action the matrix sends', () => {
	// Every +page.server file that exports actions yields at least one name: the scanner misses none.
	const withActions: string[] = [];
	const walk = (folder: string, segments: string[]) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.isDirectory()) walk(join(folder, entry.name), [...segments, entry.name]);
			else if (
				/^\+page\.server\.(ts|js)$/.test(entry.name) &&
				/export const actions\b/.test(readFileSync(join(folder, entry.name), 'utf8'))
			)
				withActions.push('/' + segments.join('/'));
		}
	};
	walk('src/routes', []);
	expect(withActions.length).toBeGreaterThan(20);
	for (const routeId of withActions) expect(listActionNames(routeId), routeId).not.toEqual([]);
	expect(listActionNames('/(teach)/latih/[cohort=id]/peserta/[participant=id]')).toEqual(['resetPin', 'unlock']);
	for (const routeId of Object.keys(TENANT_NEUTRAL)) expect(routes, 'a neutral route that no longer exists').toContain(routeId);
});

test('the markers are what this program’s own people do see (so the matrix can fail)', async ({ browser, baseURL }) => {
	const a = await setUpSite();
	const context = await browser.newContext();
	await enterAs(context, baseURL!, a.people.trainer);
	const participantPage = await (await context.request.get(`/latih/${a.params.cohort}/peserta/${a.params.participant}`)).text();
	expect(leakedMarkers(participantPage, a)).toEqual(expect.arrayContaining([a.markers[0], a.participantPhone]));
	await context.clearCookies();
	await enterAs(context, baseURL!, a.people.organizer);
	const cohortPage = await (await context.request.get(`/kelola/kelompok/${a.params.cohort}`)).text();
	expect(leakedMarkers(cohortPage, a)).toEqual(expect.arrayContaining([a.markers[3], a.markers[5]]));
	await context.close();
});

for (const visitor of OTHER_ROLES) {
	test(`another program's ${visitor} is refused everything of this program and sees none of its data`, async ({ browser, baseURL }) => {
		test.setTimeout(240_000);
		const a = await setUpSite();
		const b = await setUpOtherProgram();
		const context = await browser.newContext();
		await enterAs(context, baseURL!, visitor === 'anonymous' ? undefined : b.people[visitor]);
		const origin = new URL(baseURL!).origin;
		const post = (path: string, data: string) =>
			context.request.post(path, {
				headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin },
				data,
				maxRedirects: 0
			});
		const role = visitor === 'anonymous' ? null : visitor;
		const problems: string[] = [];
		const look = async (where: string, response: APIResponse, refusal: boolean) => {
			const status = response.status();
			const location = response.headers()['location'] ?? '';
			const body = (response.headers()['content-type'] ?? '').startsWith('image/') ? '' : await response.text();
			const leaks = leakedMarkers(body + location, a);
			if (leaks.length > 0) problems.push(`${where}: ${status} shows ${leaks.join(', ')}`);
			if (!refusal) return;
			const toLogin = status === 303 && location.startsWith('/masuk?lanjut=');
			if (!(toLogin || [401, 403, 404, 405].includes(status))) problems.push(`${where}: ${status} ${location} is not a refusal`);
		};

		let requests = 0;
		for (const routeId of routes) {
			if (routeId in TENANT_NEUTRAL) continue;
			const names = paramNames(routeId);
			if (names.length === 0) {
				// No record in the URL: the viewer's own lists and home pages, which must not show ours.
				const path = pathOf(routeId, a.params);
				await look(`GET ${path} (${routeId})`, await context.request.get(path, { maxRedirects: 0 }), false);
				requests++;
				continue;
			}
			// All ids ours; then the other program's own URL with one of its ids swapped for ours
			// (their cohort, our participant): ownership must hold for every id, not only the first.
			const urls = [pathOf(routeId, a.params)];
			for (const name of names.filter((name) => !UNOWNED_PARAMS.has(name))) {
				if (names.length > 1 && a.params[name] !== b.params[name]) urls.push(pathOf(routeId, { ...b.params, [name]: a.params[name] }));
			}
			for (const path of urls) {
				await look(`GET ${path} (${routeId})`, await context.request.get(path, { maxRedirects: 0 }), true);
				requests++;
				for (const action of listActionNames(routeId)) {
					const target = action === 'default' ? path : `${path}?/${action}`;
					const response = await post(target, formNaming(a));
					requests++;
					await look(`POST ${target} (${routeId})`, response, true);
					if (role !== null && decide(routeId, role, 'POST') === 'forbidden') expect(response.status(), target).toBe(403);
				}
			}
		}
		for (const { route, action, form } of BODY_NAMED_ACTIONS) {
			const target = `${pathOf(route, b.params)}?/${action}`;
			await look(`POST ${target} naming the other program's record`, await post(target, new URLSearchParams(form(a, b)).toString()), true);
			requests++;
		}
		expect(problems).toEqual([]);
		expect(requests).toBeGreaterThan(routes.length);

		// Nothing of the first program changed: its participant is still in its cohort, its
		// certificate is not revoked, its question is unanswered.
		const participant = await db.enrollment.count({ where: { userId: a.people.participant, cohortId: a.params.cohort } });
		expect(participant).toBe(1);
		const certificate = await db.certificate.findFirstOrThrow({ where: { userId: a.people.participant }, select: { revokedAt: true } });
		expect(certificate.revokedAt).toBeNull();
		const question = await db.trainerQuestion.findUniqueOrThrow({ where: { id: a.params.question }, select: { answeredAt: true } });
		expect(question.answeredAt).toBeNull();
		await context.close();
	});
}
