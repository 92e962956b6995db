import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import { generateJoinCode } from '#lib/server/accounts/account';
import { parseModule } from '#lib/content/parse';
import { gradeAnswer, type QuizAnswer } from '#lib/content/grade';
import { countNeeds, groupOf } from '#lib/server/reports/needs';
import { countNeedsOffThread, countOutcomesOffThread } from '#lib/server/reports/count-worker';
import { countOutcomes } from '#lib/server/reports/outcomes';
import { readNeedsForOrganizer } from '#lib/server/reports/kept-reports';
import { needsSummaryDocument } from '#lib/server/reports/needs-pdf';
import { renderPdfOffThread } from '#lib/server/reports/pdf-worker';
import { seedDemoOutcomes } from '#lib/server/demo/outcomes-seed';
import { readOutcomesForOrganizer } from '#lib/server/reports/kept-reports';
import { messagesFor } from '#lib/i18n';

const PRETEST = `---
title: Tes Awal
summary: Soal singkat.
minutes: 5
---
::::quiz
### Di mana jarum disimpan? {#jarum modul=alat}
- [ ] Di mulut
- [x] Di bantalan jarum

Penjelasan: Aman.

### Berapa 2 × 40 cm? {#hitung modul=ukur type=angka}
Jawaban: 80

Penjelasan: 80.

### Soal tanpa modul {#lain}
- [x] Benar
- [ ] Salah

Penjelasan: Ya.
::::
`;

/** A program with a cohort in Desa Sukamaju of `people` participants, the first `placed` placed at dasar, all taking the pre-test. */
async function setUp(people: number) {
	const tag = randomBytes(4).toString('hex');
	const organizer = await db.user.create({
		data: { role: 'organizer', name: `Org ${tag}`, email: `n-${tag}@contoh.test`, secretHash: 'x' }
	});
	const program = await db.program.create({ data: { name: `Program ${tag}`, organizers: { create: { userId: organizer.id } } } });
	const course = await db.course.create({ data: { slug: `kursus-${tag}`, title: `Menjahit ${tag}`, summary: 'x' } });
	for (const [position, slug] of ['alat', 'ukur'].entries()) {
		const module = await db.module.create({ data: { courseId: course.id, slug, position } });
		const version = await db.moduleVersion.create({
			data: {
				moduleId: module.id,
				version: 1,
				title: slug === 'alat' ? 'Alat Jahit' : 'Mengukur',
				summary: 'x',
				minutes: 10,
				masteryPercent: 70,
				objectivesJson: JSON.stringify([slug === 'alat' ? 'Menyimpan jarum dengan aman' : 'Menghitung kain']),
				source: 'x',
				sourceHash: `${tag}-${slug}`,
				htmlDasar: '',
				htmlMenengah: '',
				htmlLanjut: '',
				quizJson: '{"questions":[]}'
			}
		});
		await db.module.update({ where: { id: module.id }, data: { publishedVersionId: version.id } });
	}
	const parsed = parseModule(PRETEST);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	const version = await db.courseTestVersion.create({
		data: {
			courseId: course.id,
			version: 1,
			title: 'Tes',
			summary: 'x',
			source: PRETEST,
			sourceHash: tag,
			introHtml: '',
			quizJson: JSON.stringify(parsed.module.quiz)
		}
	});
	const cohort = await db.cohort.create({
		data: {
			name: `Kelompok ${tag}`,
			joinCode: generateJoinCode(),
			programId: program.id,
			village: 'Sukamaju',
			district: 'Cibeunying',
			regency: 'Kota Bandung',
			province: 'Jawa Barat',
			courses: { create: { courseId: course.id } }
		}
	});
	const [jarum, hitung, lain] = parsed.module.quiz.questions;
	for (let i = 0; i < people; i++) {
		const user = await db.user.create({
			data: {
				role: 'participant',
				name: `P${i}`,
				// Unique per set-up (the hex tag as a number): four letters turned into 1s collided.
				phone: `+62816${String(parseInt(tag, 16) % 1_000_000).padStart(6, '0')}${String(i).padStart(4, '0')}`,
				secretHash: 'x',
				literacyLevel: 'dasar',
				levelSetAt: i < 5 ? new Date() : null,
				digitalLevel: i < 6 ? 'menengah' : null,
				enrollments: { create: { cohortId: cohort.id } }
			}
		});
		// Everyone knows where the needle goes; only the first two can work out the fabric.
		const answers: Record<string, QuizAnswer> = {
			[jarum.id]: {
				kind: 'choice',
				optionIds: [(jarum as { options: { id: string; correct: boolean }[] }).options.find((o) => o.correct)!.id]
			},
			[hitung.id]: { kind: 'numeric', raw: '80', value: i < 2 ? 80 : 60 },
			[lain.id]: { kind: 'choice', optionIds: [(lain as { options: { id: string; correct: boolean }[] }).options[0].id] }
		};
		await db.courseTestAttempt.create({
			data: {
				userId: user.id,
				courseId: course.id,
				versionId: version.id,
				kind: 'pretest',
				percent: 0,
				answersJson: JSON.stringify(answers)
			}
		});
	}
	expect(gradeAnswer(hitung, { kind: 'numeric', raw: '80', value: 80 })).toBe(true);
	return { organizer, program, cohort };
}

