import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import { importContentLibrary } from '#lib/server/library/content-import';
import * as course from '#lib/server/learning/course';
import * as quiz from '#lib/server/learning/quiz';
import { readingLevelOf } from '#lib/server/learning/levels';
import type { LiteracyLevel } from '#lib/content/types';
import * as report from '#lib/server/reports/progress-report';
import { cohortScope, programScope } from '#lib/server/reports/scope';
import { countProgressOffThread } from '#lib/server/reports/count-worker';

// A quiz only at dasar and menengah (lanjut readers complete the module by reading), a reading
// module, and one that needs accepted practical work: the three shapes of the completion rule.
const QUIZ_MODULE = `---
title: Modul Kuis
summary: Dua soal.
minutes: 10
---
Teks modul.

::::quiz
:::level{dasar menengah}
### Apa warna benang? {#warna}
- [x] Putih {#putih}
- [ ] Hitam {#hitam}
- [ ] Merah {#merah}

Penjelasan: Putih.

### Berapa harga dua kancing Rp500? {#harga}
Jawaban: 1.000
Satuan: Rp

Penjelasan: 2 × 500.
:::
::::
`;
const READING_MODULE = `---
title: Modul Bacaan
summary: Tanpa kuis.
minutes: 5
---
Isi bacaan.
`;
const PRACTICAL_MODULE = `---
title: Modul Praktik
summary: Dengan tugas.
minutes: 15
practical_required: true
---
Isi.

:::tugas
Jahit sapu tangan.

Foto: sapu tangan dari dekat.

Kriteria:
- Jahitan lurus
:::
`;

let dir: string;
let courseId: string;
const SLUG = 'kursus-laporan';

function write(relative: string, text: string) {
	const file = path.join(dir, relative);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, text);
}

beforeAll(async () => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berdaya-report-'));
	write(
		`${SLUG}/course.yaml`,
		'title: Kursus Laporan\nsummary: Untuk tes.\nmodules:\n  - modul-kuis\n  - modul-bacaan\n  - modul-praktik\n'
	);
	write(`${SLUG}/modul-kuis.md`, QUIZ_MODULE);
	write(`${SLUG}/modul-bacaan.md`, READING_MODULE);
	write(`${SLUG}/modul-praktik.md`, PRACTICAL_MODULE);
	const imported = await importContentLibrary(dir);
	expect(imported.errors).toEqual([]);
	courseId = (await db.course.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } })).id;
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function program(places: { province: string; regency: string }[] = [{ province: 'Jawa Tengah', regency: 'Klaten' }]) {
	const tag = randomBytes(4).toString('hex');
	const organizer = await db.user.create({
		data: { role: 'organizer', name: `Yayasan ${tag}`, secretHash: 'x' },
		select: { id: true, role: true }
	});
	const trainer = await db.user.create({
		data: { role: 'trainer', name: `Pelatih ${tag}`, secretHash: 'x' },
		select: { id: true, role: true }
	});
	const created = await db.program.create({ data: { name: `Program ${tag}`, organizers: { create: { userId: organizer.id } } } });
	const cohorts = [];
	for (const [index, place] of places.entries()) {
		cohorts.push(
			await db.cohort.create({
				data: {
					name: `Kelompok ${tag} ${index}`,
					joinCode: `R${tag}${index}`.toUpperCase(),
					programId: created.id,
					...place,
					courses: { create: { courseId } },
					trainers: { create: { userId: trainer.id } }
				},
				select: { id: true }
			})
		);
	}
	return { organizer, trainer, programId: created.id, cohorts };
}

async function participant(cohortId: string, options: { level?: LiteracyLevel | null; gender?: string; birthYear?: number } = {}) {
	return db.user.create({
		data: {
			role: 'participant',
			name: `Peserta ${randomBytes(3).toString('hex')}`,
			literacyLevel: options.level ?? 'menengah',
			levelSetAt: options.level === null ? null : new Date(),
			gender: options.gender,
			birthYear: options.birthYear,
			secretHash: 'x',
			enrollments: { create: { cohortId } }
		},
		select: { id: true, literacyLevel: true, levelSetAt: true }
	});
}

