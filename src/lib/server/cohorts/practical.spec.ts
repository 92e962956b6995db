import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import {
	PHOTO_LIMITS,
	PREVIEW_LIMITS,
	acceptedPracticalModuleIds,
	listReviewQueue,
	readPracticalForParticipant,
	readLatestOnLesson,
	readPracticalPhoto,
	readSubmissionForTrainer,
	reviewSubmission,
	submitPractical
} from '#lib/server/cohorts/practical';
import {
	answerQuestion,
	askQuestion,
	listInbox,
	listOwnQuestions,
	listQuestionsOnLesson,
	listSharedQuestions,
	readQuestionPhoto,
	readQuestionForTrainer
} from '#lib/server/cohorts/questions';

const filesDir = await fs.mkdtemp(path.join(os.tmpdir(), 'berdaya-practical-'));
process.env.BERDAYA_FILES_DIR = filesDir;
afterAll(() => fs.rm(filesDir, { recursive: true, force: true }));

const RUBRIC = [
	{ id: 'jahitan-lurus', text: 'Jahitan lurus' },
	{ id: 'ujung-rapi', text: 'Ujung benang rapi' }
];

/** A program with one cohort, its trainer and organizer, a course with one module that has a practical task. */
async function setUp() {
	const tag = randomBytes(4).toString('hex');
	const user = (role: string, name: string) =>
		db.user.create({ data: { role, name, email: `${name}-${tag}@contoh.test`, secretHash: 'x' } });
	const [trainer, organizer, participant, classmate] = await Promise.all([
		user('trainer', 'pelatih'),
		user('organizer', 'penyelenggara'),
		user('participant', 'ani'),
		user('participant', 'budi')
	]);
	const course = await db.course.create({ data: { slug: `kursus-${tag}`, title: 'Menjahit', summary: '' } });
	const module = await db.module.create({ data: { courseId: course.id, slug: 'jelujur', position: 1 } });
	const version = await db.moduleVersion.create({
		data: {
			moduleId: module.id,
			version: 1,
			title: 'Jahitan Jelujur',
			summary: '',
			minutes: 10,
			masteryPercent: 70,
			practicalRequired: true,
			practicalJson: JSON.stringify({ html: '<p>Jahit.</p>', photo: 'Foto jahitanmu.', rubric: RUBRIC, line: 1 }),
			source: '',
			sourceHash: tag,
			htmlDasar: '',
			htmlMenengah: '',
			htmlLanjut: '',
			quizJson: '{"questions":[]}'
		}
	});
	await db.module.update({ where: { id: module.id }, data: { publishedVersionId: version.id } });
	const program = await db.program.create({ data: { name: `Program ${tag}`, organizers: { create: { userId: organizer.id } } } });
	const cohort = await db.cohort.create({
		data: {
			name: `Kelompok ${tag}`,
			joinCode: tag.toUpperCase(),
			programId: program.id,
			trainers: { create: { userId: trainer.id } },
			courses: { create: { courseId: course.id } },
			enrollments: { create: [{ userId: participant.id }, { userId: classmate.id }] }
		}
	});
	return { trainer, organizer, participant, classmate, course, module, cohort };
}

async function photo(width = 2400, height = 1800): Promise<Buffer> {
	// Random blocks: a photo that does not shrink to nothing, with EXIF and a GPS-bearing comment.
	const [w, h] = [Math.round(width / 8), Math.round(height / 8)];
	return sharp(randomBytes(w * h * 3), { raw: { width: w, height: h, channels: 3 } })
		.resize(width, height, { kernel: 'nearest' })
		.withExif({ IFD0: { Make: 'HP Murah', ImageDescription: 'GPS -6.2, 106.8' } })
		.jpeg({ quality: 90 })
		.toBuffer();
}

