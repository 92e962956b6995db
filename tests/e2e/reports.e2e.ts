import { expect, test } from '@playwright/test';
import { db } from '../../src/lib/server/db/client';
import { submitQuizAttempt } from '../../src/lib/server/learning/quiz';
import { createCohort, createParticipant, logIn, storedQuiz } from './fixtures';

// Six participants with PIN hashes and graded attempts: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 180_000 });

const COURSE = 'menjahit-dasar';
const MODULE = 'alat-dan-keselamatan';

/** A program whose only course is the sewing course, with six participants who took its first quiz. */
async function programWithAttempts() {
	const cohort = await createCohort({ courses: 'none' });
	const course = await db.course.findUniqueOrThrow({ where: { slug: COURSE }, select: { id: true } });
	await db.cohortCourse.create({ data: { cohortId: cohort.id, courseId: course.id } });
	const quiz = await storedQuiz(COURSE, MODULE, 'menengah');
	const participants = [];
	for (let i = 0; i < 6; i++) {
		const participant = await createParticipant(cohort.id, { level: 'menengah', name: `Peserta Laporan ${i + 1}` });
		participants.push(participant);
		// Everyone gets the scissors question wrong (paper too), the rest right.
		const fields = new Map(
			quiz.questions.map((question) => {
				const pickWrong = question.id === 'gunting-kain';
				const option = question.options.find((candidate) => candidate.correct !== pickWrong)!;
				return [`q:${question.id}`, [option.id]];
			})
		);
		const result = await submitQuizAttempt({
			userId: participant.id,
			level: 'menengah',
			courseSlug: COURSE,
			moduleSlug: MODULE,
			versionId: quiz.versionId,
			fields
		});
		if (!result.ok) throw new Error(`attempt: ${result.reason}`);
	}
	const { programId } = await db.cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { programId: true } });
	return { cohort, programId, participants };
}

test("an organizer sees their program's funnel and hardest question and downloads its CSV; another organizer sees none of it", async ({
	page,
	browser
}) => {
	const a = await programWithAttempts();
	const b = await createCohort({ courses: 'none' });

	await logIn(page, a.cohort.organizer.email, a.cohort.organizer.password);
	await page.goto('/kelola');
	const card = page.getByRole('listitem').filter({ hasText: a.cohort.programName });
	await card.getByRole('link', { name: 'Laporan kemajuan' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Laporan: ${a.cohort.programName}`);
	await expect(page.getByText('6 peserta mendaftar, 0 menyelesaikan kursus, 0 mendapat sertifikat.')).toBeVisible();
	// The funnel's numbers, in the table for screen readers.
	const funnel = page.getByRole('table', { name: /Dari mendaftar sampai sertifikat/ });
	await expect(funnel.getByRole('row', { name: /Mendaftar 6 100%/ })).toHaveCount(1);
	await expect(funnel.getByRole('row', { name: /Mulai belajar 6 100%/ })).toHaveCount(1);

	// The hardest question first: nobody got it right the first time, and the paper answer is the trap.
	const hardest = page.getByRole('list').filter({ hasText: 'Gunting kain dipakai untuk apa?' }).getByRole('listitem').first();
	await expect(hardest).toContainText('Gunting kain dipakai untuk apa?');
	await expect(hardest).toContainText('Benar di percobaan pertama: 0%');
	await expect(hardest).toContainText('Untuk kain dan kertas pola');
	await expect(hardest.getByRole('link', { name: /Buka soal di editor/ })).toHaveAttribute('href', `/tulis/${COURSE}/${MODULE}`);

	// Split by gender: nobody gave one, so the group "not given" has all six.
	await page.getByRole('link', { name: 'Jenis kelamin' }).click();
	await expect(page.getByRole('columnheader', { name: 'Tidak diisi' })).toBeVisible();

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Data peserta' }).click()]);
	expect(download.suggestedFilename()).toMatch(/peserta.*\.csv$/);
	const bytes = await new Response((await download.createReadStream()) as unknown as ReadableStream).arrayBuffer();
	const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
	expect(csv.startsWith('\uFEFFID peserta,Nama,Nomor HP,')).toBe(true);
	const lines = csv.trimEnd().split('\r\n');
	expect(lines).toHaveLength(7);
	for (const participant of a.participants) expect(csv).toContain(participant.name);

	// Program B's organizer: A is not on their dashboard, and A's report and files are not found.
	const other = await browser.newPage();
	await logIn(other, b.organizer.email, b.organizer.password);
	await other.goto('/kelola');
	await expect(other.getByText(a.cohort.programName)).toHaveCount(0);
	for (const path of [`/kelola/program/${a.programId}/laporan`, `/kelola/kelompok/${a.cohort.id}/laporan`]) {
		expect((await other.goto(path))!.status(), path).toBe(404);
		await expect(other.getByText('Gunting kain dipakai untuk apa?')).toHaveCount(0);
	}
	for (const path of [`/kelola/program/${a.programId}/unduh/peserta`, `/kelola/kelompok/${a.cohort.id}/unduh/kuis`]) {
		const response = await other.request.get(path);
		expect(response.status(), path).toBe(404);
		expect(await response.text()).not.toContain('Peserta Laporan');
	}
	await other.close();
});

test("a trainer sees their cohort's report without downloads; another trainer gets not found", async ({ page, browser }) => {
	const a = await programWithAttempts();
	const b = await createCohort({ courses: 'none' });
	await logIn(page, a.cohort.trainer.email, a.cohort.trainer.password);
	await page.goto(`/latih/${a.cohort.id}`);
	await page.getByRole('link', { name: 'Laporan kemajuan' }).click();
	await expect(page.getByText('6 peserta mendaftar')).toBeVisible();
	await expect(page.getByText('Gunting kain dipakai untuk apa?')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Data peserta' })).toHaveCount(0);

	const other = await browser.newPage();
	await logIn(other, b.trainer.email, b.trainer.password);
	expect((await other.goto(`/latih/${a.cohort.id}/laporan`))!.status()).toBe(404);
	await other.close();
});

test('the organizer dashboard costs at most 40 KB on the wire and ships no JavaScript', async ({ page, context }) => {
	const a = await programWithAttempts();
	await logIn(page, a.cohort.organizer.email, a.cohort.organizer.password);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.clearBrowserCache');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const types = new Map<string, string>();
	const transferred = new Map<string, number>();
	cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
	cdp.on('Network.loadingFinished', (event) => transferred.set(event.requestId, event.encodedDataLength));
	for (const path of ['/kelola', `/kelola/program/${a.programId}/laporan`]) {
		transferred.clear();
		await page.goto(path, { waitUntil: 'networkidle' });
		let total = 0;
		let script = 0;
		for (const [id, bytes] of transferred) {
			total += bytes;
			if (types.get(id) === 'Script') script += bytes;
		}
		console.log(`${path}: ${total} bytes transferred, ${script} bytes of script`);
		expect(script).toBe(0);
		expect(await page.locator('script').count()).toBe(0);
		expect(total).toBeGreaterThan(500);
		expect(total).toBeLessThanOrEqual(40 * 1024);
	}
});
