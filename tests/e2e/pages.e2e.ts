/**
 * Every page of every role, looked at as a person on a small phone sees it (decision 011):
 * at 320×640 and 360×740 a page must not scroll sideways, show an image at zero size, offer a
 * link or button under 48×48 CSS px (issue 11; a link inside running text is excepted, as in
 * WCAG 2.5.8), or break any axe-core rule. Participants' pages are seen with an Indonesian voice
 * on the phone, so the read-aloud buttons are checked too. A full-page screenshot of each lands in test-results/pages/.
 *
 * The pages come from src/routes and tests/e2e/pages.ts: a new route is checked without a line
 * here; a state reached by a click is one line in EXTRA_VIEWS.
 */
import { expect, test, type Page } from '@playwright/test';
import { decide } from '../../src/lib/server/accounts/route-rules';
import { listPageIds, pathOf } from '../route-tree';
import { enterAs, EXTRA_VIEWS, NARROWER_PAGES, setUpSite, VISITORS } from './pages';
import { INDONESIAN_VOICE, stubSpeechSynthesis } from './speech';

const VIEWPORTS = [
	{ width: 320, height: 640 },
	{ width: 360, height: 740 }
];
const MIN_TARGET_PX = 48;

// axe-core is injected as a script; the pages' own Content-Security-Policy (rightly) forbids
// that, and the CSP itself is checked by security.e2e.ts.
test.use({ bypassCSP: true });

interface PageProblem {
	kind: string;
	detail: string;
}

/** Runs in the page: the layout problems a person would notice. */
function layoutProblems(minTarget: number): PageProblem[] {
	const problems: PageProblem[] = [];
	const root = document.documentElement;
	if (root.scrollWidth > root.clientWidth)
		problems.push({ kind: 'sideways-scroll', detail: `${root.scrollWidth}px wide on ${root.clientWidth}px` });
	const describe = (element: Element) => {
		const text = (element.textContent ?? '').trim().slice(0, 40) || element.getAttribute('aria-label') || element.getAttribute('alt') || '';
		return `<${element.tagName.toLowerCase()}${element.className ? ` class="${element.className}"` : ''}> "${text}"`;
	};
	for (const image of document.querySelectorAll('img')) {
		if (!image.checkVisibility({ visibilityProperty: true })) continue;
		const box = image.getBoundingClientRect();
		if (box.width === 0 || box.height === 0)
			problems.push({ kind: 'zero-size-image', detail: `${describe(image)} ${image.src} ${box.width}×${box.height}` });
		else if (image.complete && image.naturalWidth === 0) problems.push({ kind: 'broken-image', detail: `${describe(image)} ${image.src}` });
	}
	// WCAG 2.5.8 inline exception: a link inside a sentence sized by the line of text.
	const inSentence = (element: Element) => {
		if (getComputedStyle(element).display !== 'inline') return false;
		const block = element.parentElement;
		if (!block) return false;
		const own = (element.textContent ?? '').trim().length;
		return (block.textContent ?? '').trim().length > own;
	};
	for (const target of document.querySelectorAll('a[href], button, input[type="submit"], input[type="button"], [role="button"]')) {
		if (!target.checkVisibility({ visibilityProperty: true })) continue;
		const box = target.getBoundingClientRect();
		if (box.width >= minTarget && box.height >= minTarget) continue;
		if (target.tagName === 'A' && inSentence(target)) continue;
		problems.push({ kind: 'small-target', detail: `${describe(target)} ${Math.round(box.width)}×${Math.round(box.height)}` });
	}
	return problems;
}

async function check(page: Page, name: string, viewport: { width: number }): Promise<PageProblem[]> {
	// Scroll down the page as a person reads it, so lazy images load, then wait for them.
	await page.evaluate(async () => {
		for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
			window.scrollTo(0, y);
			await new Promise((resolve) => requestAnimationFrame(resolve));
		}
		window.scrollTo(0, 0);
	});
	await page.waitForFunction(() => [...document.images].every((image) => image.complete));
	await page.screenshot({ path: `test-results/pages/${viewport.width}/${name}.png`, fullPage: true });
	const problems = await page.evaluate(layoutProblems, MIN_TARGET_PX);
	await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
	const violations = await page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document);
		return (result.violations as { id: string; help: string; nodes: { target: string[] }[] }[]).map((violation) => ({
			kind: `axe:${violation.id}`,
			detail: `${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
		}));
	});
	return [...problems, ...violations];
}

function fileName(routeId: string): string {
	return (
		routeId
			.replace(/\([a-z]+\)\//g, '')
			.replace(/[^a-z0-9-]+/gi, '_')
			.replace(/^_|_$/g, '') || 'root'
	);
}

for (const viewport of VIEWPORTS) {
	for (const visitor of VISITORS) {
		test(`${visitor}'s pages at ${viewport.width}×${viewport.height}`, async ({ browser, baseURL }) => {
			test.setTimeout(240_000);
			const site = await setUpSite();
			const context = await browser.newContext({ viewport, baseURL });
			await enterAs(context, baseURL!, visitor === 'anonymous' ? undefined : site.people[visitor]);
			await context.addInitScript(stubSpeechSynthesis, { voices: [INDONESIAN_VOICE], late: false });
			const page = await context.newPage();
			const role = visitor === 'anonymous' ? null : visitor;
			const pages = listPageIds().filter((routeId) => decide(routeId, role, 'GET') === 'enter' && !NARROWER_PAGES[routeId]?.[visitor]);
			const views = [
				...pages.map((routeId) => ({ name: fileName(routeId), route: routeId, query: '', act: async () => {} })),
				...EXTRA_VIEWS.filter((view) => view.role === visitor)
			];
			const found: string[] = [];
			for (const view of views) {
				const path = pathOf(view.route, site.params) + (view.query ?? '');
				const response = await page.goto(path);
				expect(response?.status(), `${visitor} ${path}`).toBe(200);
				// A page that sends this person elsewhere (/masuk when logged in) is checked where it lands.
				const landed = new URL(page.url());
				if (landed.pathname + landed.search !== path) continue;
				await view.act(page);
				for (const problem of await check(page, `${visitor}-${view.name}`, viewport))
					found.push(`${path} [${view.name}] ${problem.kind}: ${problem.detail}`);
			}
			expect(views.length).toBeGreaterThan(0);
			expect(found, found.join('\n')).toEqual([]);
			await context.close();
		});
	}
}
