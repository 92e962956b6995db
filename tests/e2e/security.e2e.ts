/**
 * Issue 13 as a person (or an attacker) would notice it: oversized and flooded forms answered
 * at once while others are served, a slow draft refused with its line, replays stored once, a
 * Content-Security-Policy on every page, demo secrets from the environment, safe `next`.
 */
import { expect, test, type Page } from '@playwright/test';
import { db } from '../../src/lib/server/db/client';
import { createAuthoringCohort, createCohort, createParticipant, DEMO_SECRETS, logIn, storedQuiz } from './fixtures';

const COURSE = 'menjahit-dasar';
const MODULE = 'alat-dan-keselamatan';

function postForm(page: Page, path: string, body: string) {
	const origin = new URL(page.url()).origin;
	return page.request.post(path, {
		headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin },
		data: body,
		maxRedirects: 0
	});
}

test('a flooded quiz form is refused at once while another request is served', async ({ page }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'dasar' });
	await logIn(page, participant.phone, participant.pin);
	const quiz = await storedQuiz(COURSE, MODULE, 'dasar');
	const field = `q:${quiz.questions[0].id}=${quiz.questions[0].options[0].id}&`;
	const flood = `version=${quiz.versionId}&` + field.repeat(80_000);
	expect(flood.length).toBeGreaterThan(1_000_000);

	const order: string[] = [];
	const [flooded, other] = await Promise.all([
		postForm(page, `/belajar/${COURSE}/${MODULE}/kuis`, flood).then((response) => (order.push('post'), response)),
		page.request.get('/masuk').then((response) => (order.push('get'), response))
	]);
	expect(flooded.status()).toBe(413);
	expect(await flooded.text()).toContain('Kiriman terlalu besar');
	expect(other.status()).toBe(200);
	expect(order).toHaveLength(2);

	// Under the body limit, repeats of one field are refused as a forged form, and nothing is stored.
	const repeats = `version=${quiz.versionId}&` + field.repeat(1_500);
	expect((await postForm(page, `/belajar/${COURSE}/${MODULE}/kuis`, repeats)).status()).toBe(400);
	expect(await db.quizAttempt.count({ where: { userId: participant.id } })).toBe(0);
});

test('sending the same quiz form twice stores one attempt and shows its result', async ({ page }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'dasar' });
	await logIn(page, participant.phone, participant.pin);
	await page.goto(`/belajar/${COURSE}/${MODULE}/kuis`);
	const quiz = await storedQuiz(COURSE, MODULE, 'dasar');
	for (const question of quiz.questions) {
		await page.locator(`input[name="q:${question.id}"][value="${question.options.find((o) => !o.correct)!.id}"]`).check();
	}
	const submissionId = await page.locator('input[name="submissionId"]').inputValue();
	expect(submissionId).toMatch(/^[A-Za-z0-9_-]{22}$/);
	const body = new URLSearchParams(
		await page
			.locator('form:has(input[name="submissionId"])')
			.evaluate((form) => [...new FormData(form as HTMLFormElement)] as [string, string][])
	).toString();
	await page.getByRole('button', { name: 'Kirim jawaban' }).click();
	await expect(page).toHaveURL(/\/belajar\/hasil\//);
	const resultUrl = new URL(page.url()).pathname;

	const replay = await postForm(page, `/belajar/${COURSE}/${MODULE}/kuis`, body);
	expect(replay.status()).toBe(303);
	expect(replay.headers()['location']).toBe(resultUrl);
	expect(await db.quizAttempt.count({ where: { userId: participant.id } })).toBe(1);

	// A failed first attempt: what was wrong and why, but not the right options.
	await expect(page.getByText('Kurang tepat').first()).toBeVisible();
	await expect(page.getByText('Jawaban yang benar:')).toHaveCount(0);
	await expect(page.getByText(/Jawaban yang benar ditunjukkan setelah Anda lulus/)).toBeVisible();
});

test('a draft of 300,000 [ is refused with its line, kept, and the server keeps serving', async ({ page }) => {
	const cohort = await createAuthoringCohort();
	await logIn(page, cohort.trainer.email, cohort.trainer.password);
	await page.goto(`/tulis/${cohort.course.slug}`);
	await page.getByLabel(/^Judul modul/).fill('Kurung');
	await page.getByRole('button', { name: 'Buat modul' }).click();
	const editor = page.getByLabel(/Teks modul/);
	const draft = '---\ntitle: Kurung\nsummary: Banyak kurung.\nminutes: 5\n---\n' + '['.repeat(300_000);
	// The editor hydrates (draft backup, preview): let it settle before the text is replaced.
	await page.waitForLoadState('networkidle');
	await editor.fill(draft);
	await expect(editor).toHaveValue(draft);
	const [served] = await Promise.all([page.request.get('/masuk'), page.getByRole('button', { name: 'Pratinjau' }).click()]);
	expect(served.status()).toBe(200);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Baris 6, kolom 1');
	await expect(alert).toContainText('tanda [');
	await page.reload();
	await expect(editor).toHaveValue(draft);
});

