import { describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import * as modules from '#lib/server/authoring/module-editing';
import * as publishing from '#lib/server/authoring/module-publishing';
import * as quiz from '#lib/server/learning/quiz';
import * as offline from '#lib/server/learning/offline';
import { readModuleForParticipant } from '#lib/server/learning/course';
import { setProgramDataPrice } from '#lib/server/cohorts/cohort-setup';
import { newSubmissionId } from '#lib/server/learning/quiz-form';
import { createCourseWithCohort, createPerson } from '#lib/server/authoring/authoring-fixtures';

const moduleText = (sentence: string) => `---
title: Memasang Kancing
summary: Cara memasang kancing baju dengan rapi.
minutes: 10
---
${sentence}

::::quiz
### Apa yang disiapkan dulu? {#siap}
- [x] Jarum dan benang
- [ ] Setrika

Penjelasan: Jarum dan benang dipakai untuk menjahit kancing.
::::
`;

async function courseWithModule() {
	const owner = await createPerson('trainer');
	const organizer = await createPerson('organizer');
	const participant = await createPerson('participant');
	const course = await createCourseWithCohort(owner, { organizer, participants: [participant] });
	await modules.createModule(owner, course.slug, { title: 'Kancing', slug: '' });
	const publish = async (sentence: string) => {
		const published = await publishing.publishDraft(owner, course.slug, 'kancing', moduleText(sentence));
		if (!published.ok) throw new Error(`publish failed: ${JSON.stringify(published)}`);
	};
	await publish('Teks pertama untuk semua.');
	return { owner, organizer, participant, course, publish };
}

/** The right answer of the one question, whatever order the page shows the options in. */
async function rightAnswer(participantId: string, courseSlug: string) {
	const read = await quiz.readQuizForParticipant(participantId, 'menengah', courseSlug, 'kancing');
	const question = read!.questions[0];
	if (!('options' in question)) throw new Error('choice question expected');
	return {
		versionId: read!.versionId,
		fields: new Map([['q:siap', [question.options.find((option) => option.text === 'Jarum dan benang')!.id]]])
	};
}

describe('offline manifests', () => {
	// The first test of a file pays for warming up the database and the parse worker.
	it('lists the lesson and its quiz with sizes, for the participant only', { timeout: 60_000 }, async () => {
		const { participant, course, owner } = await courseWithModule();
		const manifest = await offline.readModuleManifest(participant.id, 'menengah', course.slug, 'kancing');
		expect(manifest).not.toBeNull();
		expect(manifest!.key).toBe(`/belajar/${course.slug}/kancing`);
		expect(manifest!.urls.map((entry) => entry.url)).toEqual([`/belajar/${course.slug}/kancing`, `/belajar/${course.slug}/kancing/kuis`]);
		expect(manifest!.urls.every((entry) => entry.bytes > 1024)).toBe(true);
		expect(manifest!.bytes).toBe(manifest!.urls.reduce((sum, entry) => sum + entry.bytes, 0));
		// Somebody not enrolled (even the course's trainer) gets nothing.
		expect(await offline.readModuleManifest(owner.id, 'menengah', course.slug, 'kancing')).toBeNull();
		expect(await offline.readCourseManifest(owner.id, 'menengah', course.slug)).toBeNull();

		const whole = await offline.readCourseManifest(participant.id, 'menengah', course.slug);
		expect(whole!.modules.map((module) => module.key)).toEqual([manifest!.key]);
		expect(whole!.bytes).toBe(manifest!.bytes);
	});

	it('follows a republished module to its new version', async () => {
		const { participant, course, publish } = await courseWithModule();
		const before = await offline.readModuleManifest(participant.id, 'menengah', course.slug, 'kancing');
		await publish('Teks kedua, yang lebih panjang dari teks pertama untuk semua peserta.');
		const after = await offline.readModuleManifest(participant.id, 'menengah', course.slug, 'kancing');
		expect(after!.versionId).not.toBe(before!.versionId);
		expect(after!.bytes).toBeGreaterThan(before!.bytes);
	});

	it('finds course images in the HTML, once each, and leaves out those of other courses', () => {
		const html =
			'<p><img src="/media/jahit/gambar/a.webp" alt=""> <img src="/media/jahit/gambar/a.webp" alt=""> <img src="/media/lain/b.png" alt=""></p>';
		expect(offline.mediaPathsIn(html, 'jahit')).toEqual(['/media/jahit/gambar/a.webp']);
	});
});

describe('price of data', () => {
	it('is the default until the organizer sets one, and only their organizer may', async () => {
		const { participant, organizer, course } = await courseWithModule();
		expect(await offline.readDataPrice(participant.id, course.slug)).toEqual({ perGb: 20_000, isDefault: true });
		const program = await db.program.findFirstOrThrow({ where: { organizers: { some: { userId: organizer.id } } }, select: { id: true } });
		const stranger = await createPerson('organizer');
		expect(await setProgramDataPrice(stranger, program.id, 5_000)).toBe(false);
		expect(await setProgramDataPrice(organizer, program.id, 15_000)).toBe(true);
		expect(await offline.readDataPrice(participant.id, course.slug)).toEqual({ perGb: 15_000, isDefault: false });
		// The lesson page reads the price in its one access statement: the same rule.
		const lesson = (await readModuleForParticipant(participant.id, 'menengah', course.slug, 'kancing'))!;
		expect(lesson.dataPricePerGb).toBe(15_000);
		const offer = await offline.moduleOfferOfVersion(lesson.versionId, 'menengah', lesson.dataPricePerGb);
		expect(offer.rupiah).toBe(offline.rupiahFor(offer.bytes, 15_000));
		expect(offer.price).toEqual({ perGb: 15_000, isDefault: false });
		expect(await setProgramDataPrice(organizer, program.id, null)).toBe(true);
		expect((await offline.readDataPrice(participant.id, course.slug)).isDefault).toBe(true);
		expect((await readModuleForParticipant(participant.id, 'menengah', course.slug, 'kancing'))!.dataPricePerGb).toBeNull();
	});

	it('rounds a cost up to whole rupiah and reads the organizer’s field', () => {
		expect(offline.rupiahFor(1024 ** 3, 20_000)).toBe(20_000);
		expect(offline.rupiahFor(100 * 1024, 20_000)).toBe(2);
		expect(offline.rupiahFor(1, 20_000)).toBe(1);
		expect(offline.readPriceInput('')).toEqual({ ok: true, perGb: null });
		expect(offline.readPriceInput('Rp 15.000')).toEqual({ ok: true, perGb: 15_000 });
		expect(offline.readPriceInput('0')).toEqual({ ok: false });
		expect(offline.readPriceInput('2000000')).toEqual({ ok: false });
		expect(offline.readPriceInput('lima ribu')).toEqual({ ok: false });
	});
});

describe('answers made offline', () => {
	it('are graded against the version answered when the module was republished since, and say so', async () => {
		const { participant, course, publish } = await courseWithModule();
		const answer = await rightAnswer(participant.id, course.slug);
		await publish('Teks yang sudah diperbarui.');
		const submit = (submissionId: string, gradeAnsweredVersion: boolean) =>
			quiz.submitQuizAttempt({
				userId: participant.id,
				level: 'menengah',
				courseSlug: course.slug,
				moduleSlug: 'kancing',
				...answer,
				submissionId,
				gradeAnsweredVersion
			});
		// The quiz page online still refuses a stale form; the offline path grades it.
		expect(await submit(newSubmissionId(), false)).toEqual({ ok: false, reason: 'stale-version' });
		const id = newSubmissionId();
		const first = await submit(id, true);
		expect(first).toMatchObject({ ok: true, passed: true, replayed: false, newerVersion: true });
		const replay = await submit(id, true);
		expect(replay).toMatchObject({ ok: true, replayed: true, newerVersion: true });
		if (!first.ok || !replay.ok) throw new Error('stored');
		expect(replay.attemptId).toBe(first.attemptId);
		const stored = await db.quizAttempt.findUniqueOrThrow({ where: { id: first.attemptId }, select: { moduleVersionId: true } });
		expect(stored.moduleVersionId).toBe(answer.versionId);
		expect((await quiz.readAttemptResult(participant.id, first.attemptId))!.newerVersion).toBe(true);
	});

	it('never take a version of another module', async () => {
		const { participant, course } = await courseWithModule();
		const other = await courseWithModule();
		const foreign = await db.module.findFirstOrThrow({ where: { courseId: other.course.id }, select: { publishedVersionId: true } });
		const answer = await rightAnswer(participant.id, course.slug);
		const result = await quiz.submitQuizAttempt({
			userId: participant.id,
			level: 'menengah',
			courseSlug: course.slug,
			moduleSlug: 'kancing',
			versionId: foreign.publishedVersionId!,
			submissionId: newSubmissionId(),
			fields: answer.fields,
			gradeAnsweredVersion: true
		});
		expect(result).toEqual({ ok: false, reason: 'stale-version' });
	});

	it('are stored once when each is sent three times at once', async () => {
		const { participant, course } = await courseWithModule();
		const answer = await rightAnswer(participant.id, course.slug);
		const ids = Array.from({ length: 20 }, () => newSubmissionId());
		const send = (submissionId: string) =>
			quiz.submitQuizAttempt({
				userId: participant.id,
				level: 'menengah',
				courseSlug: course.slug,
				moduleSlug: 'kancing',
				...answer,
				submissionId,
				gradeAnsweredVersion: true
			});
		// Five phones at a time, each sending its submission three times at once (a burst far
		// beyond the connection pool is answered 5xx and sent again: tests/e2e/offline-sync.e2e.ts).
		const results: quiz.SubmitQuizResult[] = [];
		for (let start = 0; start < ids.length; start += 5) {
			results.push(
				...(await Promise.all(
					ids.slice(start, start + 5).flatMap((submissionId) => [send(submissionId), send(submissionId), send(submissionId)])
				))
			);
		}
		expect(await db.quizAttempt.count({ where: { userId: participant.id } })).toBe(ids.length);
		for (const [index] of ids.entries()) {
			const three = results.slice(index * 3, index * 3 + 3);
			expect(new Set(three.map((result) => (result.ok ? result.attemptId : result.reason))).size).toBe(1);
			expect(three.filter((result) => result.ok && !result.replayed)).toHaveLength(1);
		}
	});
});
