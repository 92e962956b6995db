import { expect, test, type Page } from '@playwright/test';
import { randomBytes, randomInt } from 'node:crypto';
import { db } from '../../src/lib/server/db/client';
import { hashSecret } from '../../src/lib/server/accounts/password';
import { generateJoinCode } from '../../src/lib/server/accounts/account';
import { STAFF_PASSWORD, createCohort, createParticipant, logIn } from './fixtures';

/** Screenshots for people to look at (SHOTS=dir); the width check runs always. */
async function look(page: Page, name: string): Promise<void> {
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width, `${name} scrolls sideways`).toBeLessThanOrEqual(360);
	if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${name}.png`, fullPage: true });
}

function phones(count: number): string[] {
	const base = randomInt(10_000_000, 90_000_000);
	return Array.from({ length: count }, (_, index) => `0858${String(base + index).padStart(8, '0')}`);
}

test('admin sets up a program, the organizer enrolls 30 participants from a CSV, a participant signs in', async ({ page, context }) => {
	test.setTimeout(180_000);
	const tag = randomBytes(3).toString('hex');
	const adminEmail = `admin-${tag}@contoh.test`;
	await db.user.create({ data: { role: 'admin', name: `Admin ${tag}`, email: adminEmail, secretHash: await hashSecret(STAFF_PASSWORD) } });

	// The admin creates the organizer's account and the program.
	await logIn(page, adminEmail, STAFF_PASSWORD);
	await page.goto('/admin');
	await look(page, '01-admin');
	await page.getByRole('link', { name: 'Akun staf' }).click();
	const organizerEmail = `rina-${tag}@contoh.test`;
	await page.getByLabel('Peran').selectOption('organizer');
	await page.getByLabel('Nama', { exact: true }).fill('Rina Wulandari');
	await page.getByLabel('Email').fill(organizerEmail);
	await page.getByRole('button', { name: 'Buat akun' }).click();
	const oneTimePassword = (await page.getByTestId('one-time-password').textContent())!.trim();
	expect(oneTimePassword).toMatch(/^[2-9a-z]{5}-[2-9a-z]{5}$/);
	await look(page, '02-admin-akun');

	await page.goto('/admin/program');
	const programName = `Pelatihan Menjahit Wonosobo ${tag}`;
	await page.getByLabel('Nama program').fill(programName);
	await page.getByLabel('Penyelenggara', { exact: true }).selectOption({ label: `Rina Wulandari (${organizerEmail})` });
	await page.getByRole('button', { name: 'Buat program' }).click();
	await expect(page.getByRole('heading', { name: programName })).toBeVisible();
	await expect(page.getByText('Rina Wulandari')).toBeVisible();
	await look(page, '03-admin-program');
	await page.goto('/admin/program');
	await look(page, '04-admin-programs');
	await context.clearCookies();

	// The organizer signs in with the one-time password and must choose a new one first.
	await logIn(page, organizerEmail, oneTimePassword);
	await expect(page).toHaveURL(/\/ganti-pin/);
	await look(page, '05-ganti-sandi');
	await page.getByLabel('Kata sandi baru', { exact: true }).fill('jahit-rapi-2027');
	await page.getByLabel('Ulangi kata sandi baru').fill('jahit-rapi-2027');
	await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
	await expect(page).toHaveURL(/\/kelola$/);

	await page.locator('ul.list > li').filter({ hasText: programName }).getByRole('link', { name: 'Atur kelompok' }).click();
	await look(page, '06-program');
	await page.getByRole('link', { name: 'Buat kelompok baru' }).click();
	await page.getByLabel('Nama kelompok').fill('Menjahit Tlogomulyo Angkatan 1');
	await page.getByLabel('Menjahit Dasar').check();
	await page.getByLabel('Tanggal mulai').fill('2027-01-11');
	await page.getByLabel('Tanggal selesai').fill('2027-03-20');
	await page.getByLabel('Provinsi').fill('Jawa Tengah');
	await page.getByLabel('Kabupaten/Kota').fill('Kabupaten Wonosobo');
	await page.getByLabel('Kecamatan').fill('Kertek');
	await page.getByLabel('Desa/Kelurahan').fill('Tlogomulyo');
	await page.getByLabel('Kelompok masyarakat (boleh kosong)').fill('Pokmas Sekar Arum');
	await look(page, '07-kelompok-baru');
	await page.getByRole('button', { name: 'Buat kelompok' }).click();
	await expect(page.getByRole('heading', { name: 'Menjahit Tlogomulyo Angkatan 1' })).toBeVisible();
	await expect(page.getByTestId('join-code')).toHaveText(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
	await look(page, '08-kelompok');

	// A CSV of 32 rows from Excel (semicolons, BOM): line 13 has a bad phone, line 30 repeats line 5.
	const numbers = phones(32);
	const rows = numbers.map((phone, index) => `Peserta ${index + 1};${phone};${1970 + index};${index % 3 ? 'P' : 'L'};Tlogomulyo`);
	rows[11] = 'Sri Lestari;0812-34AB;1980;P;Tlogomulyo';
	rows[28] = `Dewi Anggraini;${numbers[3]};1991;P;Tlogomulyo`;
	const file = `\ufeffNama;No HP;Tahun lahir;Jenis kelamin;Desa\r\n${rows.join('\r\n')}\r\n`;
	await page.getByRole('link', { name: 'Tambah peserta dari file CSV' }).click();
	await look(page, '09-impor');
	await page.locator('#file').setInputFiles({ name: 'peserta.csv', mimeType: 'text/csv', buffer: Buffer.from(file, 'utf8') });
	await page.getByRole('button', { name: 'Periksa file' }).click();
	await expect(page.getByText('30 baris siap, 2 baris perlu diperbaiki.')).toBeVisible();
	const problems = page.getByTestId('problem-rows');
	await expect(problems.getByText('Baris 13')).toBeVisible();
	await expect(problems.getByText('Baris 30')).toBeVisible();
	await expect(problems.getByText('Nomor HP sama dengan baris 5.')).toBeVisible();
	await look(page, '10-pratinjau');
	expect(await db.user.count({ where: { phone: `+62${numbers[0].slice(1)}` } })).toBe(0);

	await page.getByRole('button', { name: 'Lewati 2 baris yang salah' }).click();
	await expect(page.getByText('Semua 30 baris siap disimpan.')).toBeVisible();
	await page.getByRole('button', { name: 'Simpan 30 peserta' }).click();
	await expect(page.getByText('30 peserta belum punya PIN.')).toBeVisible();
	await look(page, '11-pin');
	await page.getByRole('button', { name: 'Buat PIN untuk 30 peserta' }).click();
	const slips = page.getByTestId('pin-slips').getByRole('listitem');
	await expect(slips).toHaveCount(30);
	await look(page, '12-pin-slip');
	const slip = slips.filter({ hasText: 'Peserta 1' }).first();
	const slipText = (await slip.textContent())!;
	const pin = /PIN: (\d{6})/.exec(slipText)![1];
	const whatsApp = await slip.getByRole('link', { name: 'Kirim lewat WhatsApp' }).getAttribute('href');
	expect(whatsApp).toMatch(/^https:\/\/wa\.me\/628\d+\?text=Halo%20/);
	expect(decodeURIComponent(whatsApp!)).toContain(pin);
	const slipPhone = /No HP: ([\d-]+)/.exec(slipText)![1];
	await page.getByRole('link', { name: /Kembali ke Menjahit Tlogomulyo/ }).click();
	await expect(page.getByRole('heading', { name: 'Peserta (30)' })).toBeVisible();
	await look(page, '14-kelompok-peserta');
	await page.getByRole('link', { name: 'Ubah data kelompok' }).click();
	await expect(page.getByLabel('Desa/Kelurahan')).toHaveValue('Tlogomulyo');
	await look(page, '15-ubah-kelompok');
	await context.clearCookies();

	// A participant signs in with the one-time PIN and chooses their own.
	await logIn(page, slipPhone, pin);
	await expect(page).toHaveURL(/\/ganti-pin/);
	await page.getByLabel('PIN baru (6 angka)').fill('470358');
	await page.getByLabel('Ulangi PIN baru').fill('470358');
	await page.getByRole('button', { name: 'Simpan PIN' }).click();
	// A new participant is placed first (issue 8): the placement test comes before any lesson.
	await expect(page).toHaveURL(/\/penempatan/);
	await page.goto('/kelompok/gabung');
	await look(page, '13-gabung-lagi');
});

test('an organizer reaches only their own programs; a closed cohort takes nobody', async ({ page }) => {
	const mine = await createCohort();
	const other = await createCohort();
	const otherProgram = await db.cohort.findUniqueOrThrow({ where: { id: other.id }, select: { programId: true } });
	await logIn(page, mine.organizer.email, mine.organizer.password);

	for (const path of [
		`/kelola/program/${otherProgram.programId}`,
		`/kelola/kelompok/${other.id}`,
		`/kelola/kelompok/${other.id}/impor`,
		`/kelola/kelompok/${other.id}/pin`
	]) {
		const response = await page.goto(path);
		expect(response!.status(), path).toBe(404);
	}
	for (const path of ['/admin', '/admin/akun', '/admin/program']) {
		expect((await page.goto(path))!.status(), path).toBe(403);
	}
	// Forged posts against the other program's cohort: close its joining, upload a file.
	await page.goto(`/kelola/kelompok/${mine.id}`);
	const statuses = await page.evaluate(async (otherId) => {
		const close = await fetch(`/kelola/kelompok/${otherId}?/close`, {
			method: 'POST',
			body: new URLSearchParams(),
			headers: { 'x-sveltekit-action': 'true' }
		});
		const body = new FormData();
		body.set('file', new File(['nama;hp\nSiti;081234567890\n'], 'a.csv', { type: 'text/csv' }));
		const upload = await fetch(`/kelola/kelompok/${otherId}/impor`, { method: 'POST', body, headers: { 'x-sveltekit-action': 'true' } });
		return [close.status, upload.status];
	}, other.id);
	expect(statuses).toEqual([404, 404]);
	expect((await db.cohort.findUniqueOrThrow({ where: { id: other.id }, select: { joinClosedAt: true } })).joinClosedAt).toBeNull();
	expect(await db.enrollmentImport.count({ where: { cohortId: other.id } })).toBe(0);

	// A wrong delimiter gets a clear message and a 422.
	await page.goto(`/kelola/kelompok/${mine.id}/impor`);
	await page
		.locator('#file')
		.setInputFiles({ name: 'tab.csv', mimeType: 'text/csv', buffer: Buffer.from('Nama\tNo HP\nSiti\t081234567890\n') });
	const [upload] = await Promise.all([
		page.waitForResponse((response) => response.request().method() === 'POST'),
		page.getByRole('button', { name: 'Periksa file' }).click()
	]);
	expect(upload.status()).toBe(422);
	await expect(page.getByText('tidak dipisah dengan koma atau titik koma')).toBeVisible();

	// Close joining; the code then gets a clear message, a 403, and no account.
	await page.getByRole('link', { name: /Kembali ke/ }).click();
	await page.getByRole('button', { name: 'Tutup pendaftaran' }).click();
	await expect(page.getByText('Pendaftaran ditutup.')).toBeVisible();
	await page.context().clearCookies();
	const phone = `0813${String(randomInt(0, 99_999_999)).padStart(8, '0')}`;
	await page.goto(`/gabung?kode=${mine.joinCode}`);
	await page.getByLabel('Nama Anda').fill('Siti Aminah');
	await page.getByLabel('Nomor HP').fill(phone);
	await page.getByLabel('Buat PIN (6 angka)').fill('480317');
	await page.getByLabel('Ulangi PIN').fill('480317');
	const [joined] = await Promise.all([
		page.waitForResponse((response) => response.request().method() === 'POST'),
		page.getByRole('button', { name: 'Gabung' }).click()
	]);
	expect(joined.status()).toBe(403);
	await expect(page.getByText('Kelompok ini sudah tidak menerima peserta baru.')).toBeVisible();
	expect(await db.user.count({ where: { phone: `+62${phone.slice(1)}` } })).toBe(0);
});

test('an admin deactivates an account: its session ends and the login page says so plainly', async ({ page, browser }) => {
	const cohort = await createCohort();
	const tag = randomBytes(3).toString('hex');
	const adminEmail = `admin-${tag}@contoh.test`;
	await db.user.create({ data: { role: 'admin', name: `Admin ${tag}`, email: adminEmail, secretHash: await hashSecret(STAFF_PASSWORD) } });

	// The organizer is signed in on their own phone.
	const organizerContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const organizerPage = await organizerContext.newPage();
	await logIn(organizerPage, cohort.organizer.email, cohort.organizer.password);
	await expect(organizerPage.getByRole('heading', { name: 'Program saya' })).toBeVisible();

	await logIn(page, adminEmail, STAFF_PASSWORD);
	await page.goto('/admin/akun');
	const card = page.getByRole('listitem').filter({ hasText: cohort.organizer.email });
	await card.getByText('Nonaktifkan', { exact: true }).click();
	await card.getByRole('button', { name: /Ya, nonaktifkan/ }).click();
	await expect(page.getByRole('listitem').filter({ hasText: cohort.organizer.email }).getByText('Nonaktif', { exact: true })).toBeVisible();

	// Their open session ends at once; their program and cohort stay.
	await organizerPage.goto('/kelola');
	await expect(organizerPage).toHaveURL(/\/masuk/);
	await organizerPage.getByLabel(/Nomor HP atau email/).fill(cohort.organizer.email);
	await organizerPage.getByLabel(/PIN atau kata sandi/).fill(cohort.organizer.password);
	const [response] = await Promise.all([
		organizerPage.waitForResponse((r) => r.request().method() === 'POST'),
		organizerPage.getByRole('button', { name: 'Masuk' }).click()
	]);
	expect(response.status()).toBe(403);
	await expect(organizerPage.getByText('Akun ini sudah dinonaktifkan.')).toBeVisible();
	expect(await db.cohort.count({ where: { id: cohort.id } })).toBe(1);
	await organizerContext.close();
});

test('an organizer moves a participant with the one move form; the page does not repeat the cohort list per person', async ({ page }) => {
	const cohort = await createCohort();
	const { programId } = await db.cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { programId: true } });
	// A program with many cohorts: their names appear once on the page, not once per participant.
	const others = await Promise.all(
		Array.from({ length: 12 }, (_, index) =>
			db.cohort.create({ data: { name: `Kelompok Lain ${cohort.tag} ${index + 1}`, joinCode: generateJoinCode(), programId } })
		)
	);
	const ani = await createParticipant(cohort.id, { name: `Ani ${cohort.tag}` });
	await createParticipant(cohort.id, { name: `Budi ${cohort.tag}` });
	await createParticipant(cohort.id, { name: `Citra ${cohort.tag}` });
	await page.setViewportSize({ width: 360, height: 740 });
	await logIn(page, cohort.organizer.email, cohort.organizer.password);
	await page.goto(`/kelola/kelompok/${cohort.id}`);
	await expect(page.getByRole('option', { name: others[0].name, exact: true })).toHaveCount(1);
	await look(page, '16-pindah-peserta');

	await page.getByLabel('Peserta', { exact: true }).selectOption(ani.id);
	await page.getByLabel('Pindah ke kelompok').selectOption(others[4].id);
	await page.getByRole('button', { name: 'Pindahkan' }).click();
	await expect(page.getByText('Peserta sudah dipindahkan')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Peserta (2)' })).toBeVisible();
	const moved = await db.enrollment.findMany({ where: { userId: ani.id }, select: { cohortId: true } });
	expect(moved).toEqual([{ cohortId: others[4].id }]);
});