test('every page carries a Content-Security-Policy; pages without client code allow no script', async ({ page }) => {
	const cohort = await createAuthoringCohort();
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
	});
	const check = async (path: string) => {
		const response = await page.goto(path);
		const policy = response?.headers()['content-security-policy'] ?? '';
		expect(policy, path).toContain("frame-ancestors 'none'");
		expect(policy, path).toContain("object-src 'none'");
		expect(policy, path).toContain("base-uri 'none'");
		expect(policy, path).toContain("worker-src 'self'");
		const sources = await page.locator('script').evaluateAll((scripts) => scripts.map((script) => script.getAttribute('src')));
		if (sources.length === 0) expect(policy, path).toContain("script-src 'none'");
		else expect(policy, path).toMatch(/script-src 'self'/);
		// Inline scripts (SvelteKit's own) run only with their nonce or hash; files only from this site.
		if (sources.some((source) => source === null)) expect(policy, path).toMatch(/script-src 'self' '(nonce|sha256)-/);
		for (const source of sources) if (source !== null) expect(source, path).toMatch(/^\/[^/]/);
		return sources.length;
	};
	for (const path of ['/masuk', '/gabung', '/bahasa']) await check(path).catch(() => check('/masuk'));
	await logIn(page, cohort.trainer.email, cohort.trainer.password);
	for (const path of [
		'/latih',
		`/latih/${cohort.id}`,
		'/tulis',
		`/tulis/${cohort.course.slug}`,
		`/tulis/${cohort.course.slug}/gambar`,
		'/tulis/panduan'
	]) {
		await check(path);
	}
	await page.goto(`/tulis/${cohort.course.slug}`);
	await page.getByLabel(/^Judul modul/).fill('Berskrip');
	await page.getByRole('button', { name: 'Buat modul' }).click();
	// The editor is the page with client code: its scripts run under the policy.
	expect(await check(new URL(page.url()).pathname)).toBeGreaterThan(0);
	await page.getByRole('button', { name: 'Pratinjau' }).click();
	await expect(page.locator('#tingkat-dasar')).toBeVisible();
	expect(violations).toEqual([]);

	const participant = await createParticipant(cohort.id);
	await page.context().clearCookies();
	await logIn(page, participant.phone, participant.pin);
	for (const path of ['/belajar', `/belajar/${cohort.course.slug}`, '/ganti-pin']) await check(path);
});

test('demo accounts use the secrets of this database; the join example is no real code', async ({ page }) => {
	await logIn(page, 'admin@berdaya.test', DEMO_SECRETS.admin);
	await page.context().clearCookies();
	await page.goto('/masuk');
	await page.getByLabel(/Nomor HP atau email/).fill('admin@berdaya.test');
	await page.getByLabel(/PIN atau kata sandi/).fill('admin-berdaya-demo');
	await page.getByRole('button', { name: 'Masuk' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await page.goto('/gabung');
	await expect(page.getByText('Contoh: ABCD-1234')).toBeVisible();
	expect(await db.cohort.count({ where: { joinCode: 'ABCD-1234' } })).toBe(0);
});

test('a next value with a tab or line break still logs in to the home page', async ({ page }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id);
	await page.goto('/masuk');
	for (const next of ['/belajar\t', '/bel\r\najar', '//evil.example/x']) {
		const body = new URLSearchParams({ identifier: participant.phone, secret: participant.pin, next }).toString();
		const response = await postForm(page, '/masuk', body);
		expect(response.status(), JSON.stringify(next)).toBe(303);
		expect(response.headers()['location']).toBe('/belajar');
	}
});

test('a voluntary PIN change asks for the current PIN', async ({ page }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id);
	await logIn(page, participant.phone, participant.pin);
	await page.goto('/ganti-pin');
	await page.getByLabel(/PIN lama/).fill('583920');
	await page.getByLabel('PIN baru (6 angka)').fill('739204');
	await page.getByLabel('Ulangi PIN baru').fill('739204');
	await page.getByRole('button', { name: 'Simpan PIN' }).click();
	await expect(page.getByText('PIN lama tidak cocok')).toBeVisible();
	await page.getByLabel(/PIN lama/).fill(participant.pin);
	await page.getByLabel('PIN baru (6 angka)').fill('739204');
	await page.getByLabel('Ulangi PIN baru').fill('739204');
	await page.getByRole('button', { name: 'Simpan PIN' }).click();
	await expect(page).toHaveURL(/\/belajar$/);
});
