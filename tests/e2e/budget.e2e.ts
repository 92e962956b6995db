import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createCohort, createParticipant, logIn } from './fixtures';
import { enterAs } from './pages';

// Budgets that are sizes are tests (docs/benchmarks.md): a participant on prepaid data pays
// for every byte. Counted as bytes on the wire (headers and compressed bodies), cold cache.
const LESSON_BUDGET_BYTES = 30 * 1024;
/** Read-aloud and offline saving together (issue 11); offline.js alone has 5 KB of it. */
const LESSON_SCRIPT_BUDGET_BYTES = 8 * 1024;
const OFFLINE_SCRIPT_BUDGET_BYTES = 5 * 1024;
const QUIZ_SCRIPT_BUDGET_BYTES = 35 * 1024;
const LESSON = '/belajar/menjahit-dasar/alat-dan-keselamatan';

/** Bytes on the wire for one cold page load: everything but images, scripts, each script by path. */
async function coldLoad(page: Page, context: BrowserContext, path: string) {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.clearBrowserCache');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const seen = new Map<string, { type: string; url: string }>();
	const transferred = new Map<string, number>();
	cdp.on('Network.responseReceived', (event) => seen.set(event.requestId, { type: event.type, url: event.response.url }));
	cdp.on('Network.loadingFinished', (event) => transferred.set(event.requestId, event.encodedDataLength));
	await page.goto(path, { waitUntil: 'networkidle' });
	let total = 0;
	let scriptBytes = 0;
	const scripts = new Map<string, number>();
	for (const [requestId, bytes] of transferred) {
		const response = seen.get(requestId);
		if (!response || response.type === 'Image') continue;
		total += bytes;
		if (response.type === 'Script') {
			scriptBytes += bytes;
			scripts.set(new URL(response.url).pathname, bytes);
		}
	}
	await cdp.detach();
	return { total, scriptBytes, scripts, requests: transferred.size };
}

test('a lesson page costs at most 30 KB on the wire, without images, and at most 8 KB of JavaScript', async ({ page, context }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'lanjut' });
	await logIn(page, participant.phone, participant.pin);

	const load = await coldLoad(page, context, LESSON);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alat Jahit dan Keselamatan Kerja');
	console.log(
		`lesson page: ${load.total} bytes transferred, ${load.scriptBytes} bytes of script ${JSON.stringify([...load.scripts])}, ${load.requests} requests`
	);
	expect(load.scriptBytes).toBeLessThanOrEqual(LESSON_SCRIPT_BUDGET_BYTES);
	expect(load.scripts.get('/js/offline.js')).toBeLessThanOrEqual(OFFLINE_SCRIPT_BUDGET_BYTES);
	// Only the small plain scripts of static/js: no framework runtime.
	expect([...load.scripts.keys()].every((path) => path.startsWith('/js/'))).toBe(true);
	expect(load.total).toBeGreaterThan(1000);
	expect(load.total).toBeLessThanOrEqual(LESSON_BUDGET_BYTES);
});

test('with JavaScript off a lesson costs no script at all, and a quiz page at most 35 KB of JavaScript with it on', async ({
	browser,
	page,
	context,
	baseURL
}) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'lanjut' });

	const noScript = await browser.newContext({ javaScriptEnabled: false });
	const plain = await noScript.newPage();
	await enterAs(noScript, baseURL!, participant.id);
	const off = await coldLoad(plain, noScript, LESSON);
	await expect(plain.getByRole('heading', { level: 1 })).toHaveText('Alat Jahit dan Keselamatan Kerja');
	expect(off.scriptBytes).toBe(0);
	// What needs the script stays out of sight without it.
	await expect(plain.getByRole('button', { name: 'Simpan untuk offline' })).toBeHidden();
	await noScript.close();

	await logIn(page, participant.phone, participant.pin);
	const quiz = await coldLoad(page, context, `${LESSON}/kuis`);
	console.log(`quiz page: ${quiz.total} bytes transferred, ${quiz.scriptBytes} bytes of script`);
	expect(quiz.scriptBytes).toBeGreaterThan(0);
	expect(quiz.scriptBytes).toBeLessThanOrEqual(QUIZ_SCRIPT_BUDGET_BYTES);
});

test('the built-in server compresses every text response the client can take, and leaves images alone', async ({ page, request }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'lanjut' });
	await logIn(page, participant.phone, participant.pin);
	const lesson = LESSON;

	// page.request carries the participant's session; `request` is a stranger (for /masuk).
	const encodingFor = async (client: typeof request, path: string, acceptEncoding: string) => {
		const response = await client.get(path, { headers: { 'accept-encoding': acceptEncoding }, maxRedirects: 0 });
		expect(response.status(), path).toBe(200);
		return { encoding: response.headers()['content-encoding'], vary: (response.headers()['vary'] ?? '').toLowerCase() };
	};
	for (const [client, path] of [
		[page.request, lesson],
		[request, '/masuk']
	] as const) {
		expect((await encodingFor(client, path, 'gzip, deflate, br')).encoding).toBe('br');
		expect((await encodingFor(client, path, 'gzip')).encoding).toBe('gzip');
		expect((await encodingFor(client, path, 'identity')).encoding).toBeUndefined();
		expect((await encodingFor(client, path, 'gzip')).vary).toContain('accept-encoding');
	}
	// A stylesheet is text too; photos are already compressed and are sent as they are.
	const html = await (await page.request.get(lesson)).text();
	const stylesheet = /<link[^>]+href="([^"]+\.css)"/.exec(html)?.[1];
	expect(stylesheet).toBeTruthy();
	expect((await encodingFor(request, stylesheet!, 'gzip')).encoding).toBe('gzip');
	const photo = /<img[^>]+src="([^"]+\.(?:webp|png|jpe?g))"/.exec(html)?.[1];
	if (photo) expect((await encodingFor(page.request, photo, 'gzip')).encoding).toBeUndefined();
});
