import { expect, test } from '@playwright/test';
import { db } from '../../src/lib/server/db/client';
import { createCohort, createParticipant, logIn, readToLastStep, storedQuiz } from './fixtures';

const COURSE = 'menjahit-dasar';
const MODULE = 'alat-dan-keselamatan';

test('a participant reads a module at their level, answers its quiz, learns why, and sees progress', async ({ page }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'dasar' });
	await logIn(page, participant.phone, participant.pin);

	await expect(page.getByRole('heading', { level: 1 })).toContainText(participant.name);
	await page.getByRole('link', { name: 'Menjahit Dasar' }).click();
	await expect(page.getByText(/^0 dari \d+ modul selesai/)).toBeVisible();
	await page.getByRole('link', { name: 'Alat Jahit dan Keselamatan Kerja' }).click();

	// The dasar text is shown, the menengah variant is not.
	await expect(page.getByText('Sebelum jahit, siapkan alat dulu.')).toBeVisible();
	await expect(page.getByText('Alat yang lengkap dan tersimpan rapi')).toHaveCount(0);

	// The lesson is read step by step; the quiz is at its end.
	await expect(page.getByText('Langkah 1 dari 5')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Kerjakan kuis' })).toHaveCount(0);
	await readToLastStep(page);
	await expect(page.getByText('Langkah 5 dari 5')).toBeVisible();
	await page.getByRole('button', { name: 'Kerjakan kuis' }).click();
	const quiz = await storedQuiz(COURSE, MODULE, 'dasar');
	// The page never carries which option is right before submission.
	const html = await page.content();
	expect(html).not.toMatch(/correct|Penjelasan/i);

	// Answer the first question wrongly, the rest rightly.
	for (const [index, question] of quiz.questions.entries()) {
		const option = index === 0 ? question.options.find((o) => !o.correct)! : question.options.find((o) => o.correct)!;
		await page.locator(`input[name="q:${question.id}"][value="${option.id}"]`).check();
	}
	await page.getByRole('button', { name: 'Kirim jawaban' }).click();

	await expect(page).toHaveURL(/\/belajar\/hasil\//);
	const total = quiz.questions.length;
	await expect(page.getByText(`Benar ${total - 1} dari ${total} soal`)).toBeVisible();
	await expect(page.getByText('Kurang tepat')).toHaveCount(1);
	await expect(page.getByText('Jawaban yang benar:')).toBeVisible();
	await expect(page.getByText('Penjelasan:').first()).toBeVisible();

	await page.getByRole('link', { name: 'Kembali ke daftar modul' }).first().click();
	const passed = Math.round(((total - 1) / total) * 100) >= 70;
	await expect(page.getByText(passed ? /^1 dari \d+ modul selesai/ : /^0 dari \d+ modul selesai/)).toBeVisible();
	const attempts = await db.quizAttempt.count({ where: { userId: participant.id } });
	expect(attempts).toBe(1);
});

test('a participant at menengah sees the menengah text', async ({ page }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { level: 'menengah' });
	await logIn(page, participant.phone, participant.pin);
	await page.goto(`/belajar/${COURSE}/${MODULE}`);
	await expect(page.getByText('Alat yang lengkap dan tersimpan rapi').first()).toBeVisible();
	await expect(page.getByText('Sebelum jahit, siapkan alat dulu.')).toHaveCount(0);
});

test('an unanswered question keeps the other answers and stores nothing', async ({ page }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id);
	await logIn(page, participant.phone, participant.pin);
	await page.goto(`/belajar/${COURSE}/${MODULE}/kuis`);
	const quiz = await storedQuiz(COURSE, MODULE, 'menengah');
	const first = quiz.questions[0];
	await page.locator(`input[name="q:${first.id}"][value="${first.options[0].id}"]`).check();
	const response = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: 'Kirim jawaban' }).click();
	expect((await response).status()).toBe(400);
	await expect(page.getByRole('alert')).toContainText('Masih ada soal yang belum dijawab');
	await expect(page.locator(`input[name="q:${first.id}"][value="${first.options[0].id}"]`)).toBeChecked();
	expect(await db.quizAttempt.count({ where: { userId: participant.id } })).toBe(0);
});

