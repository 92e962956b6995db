import { expect, test } from '@playwright/test';
import { db } from '../../src/lib/server/db/client';
import { createCohort, createParticipant } from './fixtures';

async function tryLogin(page: import('@playwright/test').Page, identifier: string, secret: string) {
	await page.goto('/masuk');
	await page.getByLabel(/Nomor HP atau email/).fill(identifier);
	await page.getByLabel(/PIN atau kata sandi/).fill(secret);
	const response = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: 'Masuk' }).click();
	return (await response).status();
}

test('wrong PINs slow down, then after 10 the account is locked, even for the right PIN, with a plain message', async ({ page }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id);
	for (let attempt = 1; attempt <= 3; attempt++) {
		expect(await tryLogin(page, participant.phone, '000001')).toBe(400);
		await expect(page.getByRole('alert')).toHaveText('Nomor HP atau PIN salah. Coba lagi dengan teliti.');
	}
	expect(await tryLogin(page, participant.phone, participant.pin)).toBe(429);
	await expect(page.getByRole('alert')).toContainText(/Tunggu \d+ detik/);
	// Ten failures, the earlier ones longer ago than any wait.
	const key = `+62${participant.phone.slice(1)}`;
	await db.loginAttempt.updateMany({ where: { scope: 'account', key }, data: { createdAt: new Date(Date.now() - 20 * 60_000) } });
	await db.loginAttempt.createMany({
		data: Array.from({ length: 7 }, () => ({ scope: 'account', key, createdAt: new Date(Date.now() - 20 * 60_000) }))
	});
	expect(await tryLogin(page, participant.phone, participant.pin)).toBe(429);
	await expect(page.getByRole('alert')).toContainText('Minta bantuan pelatih Anda');
	await expect(page).toHaveURL(/\/masuk/);
});

test('an unknown number gets exactly the same answer as a wrong PIN', async ({ page }) => {
	const cohort = await createCohort();
	const participant = await createParticipant(cohort.id);
	expect(await tryLogin(page, participant.phone, '000002')).toBe(400);
	const wrongPin = await page.getByRole('alert').textContent();
	expect(await tryLogin(page, '0899-0000-0000', '000002')).toBe(400);
	expect(await page.getByRole('alert').textContent()).toBe(wrongPin);
});