async function answerQuiz(userId: string, level: LiteracyLevel, colour: string, price: string) {
	const version = await db.module.findFirstOrThrow({ where: { slug: 'modul-kuis', courseId }, select: { publishedVersionId: true } });
	const result = await quiz.submitQuizAttempt({
		userId,
		level,
		courseSlug: SLUG,
		moduleSlug: 'modul-kuis',
		versionId: version.publishedVersionId!,
		fields: new Map([
			['q:warna', [colour]],
			['q:harga', [price]]
		])
	});
	if (!result.ok) throw new Error(result.reason);
	return result;
}

async function acceptPractical(userId: string, cohortId: string) {
	const module = await db.module.findFirstOrThrow({
		where: { slug: 'modul-praktik', courseId },
		select: { id: true, publishedVersionId: true }
	});
	await db.practicalSubmission.create({
		data: { userId, cohortId, moduleId: module.id, moduleVersionId: module.publishedVersionId!, status: 'accepted' }
	});
}

async function read(userId: string, level: LiteracyLevel, moduleSlug: string) {
	await course.recordReadingForParticipant(userId, level, SLUG, moduleSlug);
}

describe('the funnel', () => {
	it('counts each stage by the same completion rule the participant pages use', async () => {
		const { organizer, programId, cohorts } = await program();
		const cohortId = cohorts[0].id;
		const people = [];
		// 0: enrolled, never placed, nothing done.
		people.push(await participant(cohortId, { level: null }));
		// 1: read the quiz module but failed its quiz: started, nothing complete.
		people.push(await participant(cohortId));
		await read(people[1].id, 'menengah', 'modul-kuis');
		await answerQuiz(people[1].id, 'menengah', 'hitam', '900');
		// 2: passed the quiz but never pressed "read": not complete (the rule wants both).
		people.push(await participant(cohortId));
		await answerQuiz(people[2].id, 'menengah', 'putih', '1.000');
		// 3: lanjut has no quiz: reading completes the quiz module; reading module too.
		people.push(await participant(cohortId, { level: 'lanjut' }));
		await read(people[3].id, 'lanjut', 'modul-kuis');
		await read(people[3].id, 'lanjut', 'modul-bacaan');
		await read(people[3].id, 'lanjut', 'modul-praktik');
		// 4: everything, practical accepted: the course is complete.
		people.push(await participant(cohortId, { level: 'dasar' }));
		await read(people[4].id, 'dasar', 'modul-kuis');
		await answerQuiz(people[4].id, 'dasar', 'merah', '1000');
		await answerQuiz(people[4].id, 'dasar', 'putih', '1000');
		await read(people[4].id, 'dasar', 'modul-bacaan');
		await read(people[4].id, 'dasar', 'modul-praktik');
		await acceptPractical(people[4].id, cohortId);

		const scope = (await programScope(organizer, programId))!;
		const funnel = await report.readFunnel(scope, { id: courseId, slug: SLUG, title: 'Kursus Laporan' }, null);
		expect(funnel.stages.map((stage) => stage.module?.slug ?? stage.key)).toEqual([
			'enrolled',
			'placed',
			'started',
			'modul-kuis',
			'modul-bacaan',
			'modul-praktik',
			'completed',
			'certified'
		]);

		// The rule itself, participant by participant.
		const expected = funnel.stages.map(() => 0);
		for (const person of people) {
			const user = await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { literacyLevel: true, levelSetAt: true } });
			const completion = await course.readCourseCompletion(db, person.id, readingLevelOf(user), courseId);
			const started = (await db.moduleProgress.count({ where: { userId: person.id } })) > 0;
			expected[0]++;
			if (user.levelSetAt) expected[1]++;
			if (started) expected[2]++;
			completion.modules.forEach((module, index) => {
				if (module.state === 'completed') expected[3 + index]++;
			});
			if (completion.complete) expected[6]++;
		}
		expect(funnel.total.counts).toEqual(expected);
		expect(funnel.total.counts).toEqual([5, 4, 4, 2, 2, 1, 1, 0]);
	});

	it('splits by reading level, gender and age band, and hides groups under five', async () => {
		const { organizer, programId, cohorts } = await program();
		for (let i = 0; i < 6; i++) await participant(cohorts[0].id, { level: 'menengah', gender: 'perempuan', birthYear: 2000 });
		for (let i = 0; i < 2; i++) await participant(cohorts[0].id, { level: 'lanjut', gender: 'laki-laki', birthYear: 1970 });
		const scope = (await programScope(organizer, programId))!;
		const course_ = { id: courseId, slug: SLUG, title: 'Kursus Laporan' };
		const now = new Date('2026-06-01T00:00:00Z');

		const byLevel = await report.readFunnel(scope, course_, 'level', now);
		expect(byLevel.groups.map((group) => [group.key, group.counts[0]])).toEqual([
			['menengah', 6],
			['lanjut', 2]
		]);
		const byGender = await report.readFunnel(scope, course_, 'gender', now);
		expect(byGender.groups.map((group) => [group.key, group.counts[0]])).toEqual([
			['perempuan', 6],
			['laki-laki', 2]
		]);
		const byAge = await report.readFunnel(scope, course_, 'age', now);
		expect(byAge.groups.map((group) => [group.key, group.counts[0]])).toEqual([
			['25-34', 6],
			['55+', 2]
		]);
		expect(report.shownCount(2, 2)).toBeNull();
		expect(report.shownCount(0, 6)).toBe(0);
		expect(report.shownCount(3, 6)).toBeNull();
		expect(report.shownCount(6, 6)).toBe(6);
	});

	it('narrows to a place and splits by the next place level down', async () => {
		const { organizer, programId, cohorts } = await program([
			{ province: 'Jawa Tengah', regency: 'Klaten' },
			{ province: 'Jawa Tengah', regency: 'Sragen' },
			{ province: 'Bali', regency: 'Gianyar' }
		]);
		for (const [index, count] of [3, 5, 7].entries()) for (let i = 0; i < count; i++) await participant(cohorts[index].id);
		const course_ = { id: courseId, slug: SLUG, title: 'Kursus Laporan' };

		const whole = await report.readFunnel((await programScope(organizer, programId))!, course_, 'place');
		expect(whole.placeLevel).toBe('province');
		expect(whole.groups.map((group) => [group.key, group.counts[0]])).toEqual([
			['Jawa Tengah', 8],
			['Bali', 7]
		]);
		const central = await report.readFunnel((await programScope(organizer, programId, { province: 'Jawa Tengah' }))!, course_, 'place');
		expect(central.placeLevel).toBe('regency');
		expect(central.total.counts[0]).toBe(8);
		expect(central.groups.map((group) => [group.key, group.counts[0]])).toEqual([
			['Sragen', 5],
			['Klaten', 3]
		]);
	});
});

