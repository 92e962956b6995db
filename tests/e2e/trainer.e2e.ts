import { expect, test } from '@playwright/test';
import { db } from '../../src/lib/server/db/client';
import { createCohort, createParticipant, logIn, storedQuiz } from './fixtures';

test('a trainer sees who has completed how much, and each participant module by module', async ({ page }) => {
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
	const ani = page.locator('ul.roster > li').filter({ hasText: 'Ani Finished' });
	await expect(ani).toContainText(/1 dari \d+ modul/);
	await expect(ani).toContainText(`HP …${finished.phone.slice(-4)}`);
	await expect(page.locator('ul.roster > li').filter({ hasText: 'Budi Belum' })).toContainText(/0 dari \d+ modul/);
	// No table, nothing wider than the phone.
	expect(await page.locator('table').count()).toBe(0);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

	await page.getByLabel('Cari peserta').fill('budi');
	await page.getByRole('button', { name: 'Cari' }).click();
	await expect(page.getByRole('link', { name: 'Ani Finished', exact: true })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Budi Belum', exact: true })).toBeVisible();

	await page.goto(`/latih/${cohort.id}`);
	await page.getByRole('link', { name: 'Ani Finished', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ani Finished');
	const module = page.getByRole('listitem').filter({ hasText: 'Alat Jahit dan Keselamatan Kerja' });
	await expect(module).toContainText('Selesai');
	await expect(module).toContainText('Nilai kuis terbaik: 100%');
	await expect(page.getByRole('link', { name: 'Level dan riwayat' })).toHaveAttribute(
		'href',
		`/latih/${cohort.id}/peserta/${finished.id}/level`
	);
});

test('resetting a PIN asks first, then shows the one-time PIN once', async ({ page }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id, { name: 'Citra Lupa' });
	const before = await db.user.findUniqueOrThrow({ where: { id: participant.id }, select: { secretHash: true } });
	await logIn(page, cohort.trainer.email, cohort.trainer.password);
	await page.goto(`/latih/${cohort.id}/peserta/${participant.id}`);
	await page.getByRole('link', { name: 'Buat PIN sementara' }).click();
	await expect(page.getByText('Yakin membuat PIN baru untuk Citra Lupa?')).toBeVisible();
	// Asking changed nothing yet.
	expect(await db.user.findUniqueOrThrow({ where: { id: participant.id }, select: { secretHash: true } })).toEqual(before);
	await page.getByRole('button', { name: 'Ya, buat PIN baru' }).click();
	const notice = page.getByRole('status');
	await expect(notice).toContainText('PIN sementara untuk Citra Lupa');
	const pin = (await notice.textContent())!.match(/(\d{6})/)![1];
	const after = await db.user.findUniqueOrThrow({ where: { id: participant.id }, select: { secretHash: true, mustChangePin: true } });
	expect(after.secretHash).not.toBe(before.secretHash);
	expect(after.secretHash).not.toContain(pin);
	expect(after.mustChangePin).toBe(true);
	await page.reload();
	await expect(page.getByText(pin)).toHaveCount(0);
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
	// A new participant takes the placement test before the first lesson.
	await expect(participantPage).toHaveURL(/\/penempatan$/);
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
	// One card per program; its first total is the number enrolled.
	const card = page.locator('ul.list > li').filter({ hasText: mine.programName });
	await expect(card.locator('dd').first()).toHaveText('2');
	await expect(page.getByText(other.programName)).toHaveCount(0);
});