describe('practical work', () => {
	it('stores shrunken, metadata-free photos and shows the verdict to the participant', async () => {
		const { trainer, participant, classmate, course, module, cohort } = await setUp();
		const sent = await submitPractical({
			userId: participant.id,
			courseSlug: course.slug,
			moduleSlug: module.slug,
			note: '  Pakai benang merah.  ',
			photos: [await photo(), await photo(1200, 1600)]
		});
		expect(sent.ok).toBe(true);
		const stored = await db.practicalPhoto.findMany({ where: { submission: { userId: participant.id } }, orderBy: { position: 'asc' } });
		expect(stored).toHaveLength(2);
		// A noisy photo may be shrunk further to stay within the byte budget.
		expect(Math.max(stored[0].width, stored[0].height)).toBeLessThanOrEqual(PHOTO_LIMITS.maxEdge);
		for (const row of stored) {
			expect(row.byteSize).toBeLessThanOrEqual(PHOTO_LIMITS.maxBytes);
			expect(row.previewBytes).toBeLessThanOrEqual(PREVIEW_LIMITS.maxBytes);
			const bytes = Buffer.from((await readPracticalPhoto(participant.id, row.id, 'full'))!);
			expect(bytes.subarray(8, 12).toString('latin1')).toBe('WEBP');
			expect(bytes.includes('HP Murah', 0, 'latin1')).toBe(false);
			expect(bytes.includes('EXIF', 12, 'latin1')).toBe(false);
		}
		// Once sent, not again until the trainer says "Perbaiki lagi".
		const again = await submitPractical({
			userId: participant.id,
			courseSlug: course.slug,
			moduleSlug: module.slug,
			note: '',
			photos: [await photo(400, 300)]
		});
		expect(again).toEqual({ ok: false, reason: 'already-sent' });

		const queue = await listReviewQueue(trainer.id, cohort.id);
		expect(queue!.waiting.map((submission) => submission.participantName)).toEqual(['ani']);
		const submissionId = queue!.waiting[0].id;
		const shown = await readSubmissionForTrainer(trainer.id, cohort.id, submissionId);
		expect(shown!.note).toBe('Pakai benang merah.');
		expect(shown!.rubric.map((criterion) => criterion.id)).toEqual(['jahitan-lurus', 'ujung-rapi']);

		expect(
			await reviewSubmission({
				trainerId: trainer.id,
				cohortId: cohort.id,
				submissionId,
				verdict: 'revise',
				feedback: ' ',
				metCriterionIds: []
			})
		).toEqual({ ok: false, reason: 'feedback-needed' });
		expect(
			await reviewSubmission({
				trainerId: trainer.id,
				cohortId: cohort.id,
				submissionId,
				verdict: 'revise',
				feedback: 'Ujungnya belum dikunci.',
				metCriterionIds: ['jahitan-lurus', 'tidak-ada']
			})
		).toEqual({ ok: true });
		expect(
			await reviewSubmission({
				trainerId: trainer.id,
				cohortId: cohort.id,
				submissionId,
				verdict: 'accepted',
				feedback: '',
				metCriterionIds: []
			})
		).toEqual({ ok: false, reason: 'already-reviewed' });
		const afterRevise = await readPracticalForParticipant(participant.id, course.slug, module.slug);
		expect(afterRevise!.canSubmit).toBe(true);
		expect(afterRevise!.submissions[0]).toMatchObject({ status: 'revise', feedback: 'Ujungnya belum dikunci.' });
		expect(afterRevise!.submissions[0].rubric.map((criterion) => criterion.met)).toEqual([true, false]);
		// The lesson page's own lean read says the same about the latest submission.
		const task = afterRevise!.task!;
		const onLesson = await readLatestOnLesson(participant.id, module.id, task);
		expect(onLesson.canSubmit).toBe(true);
		expect(onLesson.latest).toMatchObject({ status: 'revise', feedback: 'Ujungnya belum dikunci.', reviewer: { name: trainer.name } });
		expect(onLesson.latest!.createdAt).toBeInstanceOf(Date);
		expect(onLesson.latest!.rubric).toEqual(afterRevise!.submissions[0].rubric);
		expect(onLesson.latest!.photos).toEqual(afterRevise!.submissions[0].photos);
		expect(typeof onLesson.latest!.photos[0].previewWidth).toBe('number');
		expect(await acceptedPracticalModuleIds(db, participant.id, [module.id])).toEqual(new Set());

		const resent = await submitPractical({
			userId: participant.id,
			courseSlug: course.slug,
			moduleSlug: module.slug,
			note: '',
			photos: [await photo(800, 600)]
		});
		expect(resent.ok).toBe(true);
		await reviewSubmission({
			trainerId: trainer.id,
			cohortId: cohort.id,
			submissionId: (resent as { submissionId: string }).submissionId,
			verdict: 'accepted',
			feedback: 'Bagus!',
			metCriterionIds: ['jahitan-lurus', 'ujung-rapi']
		});
		expect(await acceptedPracticalModuleIds(db, participant.id, [module.id, 'lain'])).toEqual(new Set([module.id]));
		const final = await readPracticalForParticipant(participant.id, course.slug, module.slug);
		expect(final!.canSubmit).toBe(false);
		expect(final!.submissions.map((submission) => submission.status)).toEqual(['accepted', 'revise']);
		const finalOnLesson = await readLatestOnLesson(participant.id, module.id, task);
		expect(finalOnLesson.canSubmit).toBe(false);
		expect(finalOnLesson.latest!.status).toBe('accepted');
		expect(finalOnLesson.latest!.rubric.map((criterion) => criterion.met)).toEqual([true, true]);
		// Nobody else's submission shows under another participant's lesson.
		expect(await readLatestOnLesson(classmate.id, module.id, task)).toEqual({ canSubmit: true, latest: null });
	});

	it('refuses a PDF or HTML named .jpg, and a 30 MB photo, storing nothing', async () => {
		const { participant, course, module } = await setUp();
		const before = await fs.readdir(filesDir, { recursive: true });
		const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
		const html = Buffer.from('<!doctype html><script>alert(1)</script>');
		const huge = Buffer.concat([await photo(400, 300), Buffer.alloc(30 * 1024 * 1024)]);
		const send = (photos: Buffer[]) =>
			submitPractical({ userId: participant.id, courseSlug: course.slug, moduleSlug: module.slug, note: '', photos });
		expect(await send([await photo(400, 300), pdf])).toEqual({
			ok: false,
			reason: 'photo-refused',
			photoIndex: 1,
			refusal: 'not-an-image'
		});
		expect(await send([html])).toEqual({ ok: false, reason: 'photo-refused', photoIndex: 0, refusal: 'not-an-image' });
		expect(await send([huge])).toEqual({ ok: false, reason: 'photo-refused', photoIndex: 0, refusal: 'too-large' });
		expect(await send([])).toEqual({ ok: false, reason: 'no-photo' });
		expect(await send([pdf, pdf, pdf, pdf])).toEqual({ ok: false, reason: 'too-many-photos' });
		expect(await db.practicalSubmission.count({ where: { userId: participant.id } })).toBe(0);
		expect(await fs.readdir(filesDir, { recursive: true })).toEqual(before);
	});

	it('keeps another cohort’s trainer, another program’s organizer and a classmate out', async () => {
		const mine = await setUp();
		const other = await setUp();
		const sent = await submitPractical({
			userId: mine.participant.id,
			courseSlug: mine.course.slug,
			moduleSlug: mine.module.slug,
			note: '',
			photos: [await photo(600, 400)]
		});
		const submissionId = (sent as { submissionId: string }).submissionId;
		const [photoRow] = await db.practicalPhoto.findMany({ where: { submissionId } });
		// Someone else's course: not reachable at all.
		expect(await readPracticalForParticipant(mine.participant.id, other.course.slug, other.module.slug)).toBeNull();
		expect(await listReviewQueue(other.trainer.id, mine.cohort.id)).toBeNull();
		expect(await readSubmissionForTrainer(other.trainer.id, mine.cohort.id, submissionId)).toBeNull();
		expect(await readSubmissionForTrainer(other.trainer.id, other.cohort.id, submissionId)).toBeNull();
		expect(
			await reviewSubmission({
				trainerId: other.trainer.id,
				cohortId: mine.cohort.id,
				submissionId,
				verdict: 'accepted',
				feedback: '',
				metCriterionIds: []
			})
		).toEqual({ ok: false, reason: 'not-found' });
		expect(await readPracticalPhoto(other.trainer.id, photoRow.id, 'preview')).toBeNull();
		expect(await readPracticalPhoto(other.organizer.id, photoRow.id, 'preview')).toBeNull();
		expect(await readPracticalPhoto(mine.classmate.id, photoRow.id, 'preview')).toBeNull();
		expect(await readPracticalPhoto(mine.trainer.id, photoRow.id, 'preview')).not.toBeNull();
		expect(await readPracticalPhoto(mine.organizer.id, photoRow.id, 'full')).not.toBeNull();
	});
});