describe('modules and questions', () => {
	it('gives median attempts and time to pass, and the questions worst first with the wrong answer most chosen', async () => {
		const { organizer, programId, cohorts } = await program();
		const people = [];
		for (let i = 0; i < 6; i++) people.push(await participant(cohorts[0].id, { level: 'dasar' }));
		// First attempts: warna right for 2 of 6 (hitam chosen 3 times, merah once); harga right for 5.
		const colours = ['putih', 'putih', 'hitam', 'hitam', 'hitam', 'merah'];
		const prices = ['1000', '1000', '1000', '1000', '1000', '900'];
		for (const [index, person] of people.entries()) await answerQuiz(person.id, 'dasar', colours[index], prices[index]);
		// Retries: the ones who failed pass on the second attempt.
		for (const [index, person] of people.entries())
			if (colours[index] !== 'putih' || prices[index] !== '1000') await answerQuiz(person.id, 'dasar', 'putih', '1000');

		const scope = (await programScope(organizer, programId))!;
		const full = await report.readProgressReport(scope, { courseId });
		const stats = full.modules.find((module) => module.module.slug === 'modul-kuis')!;
		expect(stats.passed).toBe(6);
		// Attempts to pass: 1, 1, 2, 2, 2, 2 → median 2.
		expect(stats.medianAttempts).toBe(2);
		expect(stats.medianMinutes).toBe(0);

		expect(full.questions.map((question) => [question.questionId, question.answered, question.correct])).toEqual([
			['warna', 6, 2],
			['harga', 6, 5]
		]);
		expect(full.questions[0].topWrong).toEqual({ text: 'Hitam', count: 3 });
		expect(full.questions[1].topWrong).toEqual({ text: '900', count: 1 });
		expect(full.questions[0].byLevel).toEqual([{ level: 'dasar', answered: 6, correct: 2 }]);
		expect(full.editable).toBe(true);
	});

	it('counts the same off the request thread (SQLite: the counting thread; PostgreSQL: in the process)', async () => {
		const { organizer, programId, cohorts } = await program();
		for (const [index, colour] of ['putih', 'hitam', 'hitam', 'merah', 'putih', 'putih'].entries()) {
			const person = await participant(cohorts[0].id, { level: index % 2 ? 'dasar' : 'menengah' });
			await answerQuiz(person.id, index % 2 ? 'dasar' : 'menengah', colour, '1000');
		}
		const scope = (await programScope(organizer, programId))!;
		for (const split of [null, 'level'] as const) {
			const inProcess = await report.readProgressCounts(scope, { courseId, split });
			expect(inProcess.funnel?.total.counts[0]).toBe(6);
			expect((await countProgressOffThread(scope, { courseId, split })).value).toEqual(inProcess);
		}
	});

	it('medianOfHistogram takes the lower middle', () => {
		expect(report.medianOfHistogram(new Map())).toBeNull();
		expect(
			report.medianOfHistogram(
				new Map([
					[1, 2],
					[3, 2]
				])
			)
		).toBe(1);
		expect(
			report.medianOfHistogram(
				new Map([
					[5, 1],
					[2, 1],
					[9, 1]
				])
			)
		).toBe(5);
	});
});