describe('needs assessment', () => {
	it('reports placement and pre-test results by learning objective, per place, with small figures hidden', async () => {
		expect.hasAssertions();
		const { organizer, program } = await setUp(7);
		const report = await readNeedsForOrganizer(organizer, program.id, 'desa');
		expect(report!.groups.map((group) => group.label)).toEqual(['Sukamaju, Cibeunying, Kota Bandung, Jawa Barat']);
		const total = report!.total;
		expect(total.participants).toBe(7);
		// 5 placed at dasar, 2 not placed (shown "< 5"); digital: 6 menengah, 1 not measured.
		expect(total.reading).toEqual({ belum: null, dasar: 5, menengah: 0, lanjut: 0 });
		expect(total.digital).toEqual({ belum: null, dasar: 0, menengah: 6, lanjut: 0 });
		const course = total.courses[0];
		expect(course.objectives.map((row) => [row.moduleTitle, row.objectives, row.percent, row.takers])).toEqual([
			['Alat Jahit', ['Menyimpan jarum dengan aman'], 100, 7],
			['Mengukur', ['Menghitung kain'], 29, 7],
			[null, [], 100, 7]
		]);
		const pdf = await renderPdfOffThread(
			needsSummaryDocument({
				programName: report!.name,
				group: total,
				groupLabel: 'Seluruh program',
				t: messagesFor('id').outcomes,
				now: new Date()
			})
		);
		expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-');
		expect(await readNeedsForOrganizer((await setUp(0)).organizer, program.id, 'kelompok')).toBeNull();
	});

	it('shows ten groups a page with the whole program on each, and finds one group for its PDF', async () => {
		expect.hasAssertions();
		const { organizer, program, cohort } = await setUp(7);
		const names = Array.from({ length: 11 }, (_, i) => `${cohort.name} ${String(i + 1).padStart(2, '0')}`);
		for (const name of names) await db.cohort.create({ data: { name, joinCode: generateJoinCode(), programId: program.id } });
		const first = await readNeedsForOrganizer(organizer, program.id, 'kelompok', { page: 1 });
		expect(first!.page).toEqual({ number: 1, count: 2 });
		expect(first!.groupCount).toBe(12);
		expect(first!.groups.map((group) => group.label)).toEqual([cohort.name, ...names.slice(0, 9)]);
		const second = await readNeedsForOrganizer(organizer, program.id, 'kelompok', { page: 2 });
		expect(second!.groups.map((group) => group.label)).toEqual(names.slice(9));
		expect(second!.total.participants).toBe(7);
		// A page past the end shows the last one.
		expect((await readNeedsForOrganizer(organizer, program.id, 'kelompok', { page: 40 }))!.page.number).toBe(2);
		const one = await readNeedsForOrganizer(organizer, program.id, 'kelompok', { groupKey: `k:${cohort.id}` });
		expect(one!.groups.map((group) => [group.label, group.participants])).toEqual([[cohort.name, 7]]);

		const outcomes = await readOutcomesForOrganizer(organizer, program.id, 2);
		expect(outcomes!.page).toEqual({ number: 2, count: 2 });
		expect(outcomes!.cohorts.map((row) => row.name)).toEqual(names.slice(9));
		expect((await readOutcomesForOrganizer(organizer, program.id, 0))!.cohorts[0].name).toBe(cohort.name);
	});

	it('counts the same off the request thread (SQLite: the counting thread; PostgreSQL: in the process)', async () => {
		expect.hasAssertions();
		const { program } = await setUp(6);
		for (const by of ['kelompok', 'desa'] as const) {
			const inProcess = await countNeeds(program.id, by);
			expect(inProcess.total.participants).toBe(6);
			expect((await countNeedsOffThread(program.id, by)).value).toEqual(inProcess);
		}
	});

	it('hides every figure of a group under 5 people', async () => {
		expect.hasAssertions();
		const { organizer, program } = await setUp(3);
		const report = await readNeedsForOrganizer(organizer, program.id, 'kelompok');
		expect(report!.total.participants).toBeNull();
		expect(report!.total.reading).toEqual({ belum: null, dasar: null, menengah: null, lanjut: null });
		expect(report!.total.courses[0].objectives.every((row) => row.percent === null)).toBe(true);
	});

	it('names places with the places above them, and leaves cohorts without a place apart', () => {
		expect.assertions(2);
		const cohort = { id: 'c1', name: 'K', village: 'Sukamaju', district: 'Cibeunying', regency: 'Kota Bandung', province: 'Jawa Barat' };
		expect(groupOf(cohort, 'kecamatan').label).toBe('Cibeunying, Kota Bandung, Jawa Barat');
		expect(groupOf({ ...cohort, village: null }, 'desa')).toEqual({ key: '-', label: null });
	});

	it('demo data shows a before/after of eight and six people', async () => {
		expect.hasAssertions();
		const tag = randomBytes(4).toString('hex');
		const organizer = await db.user.create({ data: { role: 'organizer', name: 'Org', email: `d-${tag}@contoh.test`, secretHash: 'x' } });
		const trainer = await db.user.create({ data: { role: 'trainer', name: 'Pel', email: `dt-${tag}@contoh.test`, secretHash: 'x' } });
		const program = await db.program.create({ data: { name: 'Demo', organizers: { create: { userId: organizer.id } } } });
		await db.user.deleteMany({ where: { phone: { startsWith: '+6281200001' } } });
		await seedDemoOutcomes({ programId: program.id, trainerId: trainer.id });
		const report = await readOutcomesForOrganizer(organizer, program.id);
		expect(report!.total.comparisons.map((comparison) => comparison.pairs)).toEqual([8, 6, null]);
		// The counting thread (SQLite) or the process (PostgreSQL) counts the same.
		expect((await countOutcomesOffThread(program.id)).value).toEqual(await countOutcomes(program.id));
	});
});
