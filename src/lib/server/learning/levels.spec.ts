import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import { parseModule } from '#lib/content/parse';
import { publishModuleVersion } from '#lib/server/library/module-version';
import * as levels from '#lib/server/learning/levels';
import * as adaptation from '#lib/server/learning/adaptation';
import * as quiz from '#lib/server/learning/quiz';

/** A cohort led by a trainer, with one course of one module whose quiz has three questions at every level. */
async function cohortWithModule() {
	const tag = randomBytes(4).toString('hex');
	const trainer = await db.user.create({
		data: { role: 'trainer', name: `Pelatih ${tag}`, email: `p-${tag}@contoh.test`, secretHash: 'x' }
	});
	const course = await db.course.create({ data: { slug: `kursus-${tag}`, title: 'Kursus', summary: 'Tes.' } });
	const program = await db.program.create({ data: { name: `Program ${tag}` } });
	const cohort = await db.cohort.create({
		data: {
			name: `Kelompok ${tag}`,
			joinCode: `L${tag}`.toUpperCase(),
			programId: program.id,
			trainers: { create: { userId: trainer.id } },
			courses: { create: { courseId: course.id } }
		}
	});
	const source = `---\ntitle: Kancing\nsummary: Kancing.\nminutes: 5\n---\nTeks.\n\n::::quiz\n${['a', 'b', 'c']
		.map(
			(id) =>
				`### Soal ${id}? {#soal-${id}}\n- [x] Benar ${id}\n- [ ] Salah satu ${id}\n- [ ] Salah dua ${id}\n- [ ] Salah tiga ${id}\n\nPenjelasan: Ya.\n`
		)
		.join('\n')}::::\n`;
	const parsed = parseModule(source);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	const module = await db.module.create({ data: { courseId: course.id, slug: 'kancing', position: 1 }, select: { id: true } });
	await db.$transaction((tx) => publishModuleVersion(tx, { moduleId: module.id, source, module: parsed.module }));
	return { trainer, cohort, course, moduleId: module.id };
}

async function participantIn(cohortId: string, level?: 'dasar' | 'menengah' | 'lanjut') {
	const tag = randomBytes(4).toString('hex');
	return db.user.create({
		data: {
			role: 'participant',
			name: `Peserta ${tag}`,
			phone: `+62812${tag}`,
			secretHash: 'x',
			literacyLevel: level ?? 'menengah',
			levelSetAt: level ? new Date() : null,
			enrollments: { create: { cohortId } }
		},
		select: { id: true }
	});
}

async function currentLevel(userId: string) {
	return levels.readingLevelOf(
		await db.user.findUniqueOrThrow({ where: { id: userId }, select: { literacyLevel: true, levelSetAt: true } })
	);
}

describe('reading level and its history', () => {
	it('shows dasar until the level is first set, whatever the column default says', async () => {
		const { cohort } = await cohortWithModule();
		const unplaced = await participantIn(cohort.id);
		expect((await db.user.findUniqueOrThrow({ where: { id: unplaced.id } })).literacyLevel).toBe('menengah');
		expect(await currentLevel(unplaced.id)).toBe('dasar');
		expect(await levels.readLiteracyProfile(unplaced.id)).toEqual({
			readingLevel: 'dasar',
			levelSet: false,
			digitalLevel: null,
			phoneTips: true
		});
	});

	it('lets the participant step one level at a time and keeps who, from, to and why', async () => {
		const { cohort } = await cohortWithModule();
		const { id } = await participantIn(cohort.id, 'menengah');
		expect(await levels.stepLevelByParticipant(id, 'lanjut')).toEqual({ ok: true });
		expect(await levels.stepLevelByParticipant(id, 'dasar')).toEqual({ ok: false, reason: 'not-adjacent' });
		expect(await levels.stepLevelByParticipant(id, 'mahir')).toEqual({ ok: false, reason: 'invalid-level' });
		expect(await levels.stepLevelByParticipant(id, 'menengah')).toEqual({ ok: true });
		expect(await currentLevel(id)).toBe('menengah');
		const history = await levels.readLevelHistory(id);
		expect(history.map(({ from, to, reason, by }) => ({ from, to, reason, by: by?.startsWith('Peserta') }))).toEqual([
			{ from: 'lanjut', to: 'menengah', reason: 'participant', by: true },
			{ from: 'menengah', to: 'lanjut', reason: 'participant', by: true }
		]);
	});

	it('lets a trainer set the level of their own cohort only, with a reason; nothing is stored otherwise', async () => {
		const mine = await cohortWithModule();
		const other = await cohortWithModule();
		const { id } = await participantIn(mine.cohort.id);
		const stranger = await participantIn(other.cohort.id);
		const set = (input: Partial<Parameters<typeof levels.setLevelByTrainer>[0]>) =>
			levels.setLevelByTrainer({
				trainerId: mine.trainer.id,
				cohortId: mine.cohort.id,
				participantId: id,
				toLevel: 'lanjut',
				note: '',
				...input
			});

		expect(await set({ participantId: stranger.id })).toEqual({ ok: false, reason: 'not-found' });
		expect(await set({ cohortId: other.cohort.id, participantId: stranger.id })).toEqual({ ok: false, reason: 'not-found' });
		expect(await set({ trainerId: other.trainer.id })).toEqual({ ok: false, reason: 'not-found' });
		expect(await set({ toLevel: 'sangat-lanjut' })).toEqual({ ok: false, reason: 'invalid-level' });
		expect(await set({ note: 'x'.repeat(levels.MAX_NOTE_LENGTH + 1) })).toEqual({ ok: false, reason: 'note-too-long' });
		expect(await db.levelChange.count({ where: { userId: { in: [id, stranger.id] } } })).toBe(0);

		expect(await set({ note: ' Sudah lancar membaca. ' })).toEqual({ ok: true, changed: true });
		expect(await set({ note: 'Sama.' })).toEqual({ ok: true, changed: false });
		const page = await levels.readParticipantLevelForTrainer(mine.trainer.id, mine.cohort.id, id);
		expect(page?.history.map(({ from, to, reason, note }) => ({ from, to, reason, note }))).toEqual([
			{ from: null, to: 'lanjut', reason: 'trainer', note: 'Sudah lancar membaca.' }
		]);
		expect(await levels.readParticipantLevelForTrainer(other.trainer.id, mine.cohort.id, id)).toBeNull();
	});
});

/** Submits the quiz with `right` of the three questions answered right. */
async function takeQuiz(userId: string, courseSlug: string, right: number) {
	const level = await currentLevel(userId);
	const shown = await quiz.readQuizForParticipant(userId, level, courseSlug, 'kancing');
	if (!shown) throw new Error('no quiz');
	const fields = new Map<string, string[]>();
	shown.questions.forEach((question, index) => {
		if (question.type === 'ordering' || question.type === 'numeric') throw new Error('choice only');
		const rightOption = question.options.find((option) => option.text.startsWith('Benar'))!;
		const wrongOption = question.options.find((option) => option.text.startsWith('Salah'))!;
		fields.set(`q:${question.id}`, [(index < right ? rightOption : wrongOption).id]);
	});
	const result = await quiz.submitQuizAttempt({ userId, level, courseSlug, moduleSlug: 'kancing', versionId: shown.versionId, fields });
	if (!result.ok) throw new Error(result.reason);
	return result.attemptId;
}

describe('adaptation from quiz results', () => {
	it('offers the easier level after the second failure at a level, and records it as quiz when taken', async () => {
		const { cohort, course } = await cohortWithModule();
		const { id } = await participantIn(cohort.id, 'menengah');
		const first = await takeQuiz(id, course.slug, 1);
		expect(await adaptation.readLevelOffer(id, first)).toBeNull();
		const second = await takeQuiz(id, course.slug, 0);
		expect(await adaptation.readLevelOffer(id, second)).toEqual({ kind: 'easier', to: 'dasar' });
		// Showing the offer changes nothing.
		expect(await currentLevel(id)).toBe('menengah');
		expect(await adaptation.takeLevelOffer(id, second)).toBe(true);
		expect(await currentLevel(id)).toBe('dasar');
		// Taken once: a replayed tap finds no offer and changes nothing.
		expect(await adaptation.takeLevelOffer(id, second)).toBe(false);
		const changes = await db.levelChange.findMany({
			where: { userId: id },
			select: { fromLevel: true, toLevel: true, reason: true, quizAttemptId: true }
		});
		expect(changes).toEqual([{ fromLevel: 'menengah', toLevel: 'dasar', reason: 'quiz', quizAttemptId: second }]);
	});

	it('offers the harder level for 90 % or more, never past lanjut or below dasar, and not to someone else', async () => {
		const { cohort, course } = await cohortWithModule();
		const { id } = await participantIn(cohort.id, 'menengah');
		const good = await takeQuiz(id, course.slug, 2);
		expect(await adaptation.readLevelOffer(id, good)).toBeNull();
		const perfect = await takeQuiz(id, course.slug, 3);
		expect(await adaptation.readLevelOffer(id, perfect)).toEqual({ kind: 'harder', to: 'lanjut' });
		const someoneElse = await participantIn(cohort.id, 'menengah');
		expect(await adaptation.takeLevelOffer(someoneElse.id, perfect)).toBe(false);

		const top = await participantIn(cohort.id, 'lanjut');
		expect(await adaptation.readLevelOffer(top.id, await takeQuiz(top.id, course.slug, 3))).toBeNull();
		const bottom = await participantIn(cohort.id, 'dasar');
		await takeQuiz(bottom.id, course.slug, 0);
		expect(await adaptation.readLevelOffer(bottom.id, await takeQuiz(bottom.id, course.slug, 0))).toBeNull();
	});
});

describe('shuffled options', () => {
	it('keep one order across reloads of an attempt, and differ across participants and attempts', async () => {
		const { cohort, course } = await cohortWithModule();
		const orderOf = async (userId: string) => {
			const shown = await quiz.readQuizForParticipant(userId, 'menengah', course.slug, 'kancing');
			return shown!.questions
				.map((question) => ('options' in question ? question.options.map((option) => option.text).join('|') : ''))
				.join(' / ');
		};
		const people = await Promise.all(Array.from({ length: 6 }, () => participantIn(cohort.id, 'menengah')));
		const orders = await Promise.all(people.map((person) => orderOf(person.id)));
		expect(await orderOf(people[0].id)).toBe(orders[0]);
		// 24 orders per question, three questions: six people almost surely see several orders.
		expect(new Set(orders).size).toBeGreaterThan(1);
		// The authored order is not what everybody sees.
		expect(orders.some((order) => !order.startsWith('Benar a|Salah satu a|Salah dua a|Salah tiga a'))).toBe(true);

		await takeQuiz(people[0].id, course.slug, 3);
		expect(await orderOf(people[0].id)).not.toBe(orders[0]);
	});

	it('grades by option id, whatever the order shown', async () => {
		const { cohort, course } = await cohortWithModule();
		const people = await Promise.all(Array.from({ length: 4 }, () => participantIn(cohort.id, 'menengah')));
		for (const person of people) {
			const attemptId = await takeQuiz(person.id, course.slug, 3);
			expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { percent: true } })).toEqual({ percent: 100 });
		}
	});
});
