import { expect, test } from '@playwright/test';
import { db } from '../../src/lib/server/db/client';
import { createCohort, createParticipant, logIn, storedQuiz } from './fixtures';

test('a trainer sees who has completed which module in their cohort', async ({ page }) => {
	const cohort = await createCohort();
	const finished = await createParticipant(cohort.id, { name: 'Ani Finished' });
	await createParticipant(cohort.id, { name: 'Budi Belum' });
	// Ani passed module 1: stored the way a passed quiz stores it.
	const quiz = await storedQuiz('menjahit-dasar', 'alat-dan-keselamatan', 'menengah');
	await db.moduleProgress.create({
		data: { userId: finished.id, moduleId: quiz.moduleId, status: 'completed', bestPercent: 100, completedAt: new Date() }
	});

	await logIn(page, cohort.trainer.email, cohort.trainer.password);
	await expect(page).toHaveURL(/\/latih$/);
	await page.getByRole('link', { name: cohort.name }).click();
	await expect(page.getByText(cohort.joinCode)).toBeVisible();
	const aniRow = page.getByRole('row', { name: /Ani Finished/ });
	// Columns are every module of the cohort's courses; Ani completed exactly the one module.
	const moduleIndex = await page
		.getByRole('columnheader')
		.allTextContents()
		.then((headers) => headers.findIndex((text) => text.includes('Alat Jahit dan Keselamatan Kerja')) - 1);
	expect(moduleIndex).toBeGreaterThanOrEqual(0);
	await expect(aniRow.getByRole('cell').nth(moduleIndex)).toHaveText(/Selesai/);
	await expect(aniRow.getByRole('cell').filter({ hasText: 'Selesai' })).toHaveCount(1);
	const budiRow = page.getByRole('row', { name: /Budi Belum/ });
	await expect(budiRow.getByRole('cell').filter({ hasText: 'Selesai' })).toHaveCount(0);
});

test('a trainer adds a participant, who logs in with the one-time PIN and must set their own', async ({ page, browser }) => {
	const cohort = await createCohort();
	await logIn(page, cohort.trainer.email, cohort.trainer.password);
	await page.goto(`/latih/${cohort.id}`);
	await page.getByLabel('Nama peserta').fill('Rina Wati');
	await page.getByLabel('Nomor HP peserta').fill('0821-9988-7766');
	await page.getByRole('button', { name: 'Tambah peserta' }).click();
	const notice = page.getByRole('status');
	await expect(notice).toContainText('PIN sementara untuk Rina Wati');
	const pin = (await notice.textContent())!.match(/(\d{6})/)![1];
	const stored = await db.user.findUniqueOrThrow({ where: { phone: '+6282199887766' }, select: { secretHash: true, mustChangePin: true } });
	expect(stored.secretHash).not.toContain(pin);
	expect(stored.mustChangePin).toBe(true);

	const participantContext = await browser.newContext();
	const participantPage = await participantContext.newPage();
	await logIn(participantPage, '+62 821 9988 7766', pin);
	await expect(participantPage).toHaveURL(/\/ganti-pin$/);
	// The temporary PIN is not a new one.
	await participantPage.getByLabel('PIN baru (6 angka)').fill(pin);
	await participantPage.getByLabel('Ulangi PIN baru').fill(pin);
	await participantPage.getByRole('button', { name: 'Simpan PIN' }).click();
	await expect(participantPage.getByText('Jangan pakai PIN sementara dari pelatih')).toBeVisible();
	await participantPage.getByLabel('PIN baru (6 angka)').fill('123456');
	await participantPage.getByLabel('Ulangi PIN baru').fill('123456');
	await participantPage.getByRole('button', { name: 'Simpan PIN' }).click();
	await expect(participantPage.getByText('PIN ini terlalu mudah ditebak')).toBeVisible();
	await participantPage.getByLabel('PIN baru (6 angka)').fill('739204');
	await participantPage.getByLabel('Ulangi PIN baru').fill('739204');
	await participantPage.getByRole('button', { name: 'Simpan PIN' }).click();
	await expect(participantPage).toHaveURL(/\/belajar$/);
	await participantContext.close();
});

test('an organizer sees enrolment and completion counts for their program only', async ({ page }) => {
	const mine = await createCohort();
	const other = await createCohort();
	await createParticipant(mine.id);
	await createParticipant(mine.id);
	await logIn(page, mine.organizer.email, mine.organizer.password);
	await expect(page).toHaveURL(/\/kelola$/);
	await expect(page.getByRole('heading', { name: mine.programName })).toBeVisible();
	await expect(
		page
			.getByRole('row', { name: new RegExp(mine.name) })
			.getByRole('cell')
			.first()
	).toHaveText('2');
	await expect(page.getByText(other.programName)).toHaveCount(0);
});
