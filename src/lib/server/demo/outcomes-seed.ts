/**
 * Demo data for the organizer's reports on a fresh start: a second cohort of the demo program
 * that finished four months ago, in a place, with eight participants who were placed, took the
 * shipped pre-tests (some answers right, some wrong) and answered the outcome check-ins at the
 * start and after one month; six answered after three months, so two are due in the trainer's
 * list. These participants have no PIN: they exist to be counted, not to log in.
 */
import { db } from '#lib/server/db/client';
import { addMonths } from '#lib/server/outcomes/check-in';
import { generateJoinCode } from '#lib/server/accounts/account';
import type { QuizAnswer } from '#lib/content/grade';
import type { Quiz, QuizQuestion } from '#lib/content/types';

const NAMES = ['Dewi Lestari', 'Nur Aini', 'Rina Marlina', 'Yuli Astuti', 'Euis Rohaeti', 'Tati Sumiati', 'Lilis Suryani', 'Enok Komariah'];
const LEVELS = ['dasar', 'menengah', 'dasar', 'lanjut', 'menengah', 'dasar', 'menengah', 'dasar'];
const DIGITAL = ['dasar', 'dasar', 'menengah', 'lanjut', 'dasar', 'menengah', 'dasar', 'menengah'];

/** Right, or a plausible wrong answer, for a demo pre-test. */
function answerFor(question: QuizQuestion, right: boolean): QuizAnswer {
	if (question.type === 'numeric')
		return { kind: 'numeric', raw: String(question.answer.value), value: question.answer.value + (right ? 0 : 1000) };
	if (question.type === 'ordering') {
		const order = question.steps.map((step) => step.id);
		return { kind: 'ordering', order: right ? order : [...order].reverse() };
	}
	const correct = question.options.filter((option) => option.correct).map((option) => option.id);
	const wrong = question.options.find((option) => !option.correct)?.id;
	return { kind: 'choice', optionIds: right || !wrong ? correct : [wrong] };
}

export async function seedDemoOutcomes(input: { programId: string; trainerId: string; now?: Date }): Promise<void> {
	const now = input.now ?? new Date();
	const endsOn = addMonths(now, -4);
	const startsOn = addMonths(now, -6);
	const courses = await db.course.findMany({
		where: { slug: { in: ['foto-produk', 'pola-pikir-wirausaha'] } },
		select: { id: true, testVersions: { orderBy: { version: 'desc' }, take: 1, select: { id: true, quizJson: true } } }
	});
	const cohort = await db.cohort.create({
		data: {
			programId: input.programId,
			name: 'Kelompok Foto Produk Soreang',
			joinCode: generateJoinCode(),
			startsOn,
			endsOn,
			province: 'Jawa Barat',
			regency: 'Kabupaten Bandung',
			district: 'Soreang',
			village: 'Pamekaran',
			joinClosedAt: endsOn,
			trainers: { create: { userId: input.trainerId } },
			courses: { create: courses.map((course) => ({ courseId: course.id })) }
		},
		select: { id: true }
	});
	for (const [index, name] of NAMES.entries()) {
		const user = await db.user.create({
			data: {
				role: 'participant',
				name,
				phone: `+6281200001${String(index + 10).padStart(3, '0')}`,
				secretHash: '',
				literacyLevel: LEVELS[index],
				levelSetAt: startsOn,
				digitalLevel: DIGITAL[index],
				village: 'Pamekaran'
			},
			select: { id: true }
		});
		const enrollment = await db.enrollment.create({
			data: { cohortId: cohort.id, userId: user.id, createdAt: startsOn },
			select: { id: true }
		});
		for (const course of courses) {
			const version = course.testVersions[0];
			if (!version) continue;
			const quiz = JSON.parse(version.quizJson) as Quiz;
			const answers: Record<string, QuizAnswer> = {};
			let correctCount = 0;
			quiz.questions.forEach((question, position) => {
				// A community that knows the first steps and not yet the later ones.
				const right = (position * 3 + index) % 7 < 7 - position;
				if (right) correctCount++;
				answers[question.id] = answerFor(question, right);
			});
			await db.courseTestAttempt.create({
				data: {
					userId: user.id,
					courseId: course.id,
					versionId: version.id,
					kind: 'pretest',
					correctCount,
					questionCount: quiz.questions.length,
					percent: Math.round((correctCount / Math.max(1, quiz.questions.length)) * 100),
					answersJson: JSON.stringify(answers),
					createdAt: startsOn
				}
			});
		}
		// Start: nobody sells online and most earn under Rp500.000; later, more work and sell.
		const checkIns = [
			{ kind: 'baseline', at: startsOn, working: index % 3 === 0, business: index % 4 === 0, online: false, band: index % 4 === 0 ? 1 : 0 },
			{
				kind: 'month1',
				at: addMonths(endsOn, 1),
				working: index % 3 !== 2,
				business: index % 2 === 0,
				online: index % 3 === 0,
				band: index % 3 === 0 ? 1 : 0
			},
			...(index < 6
				? [
						{
							kind: 'month3',
							at: addMonths(endsOn, 3),
							working: index !== 5,
							business: index % 2 === 0 || index === 1,
							online: index < 4,
							band: index < 2 ? 2 : 1
						}
					]
				: [])
		];
		const bounds = [
			[0, 500_000],
			[500_000, 1_000_000],
			[1_000_000, 2_000_000]
		] as const;
		for (const [position, checkIn] of checkIns.entries()) {
			const channel = position === 0 ? 'self' : index % 2 === 0 ? 'phone' : 'visit';
			await db.outcomeCheckIn.create({
				data: {
					enrollmentId: enrollment.id,
					kind: checkIn.kind,
					working: checkIn.working,
					ownBusiness: checkIn.business,
					sellingOnline: checkIn.online,
					incomeBand: checkIn.band,
					incomeMinRp: bounds[checkIn.band][0],
					incomeMaxRp: bounds[checkIn.band][1],
					channel,
					answeredById: channel === 'self' ? user.id : input.trainerId,
					createdAt: checkIn.at
				}
			});
		}
	}
}