describe('who sees what', () => {
	it('gives an organizer only their programs, a trainer only their cohorts, a participant nothing', async () => {
		const a = await program();
		const b = await program();
		const someone = await participant(a.cohorts[0].id);
		expect(await programScope(a.organizer, a.programId)).not.toBeNull();
		expect(await programScope(b.organizer, a.programId)).toBeNull();
		expect(await programScope(a.trainer, a.programId)).toBeNull();
		expect(await programScope({ id: someone.id, role: 'participant' }, a.programId)).toBeNull();
		expect(await cohortScope(a.trainer, a.cohorts[0].id)).not.toBeNull();
		expect(await cohortScope(b.trainer, a.cohorts[0].id)).toBeNull();
		expect(await cohortScope(b.organizer, a.cohorts[0].id)).toBeNull();
		expect(await cohortScope({ id: someone.id, role: 'participant' }, a.cohorts[0].id)).toBeNull();
	});

	it("counts a cohort's report only over that cohort", async () => {
		const { organizer, programId, cohorts } = await program([
			{ province: 'Jawa Tengah', regency: 'Klaten' },
			{ province: 'Jawa Tengah', regency: 'Sragen' }
		]);
		await participant(cohorts[0].id);
		await participant(cohorts[1].id);
		await participant(cohorts[1].id);
		const course_ = { id: courseId, slug: SLUG, title: 'Kursus Laporan' };
		expect((await report.readFunnel((await programScope(organizer, programId))!, course_, null)).total.counts[0]).toBe(3);
		expect((await report.readFunnel((await cohortScope(organizer, cohorts[1].id))!, course_, null)).total.counts[0]).toBe(2);
	});
});
