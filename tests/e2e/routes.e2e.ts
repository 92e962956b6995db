/**
 * Every route of the app, from src/routes, for every role: the status the route rules promise
 * (decision 011). A route with no rule fails the unit spec; a route whose page lets in fewer
 * roles than its rule must say so in NARROWER_PAGES (tests/e2e/pages.ts).
 */
import { expect, test } from '@playwright/test';
import { decide } from '../../src/lib/server/accounts/route-rules';
import { listRouteIds, pathOf } from '../route-tree';
import { enterAs, NARROWER_PAGES, setUpSite, VISITORS } from './pages';

const routes = listRouteIds();

for (const visitor of VISITORS) {
	test(`every route answers ${visitor} as its rule says`, async ({ browser, baseURL }) => {
		test.setTimeout(120_000);
		const site = await setUpSite();
		const context = await browser.newContext();
		await enterAs(context, baseURL!, visitor === 'anonymous' ? undefined : site.people[visitor]);
		const seen: string[] = [];
		for (const routeId of routes) {
			const path = pathOf(routeId, site.params);
			const response = await context.request.get(path, { maxRedirects: 0 });
			const status = response.status();
			const location = response.headers()['location'] ?? '';
			const decision = decide(routeId, visitor === 'anonymous' ? null : visitor, 'GET');
			const narrowed = NARROWER_PAGES[routeId]?.[visitor];
			const where = `${visitor} GET ${path} (${routeId})`;
			if (decision === 'login') {
				expect(status, where).toBe(303);
				expect(location, where).toBe(`/masuk?lanjut=${encodeURIComponent(path)}`);
			} else if (decision === 'forbidden') {
				expect(status, where).toBe(403);
			} else if (narrowed) {
				expect(status, where).toBe(narrowed);
			} else {
				// In: the page itself, or the page sending this person on (/, /bahasa, /keluar),
				// never the way back from login that a refusal gives.
				expect([200, 303], where).toContain(status);
				if (status === 303) expect(location, where).not.toMatch(/^\/masuk\?lanjut=/);
			}
			seen.push(routeId);
		}
		expect(seen).toEqual(routes);
		await context.close();
	});
}
