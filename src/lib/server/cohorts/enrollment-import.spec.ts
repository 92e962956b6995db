import { describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import { login } from '#lib/server/accounts/login';
import {
	MAX_IMPORT_ROWS,
	dropInvalidRows,
	issueOneTimePins,
	parseEnrollmentCsv,
	previewEnrollmentImport,
	runEnrollmentImport,
	startEnrollmentImport,
	whatsAppLink
} from '#lib/server/cohorts/enrollment-import';
import { createEnrolledParticipant, createProgramWithCohort } from '#lib/server/cohorts/test-fixtures';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Distinct, valid numbers per test run: 0857 + 8 digits from a random base. */
function phones(count: number): string[] {
	const base = 10_000_000 + Math.floor(Math.random() * 80_000_000);
	return Array.from({ length: count }, (_, index) => `0857${String(base + index).padStart(8, '0')}`);
}

function csv(rows: string[][], delimiter = ',', header = ['Nama', 'No HP', 'Tahun lahir', 'Jenis kelamin', 'Desa']): string {
	return [header, ...rows].map((row) => row.join(delimiter)).join('\r\n') + '\r\n';
}

describe('parseEnrollmentCsv', () => {
	it('reads Excel’s semicolon export with a BOM, and a plain comma file', () => {
		const [first, second] = phones(2);
		const semicolon = parseEnrollmentCsv(bytes(`\ufeff${csv([['Siti Aminah', first, '1985', 'P', 'Tlogomulyo']], ';')}`));
		expect(semicolon).toEqual({
			ok: true,
			rows: [{ line: 2, name: 'Siti Aminah', phone: first, birthYear: '1985', gender: 'P', village: 'Tlogomulyo' }]
		});
		const comma = parseEnrollmentCsv(bytes(`nama,hp\n"Budi, S.Pd",${second}\n`));
		expect(comma.ok && comma.rows[0]).toMatchObject({ name: 'Budi, S.Pd', phone: second, birthYear: '' });
	});

	it('reads Excel’s Windows-1252 export', () => {
		const latin = new Uint8Array([...bytes('nama;hp\nJos'), 0xe9, ...bytes(';081234567890\n')]);
		const parsed = parseEnrollmentCsv(latin);
		expect(parsed.ok && parsed.rows[0].name).toBe('José');
	});

	it('names a wrong delimiter, missing columns, an empty file, too many rows', () => {
		expect(parseEnrollmentCsv(bytes('nama\thp\nSiti\t0812\n'))).toEqual({ ok: false, problem: { code: 'wrong-delimiter' } });
		expect(parseEnrollmentCsv(bytes('nama,alamat\nSiti,Jalan\n'))).toEqual({
			ok: false,
			problem: { code: 'missing-columns', missing: ['phone'] }
		});
		expect(parseEnrollmentCsv(bytes('\ufeff'))).toEqual({ ok: false, problem: { code: 'empty' } });
		expect(parseEnrollmentCsv(bytes('nama;hp\n'))).toEqual({ ok: false, problem: { code: 'empty' } });
		const many = csv(
			phones(MAX_IMPORT_ROWS + 1).map((phone) => ['Peserta', phone]),
			',',
			['nama', 'hp']
		);
		expect(parseEnrollmentCsv(bytes(many))).toEqual({
			ok: false,
			problem: { code: 'too-many-rows', maxRows: MAX_IMPORT_ROWS, rows: MAX_IMPORT_ROWS + 1 }
		});
		expect(parseEnrollmentCsv(new Uint8Array(3 * 1024 * 1024))).toMatchObject({ ok: false, problem: { code: 'too-large' } });
	});
});

describe('preview and import', () => {
	it('reports a bad phone on line 37 and a repeated phone, imports nothing until fixed or dropped', async () => {
		const { organizer, cohort } = await createProgramWithCohort();
		const numbers = phones(40);
		const rows = numbers.map((phone, index) => [`Peserta ${index + 1}`, phone, '1990', index % 2 ? 'L' : 'P', 'Kertek']);
		rows[35][1] = '0812-ABC'; // line 37 (the header is line 1)
		rows[39][1] = numbers[2]; // line 41 repeats line 4
		const started = await startEnrollmentImport(organizer, cohort.id, bytes(csv(rows)));
		if (!started.ok) throw new Error(JSON.stringify(started));
		const preview = await previewEnrollmentImport(organizer, cohort.id, started.importId);
		expect(preview?.invalidCount).toBe(2);
		const bad = preview!.rows.filter((row) => row.problems.length > 0);
		expect(bad.map((row) => [row.line, row.problems])).toEqual([
			[37, [{ code: 'phone-invalid' }]],
			[41, [{ code: 'phone-repeated', firstLine: 4 }]]
		]);

		expect(await runEnrollmentImport(organizer, cohort.id, started.importId)).toEqual({ ok: false, reason: 'rows-invalid' });
		expect(await db.enrollment.count({ where: { cohortId: cohort.id } })).toBe(0);

		expect(await dropInvalidRows(organizer, cohort.id, started.importId)).toBe(2);
		expect(await runEnrollmentImport(organizer, cohort.id, started.importId)).toEqual({ ok: true, imported: 38 });
		expect(await db.enrollment.count({ where: { cohortId: cohort.id } })).toBe(38);
		const one = await db.user.findUniqueOrThrow({
			where: { phone: `+62${numbers[0].slice(1)}` },
			select: { gender: true, birthYear: true, village: true, mustChangePin: true }
		});
		expect(one).toEqual({ gender: 'perempuan', birthYear: 1990, village: 'Kertek', mustChangePin: true });
		// The upload is gone once imported: a second import (a double tap) finds nothing.
		expect(await runEnrollmentImport(organizer, cohort.id, started.importId)).toEqual({ ok: false, reason: 'import-not-found' });
	});

	it('says a number is in this program (and which cohort), never which other program has it', async () => {
		const mine = await createProgramWithCohort();
		const sibling = await db.cohort.create({
			data: { name: 'Kelompok Sebelah', joinCode: `SB${Date.now()}`.slice(0, 9), programId: mine.programId },
			select: { id: true }
		});
		const other = await createProgramWithCohort();
		const inSibling = await createEnrolledParticipant(sibling.id);
		const inOther = await createEnrolledParticipant(other.cohort.id);
		const inThis = await createEnrolledParticipant(mine.cohort.id);
		const text = csv(
			[
				['Satu', `0${inSibling.phone!.slice(3)}`],
				['Dua', `0${inOther.phone!.slice(3)}`],
				['Tiga', `0${inThis.phone!.slice(3)}`]
			],
			';',
			['Nama', 'HP']
		);
		const started = await startEnrollmentImport(mine.organizer, mine.cohort.id, bytes(text));
		if (!started.ok) throw new Error('setup');
		const preview = await previewEnrollmentImport(mine.organizer, mine.cohort.id, started.importId);
		expect(preview!.rows.map((row) => row.problems)).toEqual([
			[{ code: 'phone-in-program', cohortName: 'Kelompok Sebelah' }],
			[{ code: 'phone-has-account' }],
			[{ code: 'phone-in-cohort' }]
		]);
		expect(JSON.stringify(preview)).not.toContain(other.cohort.name);
	});

	it('keeps another program’s organizer out of the upload', async () => {
		const mine = await createProgramWithCohort();
		const other = await createProgramWithCohort();
		expect(await startEnrollmentImport(other.organizer, mine.cohort.id, bytes(csv([['Siti', phones(1)[0]]])))).toEqual({
			ok: false,
			problem: { code: 'cohort-not-found' }
		});
		const started = await startEnrollmentImport(mine.organizer, mine.cohort.id, bytes(csv([['Siti', phones(1)[0]]])));
		if (!started.ok) throw new Error('setup');
		expect(await previewEnrollmentImport(other.organizer, mine.cohort.id, started.importId)).toBeNull();
		expect(await runEnrollmentImport(other.organizer, mine.cohort.id, started.importId)).toEqual({ ok: false, reason: 'import-not-found' });
		expect(await issueOneTimePins(other.organizer, mine.cohort.id)).toBeNull();
	});

	it('stops the whole import when a number got an account after the preview', async () => {
		const { organizer, cohort } = await createProgramWithCohort();
		const numbers = phones(3);
		const started = await startEnrollmentImport(organizer, cohort.id, bytes(csv(numbers.map((phone, i) => [`Peserta ${i}`, phone]))));
		if (!started.ok) throw new Error('setup');
		expect((await previewEnrollmentImport(organizer, cohort.id, started.importId))?.invalidCount).toBe(0);
		await db.user.create({ data: { role: 'participant', name: 'Datang Duluan', phone: `+62${numbers[2].slice(1)}`, secretHash: 'x' } });
		expect(await runEnrollmentImport(organizer, cohort.id, started.importId)).toEqual({ ok: false, reason: 'rows-invalid' });
		expect(await db.user.count({ where: { phone: { in: numbers.slice(0, 2).map((n) => `+62${n.slice(1)}`) } } })).toBe(0);
	});

	it(`imports ${MAX_IMPORT_ROWS} rows in one go`, { timeout: 120_000 }, async () => {
		const { organizer, cohort } = await createProgramWithCohort();
		const rows = phones(MAX_IMPORT_ROWS).map((phone, index) => [`Peserta Nomor ${index + 1}`, phone, '1988', 'P', 'Desa Makmur']);
		const started = await startEnrollmentImport(organizer, cohort.id, bytes(csv(rows, ';')));
		if (!started.ok) throw new Error('setup');
		expect((await previewEnrollmentImport(organizer, cohort.id, started.importId))?.validCount).toBe(MAX_IMPORT_ROWS);
		expect(await runEnrollmentImport(organizer, cohort.id, started.importId)).toEqual({ ok: true, imported: MAX_IMPORT_ROWS });
		expect(await db.enrollment.count({ where: { cohortId: cohort.id } })).toBe(MAX_IMPORT_ROWS);
	});
});

describe('one-time PINs', () => {
	it('issues PINs to participants who have none, in batches, and they sign in with them', async () => {
		const { organizer, cohort } = await createProgramWithCohort();
		const numbers = phones(3);
		const started = await startEnrollmentImport(organizer, cohort.id, bytes(csv(numbers.map((phone, i) => [`Peserta ${i}`, phone]))));
		if (!started.ok) throw new Error('setup');
		await runEnrollmentImport(organizer, cohort.id, started.importId);
		const failedBefore = await login({ identifier: numbers[0], secret: '000000', clientAddress: '10.8.0.1' });
		expect(failedBefore).toEqual({ ok: false, reason: 'invalid-credentials' });

		const issued = await issueOneTimePins(organizer, cohort.id);
		expect(issued?.issued).toHaveLength(3);
		expect(issued?.remaining).toBe(0);
		const first = issued!.issued.find((entry) => entry.phone === `+62${numbers[0].slice(1)}`)!;
		const signedIn = await login({ identifier: numbers[0], secret: first.pin, clientAddress: '10.8.0.1' });
		expect(signedIn.ok && signedIn.user.mustChangePin).toBe(true);
		expect((await issueOneTimePins(organizer, cohort.id))?.issued).toEqual([]);
	});

	it('lets the cohort’s trainers issue PINs, not its mentors nor other trainers', async () => {
		const { cohort } = await createProgramWithCohort();
		const [trainer, mentor, stranger] = await Promise.all(
			['trainer', 'mentor', 'stranger'].map((name) =>
				db.user.create({
					data: { role: 'trainer', name, email: `${name}-${cohort.id}@contoh.test`, secretHash: 'x' },
					select: { id: true, role: true }
				})
			)
		);
		await db.cohortTrainer.createMany({
			data: [
				{ cohortId: cohort.id, userId: trainer.id, role: 'trainer' },
				{ cohortId: cohort.id, userId: mentor.id, role: 'mentor' }
			]
		});
		expect(await issueOneTimePins(trainer, cohort.id)).toEqual({ issued: [], remaining: 0 });
		expect(await issueOneTimePins(mentor, cohort.id)).toBeNull();
		expect(await issueOneTimePins(stranger, cohort.id)).toBeNull();
	});

	it('builds a wa.me link with the text', () => {
		expect(whatsAppLink('+6281234567890', 'PIN Anda: 123 456')).toBe('https://wa.me/6281234567890?text=PIN%20Anda%3A%20123%20456');
	});
});
