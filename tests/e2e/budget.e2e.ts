import { expect, test } from '@playwright/test';
import { createCohort, createParticipant, logIn } from './fixtures';

// Budgets that are sizes are tests (docs/benchmarks.md): a participant on prepaid data pays
// for every byte. Counted as bytes on the wire (headers and compressed bodies), cold cache.
const LESSON_BUDGET_BYTES = 30 * 1024;

test('a lesson page costs at most 30 KB on the wire, without images, and ships no JavaScript', async ({ page, context }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'lanjut' });
	await logIn(page, participant.phone, participant.pin);

	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.clearBrowserCache');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const types = new Map<string, string>();
	const transferred = new Map<string, number>();
	cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
	cdp.on('Network.loadingFinished', (event) => transferred.set(event.requestId, event.encodedDataLength));

	await page.goto('/belajar/menjahit-dasar/alat-dan-keselamatan', { waitUntil: 'networkidle' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alat Jahit dan Keselamatan Kerja');

	let total = 0;
	let scriptBytes = 0;
	for (const [requestId, bytes] of transferred) {
		const type = types.get(requestId);
		if (type === 'Image') continue;
		total += bytes;
		if (type === 'Script') scriptBytes += bytes;
	}
	console.log(`lesson page: ${total} bytes transferred, ${scriptBytes} bytes of script, ${transferred.size} requests`);
	expect(scriptBytes).toBe(0);
	expect(await page.locator('script').count()).toBe(0);
	expect(total).toBeGreaterThan(1000);
	expect(total).toBeLessThanOrEqual(LESSON_BUDGET_BYTES);
});

test('the built-in server compresses every text response the client can take, and leaves images alone', async ({ page, request }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'lanjut' });
	await logIn(page, participant.phone, participant.pin);
	const lesson = '/belajar/menjahit-dasar/alat-dan-keselamatan';

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
