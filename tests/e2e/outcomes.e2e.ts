import { expect, test, type Page } from '@playwright/test';
import { db } from '../../src/lib/server/db/client';
import { addMonths } from '../../src/lib/server/outcomes/check-in';
import { createCohort, createParticipant, logIn } from './fixtures';

/** Screenshots for people to look at (SHOTS=dir); the width check runs always. */
async function look(page: Page, name: string): Promise<void> {
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width, `${name} scrolls sideways`).toBeLessThanOrEqual(360);
	if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${name}.png`, fullPage: true });
}

/** A cohort that ended two months ago, in a village, with participants enrolled four months ago. */
async function finishedCohort() {
	const cohort = await createCohort();
	const now = new Date();
	await db.cohort.update({
		where: { id: cohort.id },
		data: {
			startsOn: addMonths(now, -4),
			endsOn: addMonths(now, -2),
			village: 'Sukamaju',
			district: 'Cibeunying',
			regency: 'Kota Bandung',
			province: 'Jawa Barat'
		}
	});
	const { programId } = await db.cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { programId: true } });
	return { ...cohort, programId };
}

async function enrollmentOf(userId: string, cohortId: string) {
	const enrollment = await db.enrollment.findFirstOrThrow({ where: { userId, cohortId }, select: { id: true } });
	await db.enrollment.update({ where: { id: enrollment.id }, data: { createdAt: addMonths(new Date(), -4) } });
	return enrollment.id;
}

async function answered(enrollmentId: string, kind: string, working: boolean, band: number) {
	await db.outcomeCheckIn.create({
		data: {
			enrollmentId,
			kind,
			working,
			ownBusiness: working,
			sellingOnline: false,
			incomeBand: band,
			incomeMinRp: band * 500_000,
			incomeMaxRp: (band + 1) * 500_000,
			channel: 'self'
		}
	});
}

test('check-ins are answered once; organizer A sees needs, before/after and evidence; organizer B sees none of A', async ({
	page,
	context
}) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 360, height: 740 });
	const a = await finishedCohort();
	const b = await finishedCohort();

	// Five participants of A answered the start and the 1-month check-in already; one more only the start.
	for (let i = 0; i < 5; i++) {
		const person = await createParticipant(a.id);
		const enrollmentId = await enrollmentOf(person.id, a.id);
		await answered(enrollmentId, 'baseline', false, 0);
		await answered(enrollmentId, 'month1', true, 1);
	}
	const ani = await createParticipant(a.id, { name: 'Ani Rahayu' });
	const aniEnrollment = await enrollmentOf(ani.id, a.id);
	await answered(aniEnrollment, 'baseline', false, 0);
	const budi = await createParticipant(a.id, { name: 'Budi Santoso' });
	const budiEnrollment = await enrollmentOf(budi.id, a.id);
	await answered(budiEnrollment, 'baseline', true, 0);

	// Ani answers her 1-month check-in on her phone; a missing answer is said plainly.
	await logIn(page, ani.phone, ani.pin);
	await page.goto('/belajar');
	await expect(page.getByRole('heading', { name: 'Ceritakan kabar usaha Anda' })).toBeVisible();
	await look(page, 'outcomes-01-home');
	await page.getByRole('link', { name: 'Isi kabar sekarang' }).click();
	await expect(page.getByRole('heading', { name: 'Kabar 1 bulan setelah pelatihan' })).toBeVisible();
	await page
		.getByRole('group', { name: /bekerja atau punya penghasilan/ })
		.getByLabel('Ya')
		.check();
	await page
		.getByRole('group', { name: /usaha sendiri/ })
		.getByLabel('Ya')
		.check();
	await page
		.getByRole('group', { name: /berjualan lewat internet/ })
		.getByLabel('Ya')
		.check();
	await page.getByRole('button', { name: 'Kirim jawaban' }).click();
	await expect(page.getByText('Pilih salah satu jumlah pendapatan.')).toBeVisible();
	await look(page, 'outcomes-02-form-error');
	await page.getByLabel('Rp500.000 – Rp1.000.000').check();
	await page.getByRole('button', { name: 'Kirim jawaban' }).click();
	await expect(page.getByText('Terima kasih! Jawaban Anda sudah tersimpan.')).toBeVisible();
	// The same answer sent again (a second tap, a resend) is refused and stores nothing.
	const again = await page.request.post('/belajar/kabar?/answer', {
		form: { enrollmentId: aniEnrollment, kind: 'month1', working: 'ya', ownBusiness: 'ya', sellingOnline: 'ya', incomeBand: '1' },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
	});
	expect(again.status()).toBe(409);
	expect(await again.text()).toContain('Kabar ini sudah diisi');
	expect(await db.outcomeCheckIn.count({ where: { enrollmentId: aniEnrollment, kind: 'month1' } })).toBe(1);
	await context.clearCookies();

	// The trainer sees Budi's check-in waiting and answers it for him after a call.
	await logIn(page, a.trainer.email, a.trainer.password);
	await page.goto(`/latih/${a.id}`);
	await page.getByRole('link', { name: /Isi kabar Budi Santoso/ }).click();
	await page
		.getByRole('group', { name: /bekerja atau punya penghasilan/ })
		.getByLabel('Ya')
		.check();
	await page
		.getByRole('group', { name: /usaha sendiri/ })
		.getByLabel('Tidak')
		.check();
	await page
		.getByRole('group', { name: /berjualan lewat internet/ })
		.getByLabel('Tidak')
		.check();
	await page.getByLabel('< Rp500.000').check();
	await page.getByLabel('Lewat telepon').check();
	await look(page, 'outcomes-03-trainer-form');
	await page.getByRole('button', { name: 'Kirim jawaban' }).click();
	await expect(page.getByText('Jawaban untuk Budi Santoso sudah tersimpan.')).toBeVisible();
	const byTrainer = await db.outcomeCheckIn.findFirstOrThrow({ where: { enrollmentId: budiEnrollment, kind: 'month1' } });
	expect([byTrainer.channel, byTrainer.answeredById]).toEqual(['phone', a.trainer.id]);
	await context.clearCookies();

	// Organizer A: before/after of the 7 who answered both, needs by village, the PDFs.
	await logIn(page, a.organizer.email, a.organizer.password);
	await page.goto(`/kelola/program/${a.programId}`);
	await page.getByRole('link', { name: 'Hasil setelah pelatihan' }).click();
	await expect(page.getByRole('heading', { name: 'Awal dibanding 1 bulan: 7 orang' }).first()).toBeVisible();
	await expect(page.getByRole('row', { name: /Bekerja 14% \(n = 7\) 100% \(n = 7\)/ }).first()).toBeVisible();
	await look(page, 'outcomes-04-before-after');
	await page.goto(`/kelola/program/${a.programId}/kebutuhan?per=desa`);
	await expect(page.getByRole('heading', { name: 'Sukamaju, Cibeunying, Kota Bandung, Jawa Barat' })).toBeVisible();
	await expect(page.getByText('7 peserta').first()).toBeVisible();
	await look(page, 'outcomes-05-needs');
	const [summary] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Unduh ringkasan (PDF)' }).first().click()
	]);
	const summaryBytes = await (await summary.createReadStream()).toArray();
	expect(Buffer.concat(summaryBytes).subarray(0, 5).toString()).toBe('%PDF-');
	await page.goto(`/kelola/kelompok/${a.id}`);
	await page.getByText('Ani Rahayu').click();
	const [pack] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Bukti pelatihan (PDF)' }).first().click()
	]);
	const packBytes = Buffer.concat(await (await pack.createReadStream()).toArray());
	expect(packBytes.subarray(0, 5).toString()).toBe('%PDF-');
	expect(packBytes.byteLength).toBeGreaterThan(1000);
	// A's bands are locked now that check-ins are answered.
	await page.goto(`/kelola/program/${a.programId}/pengaturan`);
	await expect(page.getByText('kelompok pendapatan tidak bisa diubah lagi')).toBeVisible();
	await context.clearCookies();

	// Organizer B: none of A's pages or files; B's own income bands are checked and saved.
	await logIn(page, b.organizer.email, b.organizer.password);
	for (const path of [
		`/kelola/program/${a.programId}/hasil`,
		`/kelola/program/${a.programId}/kebutuhan`,
		`/kelola/program/${a.programId}/kebutuhan/ringkasan.pdf?per=kelompok&grup=all`,
		`/kelola/program/${a.programId}/pengaturan`,
		`/kelola/kelompok/${a.id}/peserta/${ani.id}/bukti.pdf`
	]) {
		expect((await page.request.get(path)).status(), path).toBe(404);
	}
	await page.goto(`/kelola/program/${b.programId}/hasil`);
	await expect(page.getByText('Ani Rahayu')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Awal dibanding 1 bulan: < 5 orang' }).first()).toBeVisible();
	await page.goto(`/kelola/program/${b.programId}/pengaturan`);
	await page.getByLabel('Batas 1 (Rp)').fill('1.000.000');
	await page.getByLabel('Batas 2 (Rp)').fill('500.000');
	await page.getByRole('button', { name: 'Simpan kelompok pendapatan' }).click();
	await expect(page.getByText('Tulis batas dari yang kecil ke yang besar')).toBeVisible();
	await page.getByLabel('Batas 1 (Rp)').fill('300.000');
	await page.getByLabel('Batas 2 (Rp)').fill('1.500.000');
	for (const n of [3, 4]) await page.getByLabel(`Batas ${n} (Rp)`).fill('');
	await page.getByRole('button', { name: 'Simpan kelompok pendapatan' }).click();
	await expect(page.getByText('Kelompok pendapatan sudah disimpan.')).toBeVisible();
	await expect(page.getByText('Rp300.000 – Rp1.500.000')).toBeVisible();
	await look(page, 'outcomes-06-settings');
});

test('a program of many cohorts shows the whole program and ten groups a page, paged by links at 360 px', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	const first = await createCohort();
	const { programId } = await db.cohort.findUniqueOrThrow({ where: { id: first.id }, select: { programId: true } });
	// Eleven more cohorts: names after the first one's, so the twelfth is on page 2.
	for (let i = 1; i <= 11; i++)
		await db.cohort.create({
			data: { name: `${first.name} ${String(i).padStart(2, '0')}`, joinCode: `P${first.tag}${i}`.toUpperCase(), programId }
		});
	await logIn(page, first.organizer.email, first.organizer.password);
	for (const path of [`/kelola/program/${programId}/hasil`, `/kelola/program/${programId}/kebutuhan`]) {
		await page.goto(path);
		await expect(page.getByRole('heading', { name: 'Seluruh program' })).toBeVisible();
		await expect(page.getByText('Halaman 1 dari 2').first()).toBeVisible();
		await expect(page.getByRole('heading', { name: `${first.name} 09` })).toBeVisible();
		await expect(page.getByRole('heading', { name: `${first.name} 11` })).toHaveCount(0);
		await look(page, `paged-${path.split('/').pop()}-1`);
		await page.getByRole('link', { name: 'Halaman 2 ›' }).first().click();
		await expect(page.getByText('Halaman 2 dari 2').first()).toBeVisible();
		await expect(page.getByRole('heading', { name: `${first.name} 11` })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Seluruh program' })).toBeVisible();
		await expect(page.getByRole('link', { name: /^Halaman \d+ ›$/ })).toHaveCount(0);
		await look(page, `paged-${path.split('/').pop()}-2`);
		await page.getByRole('link', { name: '‹ Halaman 1' }).first().click();
		await expect(page.getByText('Halaman 1 dari 2').first()).toBeVisible();
	}
});