describe('questions to the trainer', () => {
	it('refuses an empty question and answers one; a shared answer reaches the cohort without a name', async () => {
		const { trainer, participant, classmate, course, module, cohort } = await setUp();
		const ask = (body: string, photoBytes: Buffer | null = null) =>
			askQuestion({ userId: participant.id, courseSlug: course.slug, moduleSlug: module.slug, body, photo: photoBytes });
		expect(await ask('   \n ')).toEqual({ ok: false, reason: 'empty' });
		expect(await ask('Benangnya kusut?', Buffer.from('%PDF-1.4'))).toEqual({ ok: false, reason: 'photo-refused', refusal: 'not-an-image' });
		expect(await db.trainerQuestion.count({ where: { userId: participant.id } })).toBe(0);
		const asked = await ask('Benang saya selalu kusut, kenapa?', await photo(900, 700));
		expect(asked.ok).toBe(true);
		const questionId = (asked as { questionId: string }).questionId;
		expect(await readQuestionPhoto(trainer.id, questionId)).not.toBeNull();
		expect(await readQuestionPhoto(classmate.id, questionId)).toBeNull();

		const inbox = await listInbox(trainer.id, cohort.id);
		expect(inbox!.unanswered.map((question) => question.askerName)).toEqual(['ani']);
		expect(await answerQuestion({ trainerId: trainer.id, cohortId: cohort.id, questionId, answer: '  ', share: false })).toEqual({
			ok: false,
			reason: 'empty'
		});
		expect(await listSharedQuestions(classmate.id, course.slug, module.slug)).toEqual([]);
		await answerQuestion({ trainerId: trainer.id, cohortId: cohort.id, questionId, answer: 'Pakai benang lebih pendek.', share: true });
		expect((await listOwnQuestions(participant.id, course.slug, module.slug))[0].answer).toBe('Pakai benang lebih pendek.');
		const shared = await listSharedQuestions(classmate.id, course.slug, module.slug);
		expect(shared).toEqual([{ id: questionId, body: 'Benang saya selalu kusut, kenapa?', answer: 'Pakai benang lebih pendek.' }]);
		expect(JSON.stringify(shared)).not.toContain('ani');
		expect((await listInbox(trainer.id, cohort.id))!.unanswered).toEqual([]);

		// The lesson page's one-statement read gives the same two lists.
		const own = (await listOwnQuestions(participant.id, course.slug, module.slug)).map(
			({ id, body, answer, answeredByName, createdAt, photo }) => ({ id, body, answer, answeredByName, createdAt, photo })
		);
		expect(own[0].photo).toEqual({ width: 900, height: 700 });
		expect(await listQuestionsOnLesson(participant.id, module.id)).toEqual({ own, shared });
		expect(await listQuestionsOnLesson(classmate.id, module.id)).toEqual({ own: [], shared });
		const stranger = await setUp();
		expect(await listQuestionsOnLesson(stranger.participant.id, module.id)).toEqual({ own: [], shared: [] });
	});

	it('keeps another cohort’s trainer and participants out', async () => {
		const mine = await setUp();
		const other = await setUp();
		const asked = await askQuestion({
			userId: mine.participant.id,
			courseSlug: mine.course.slug,
			moduleSlug: null,
			body: 'Kapan kelas berikutnya?',
			photo: null
		});
		const questionId = (asked as { questionId: string }).questionId;
		expect(
			await askQuestion({ userId: mine.participant.id, courseSlug: other.course.slug, moduleSlug: null, body: 'Halo', photo: null })
		).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await listInbox(other.trainer.id, mine.cohort.id)).toBeNull();
		expect(await readQuestionForTrainer(other.trainer.id, mine.cohort.id, questionId)).toBeNull();
		expect(
			await answerQuestion({ trainerId: other.trainer.id, cohortId: mine.cohort.id, questionId, answer: 'Besok', share: true })
		).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await db.trainerQuestion.findUniqueOrThrow({ where: { id: questionId }, select: { answer: true } })).toEqual({ answer: null });
	});
});
