import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import { rawExportStream, EXPORT_PAGE_SIZE } from '#lib/server/reports/exports';
import { actorSecret, pseudonym, xapiStream } from '#lib/server/reports/xapi';
import { programScope } from '#lib/server/reports/scope';

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
	return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

async function programWithPeople(count: number, extra: { name?: string; phone?: string } = {}) {
	const tag = randomBytes(4).toString('hex');
	const organizer = await db.user.create({
		data: { role: 'organizer', name: `Yayasan ${tag}`, secretHash: 'x' },
		select: { id: true, role: true }
	});
	const program = await db.program.create({ data: { name: `Program ${tag}`, organizers: { create: { userId: organizer.id } } } });
	const cohort = await db.cohort.create({
		data: { name: `Kelompok ${tag}`, joinCode: `X${tag}`.toUpperCase(), programId: program.id, province: 'Bali' }
	});
	const users = await db.user.createManyAndReturn({
		data: Array.from({ length: count }, (_, i) => ({
			role: 'participant',
			name: i === 0 && extra.name ? extra.name : `Peserta ${tag} ${i}`,
			phone: i === 0 && extra.phone ? extra.phone : `+62819${parseInt(tag, 16) % 10000}${String(i).padStart(5, '0')}`,
			secretHash: 'x'
		})),
		select: { id: true }
	});
	await db.enrollment.createMany({ data: users.map((user) => ({ userId: user.id, cohortId: cohort.id })) });
	return { organizer, programId: program.id, cohortId: cohort.id, users };
}

describe('raw CSV exports', () => {
	it('writes every participant of the program once, across keyset pages, with a BOM and Indonesian headers', async () => {
		console.time('setup');
		const { organizer, programId } = await programWithPeople(EXPORT_PAGE_SIZE + 3, { name: '=HYPERLINK("x")' });
		console.timeEnd('setup');
		const other = await programWithPeople(2);
		const scope = (await programScope(organizer, programId))!;
		console.time('export');
		const body = await text(rawExportStream(scope, 'peserta'));
		console.timeEnd('export');
		expect(body.startsWith('\uFEFFID peserta,Nama,Nomor HP,')).toBe(true);
		const lines = body.trimEnd().split('\r\n');
		expect(lines).toHaveLength(1 + EXPORT_PAGE_SIZE + 3);
		expect(new Set(lines.map((line) => line.split(',')[0])).size).toBe(lines.length);
		// A formula in a name is written as text.
		expect(body).toContain(`"'=HYPERLINK(""x"")"`);
		// Nobody from another program.
		for (const user of other.users) expect(body).not.toContain(user.id);
	});

	it('narrows the participants to a cohort or a place, and writes someone in two cohorts once', async () => {
		const { organizer, programId, cohortId, users } = await programWithPeople(3);
		const other = await db.cohort.create({
			data: {
				name: `Lain ${randomBytes(3).toString('hex')}`,
				joinCode: `Y${randomBytes(4).toString('hex')}`.toUpperCase(),
				programId,
				province: 'Aceh'
			}
		});
		const stranger = await db.user.create({ data: { role: 'participant', name: 'Di Aceh', secretHash: 'x' }, select: { id: true } });
		await db.enrollment.createMany({
			data: [
				{ userId: stranger.id, cohortId: other.id },
				{ userId: users[0].id, cohortId: other.id }
			]
		});
		const trainer = await db.user.create({ data: { role: 'trainer', name: 'Pelatih', secretHash: 'x' }, select: { id: true } });
		await db.enrollment.create({ data: { userId: trainer.id, cohortId } });
		const ids = async (scope: Parameters<typeof rawExportStream>[0]) =>
			(await text(rawExportStream(scope, 'peserta')))
				.trimEnd()
				.split('\r\n')
				.slice(1)
				.map((line) => line.split(',')[0])
				.sort();
		const program = (await programScope(organizer, programId))!;
		expect(await ids(program)).toEqual([...users.map((user) => user.id), stranger.id].sort());
		expect(await ids({ ...program, place: { province: 'Aceh' } })).toEqual([users[0].id, stranger.id].sort());
		expect(await ids({ ...program, cohortId })).toEqual(users.map((user) => user.id).sort());
	});

	it('gives a header-only file for an empty program', async () => {
		const { organizer, programId } = await programWithPeople(0);
		const scope = (await programScope(organizer, programId))!;
		expect(await text(rawExportStream(scope, 'kuis'))).toBe(
			'\uFEFFID percobaan,ID peserta,Kursus,Modul,Versi modul,Tingkat,Jawaban benar,Jumlah soal,Nilai (%),Lulus,Waktu\r\n'
		);
		expect((await text(rawExportStream(scope, 'pendaftaran'))).split('\r\n')).toHaveLength(2);
	});
});

describe('xAPI export', () => {
	it('names each person by a pseudonym, never their name or phone number, and ids stay the same on a second export', async () => {
		const { organizer, programId, cohortId, users } = await programWithPeople(1, { name: 'Siti Rahma', phone: '+6281299990000' });
		const course = await db.course.create({ data: { slug: `kursus-${randomBytes(3).toString('hex')}`, title: 'Kursus X', summary: '.' } });
		await db.cohortCourse.create({ data: { cohortId, courseId: course.id } });
		const module = await db.module.create({ data: { courseId: course.id, slug: 'modul-a', position: 1 } });
		const version = await db.moduleVersion.create({
			data: {
				moduleId: module.id,
				version: 1,
				title: 'Modul A',
				summary: '.',
				minutes: 5,
				masteryPercent: 70,
				quizLevels: 'dasar,menengah,lanjut',
				source: '',
				sourceHash: 'x',
				htmlDasar: '',
				htmlMenengah: '',
				htmlLanjut: '',
				quizJson: '{"questions":[]}'
			}
		});
		await db.module.update({ where: { id: module.id }, data: { publishedVersionId: version.id } });
		await db.quizAttempt.create({
			data: {
				userId: users[0].id,
				moduleId: module.id,
				moduleVersionId: version.id,
				level: 'dasar',
				correctCount: 4,
				questionCount: 5,
				percent: 80,
				passed: true,
				answersJson: '{}'
			}
		});
		await db.moduleProgress.create({
			data: { userId: users[0].id, moduleId: module.id, status: 'completed', completedAt: new Date(), readAt: new Date() }
		});
		const scope = (await programScope(organizer, programId))!;
		const body = await text(await xapiStream(scope, 'https://berdaya.test'));
		const statements = body
			.trimEnd()
			.split('\n')
			.map((line) => JSON.parse(line));
		expect(statements.map((statement) => statement.verb.id.split('/').pop())).toEqual(['attempted', 'passed', 'completed']);
		const name = pseudonym(await actorSecret(), users[0].id);
		for (const statement of statements)
			expect(statement.actor).toEqual({ objectType: 'Agent', account: { homePage: 'https://berdaya.test', name } });
		expect(statements[1].result).toMatchObject({ success: true, score: { raw: 4, max: 5, scaled: 0.8 } });
		expect(body).not.toContain('Siti');
		expect(body).not.toContain('99990000');
		expect(body).not.toContain(users[0].id);
		const again = await text(await xapiStream(scope, 'https://berdaya.test'));
		expect(again).toBe(body);
	});
});