test('a tampered answer (an option not in the question) is refused and nothing is stored', async ({ page }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id);
	await logIn(page, participant.phone, participant.pin);
	await page.goto(`/belajar/${COURSE}/${MODULE}/kuis`);
	const quiz = await storedQuiz(COURSE, MODULE, 'menengah');
	// Point the first question's radio at an option id that does not exist, then submit.
	for (const question of quiz.questions) {
		await page.locator(`input[name="q:${question.id}"]`).first().check();
	}
	await page
		.locator(`input[name="q:${quiz.questions[0].id}"]`)
		.first()
		.evaluate((input) => ((input as HTMLInputElement).value = 'bukan-pilihan'));
	const response = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: 'Kirim jawaban' }).click();
	expect((await response).status()).toBe(400);
	await expect(page.getByRole('alert')).toContainText('Jawaban tidak dikenali');
	expect(await db.quizAttempt.count({ where: { userId: participant.id } })).toBe(0);
	expect(await db.moduleProgress.count({ where: { userId: participant.id } })).toBe(0);
});

test('a participant joins a cohort with its code and sets a PIN', async ({ page }) => {
	const cohort = await createCohort();
	await page.goto('/gabung');
	await page.getByLabel(/Kode kelompok/).fill('kode-salah');
	await page.getByLabel('Nama Anda').fill('Dewi Lestari');
	const phone = `0857${Date.now().toString().slice(-8)}`;
	await page.getByLabel(/^Nomor HP/).fill(phone);
	await page.getByLabel(/Buat PIN/).fill('902184');
	await page.getByLabel('Ulangi PIN').fill('902184');
	const response = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: 'Gabung' }).click();
	expect((await response).status()).toBe(400);
	await expect(page.getByText('Kode kelompok tidak ditemukan')).toBeVisible();
	expect(await db.user.count({ where: { phone: `+62${phone.slice(1)}` } })).toBe(0);

	// The form kept what was typed; fix the code and the PINs (never echoed back).
	await expect(page.getByLabel('Nama Anda')).toHaveValue('Dewi Lestari');
	await page.getByLabel(/Kode kelompok/).fill(cohort.joinCode.toLowerCase());
	await page.getByLabel(/Buat PIN/).fill('902184');
	await page.getByLabel('Ulangi PIN').fill('902184');
	await page.getByRole('button', { name: 'Gabung' }).click();
	// Joining does not sign in (decision 018): she signs in on the next page with her new PIN.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pendaftaran diterima');
	await page.getByLabel('PIN Anda (6 angka)').fill('902184');
	await page.getByRole('button', { name: 'Masuk' }).click();
	// Nobody has set her level yet: the placement test comes before the first lesson.
	await expect(page).toHaveURL(/\/penempatan$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tes penempatan');
	expect(await db.user.count({ where: { phone: `+62${phone.slice(1)}`, name: 'Dewi Lestari' } })).toBe(1);
});

test('bad phone numbers and PINs get plain messages and a 4xx', async ({ page }) => {
	await page.goto('/masuk');
	await page.getByLabel(/Nomor HP atau email/).fill('12345');
	await page.getByLabel(/PIN atau kata sandi/).fill('111111');
	const response = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: 'Masuk' }).click();
	expect((await response).status()).toBe(400);
	await expect(page.getByRole('alert')).toContainText('Nomor HP belum benar');

	await page.getByLabel(/Nomor HP atau email/).fill('');
	await page.getByRole('button', { name: 'Masuk' }).click();
	await expect(page.getByText('Bagian ini wajib diisi.').first()).toBeVisible();
});

test('an expired session sends the participant to log in again with a clear message', async ({ page, context }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id);
	await logIn(page, participant.phone, participant.pin);
	await db.session.updateMany({ where: { userId: participant.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
	await page.goto(`/belajar/${COURSE}`);
	await expect(page).toHaveURL(/\/masuk\?/);
	await expect(page.getByText('Sesi Anda sudah berakhir')).toBeVisible();
	expect((await context.cookies()).some((cookie) => cookie.name === 'berdaya_session')).toBe(false);
});

test('the language switch shows the app in English', async ({ page }) => {
	await page.goto('/masuk');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Masuk');
});
