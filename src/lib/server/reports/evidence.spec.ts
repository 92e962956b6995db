import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import { fileStore, newKey } from '#lib/server/files/storage';
import { evidenceDocument, maskedPhone, readEvidence } from '#lib/server/reports/evidence';
import { renderPdfOffThread } from '#lib/server/reports/pdf-worker';
import { messagesFor } from '#lib/i18n';

const filesDir = await fs.mkdtemp(path.join(os.tmpdir(), 'berdaya-evidence-'));
process.env.BERDAYA_FILES_DIR = filesDir;
afterAll(() => fs.rm(filesDir, { recursive: true, force: true }));

/** A participant who read a module, had its practical work accepted with a photo, and answered the baseline. */
async function setUp() {
	const tag = randomBytes(4).toString('hex');
	const user = (role: string, name: string, phone?: string) =>
		db.user.create({ data: { role, name, phone, email: phone ? undefined : `${name}-${tag}@contoh.test`, secretHash: 'x' } });
	const trainer = await user('trainer', 'Bu Sari');
	const organizer = await user('organizer', 'Ratna');
	const stranger = await user('trainer', 'Pak Lain');
	const participant = await user('participant', 'Nur’aini', `+62817${String(randomBytes(3).readUIntBE(0, 3)).padStart(8, '0')}`);
	const course = await db.course.create({ data: { slug: `kursus-${tag}`, title: 'Menjahit', summary: '' } });
	const module = await db.module.create({ data: { courseId: course.id, slug: 'jelujur', position: 1 } });
	const rubric = [
		{ id: 'lurus', text: 'Jahitan lurus' },
		{ id: 'rapi', text: 'Ujung benang rapi' }
	];
	const version = await db.moduleVersion.create({
		data: {
			moduleId: module.id,
			version: 1,
			title: 'Jahitan Jelujur',
			summary: '',
			minutes: 10,
			masteryPercent: 70,
			practicalRequired: true,
			practicalJson: JSON.stringify({ html: '<p>Jahit.</p>', photo: 'Foto.', rubric, line: 1 }),
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
			enrollments: { create: { userId: participant.id } }
		},
		include: { enrollments: true }
	});
	const readAt = new Date('2026-03-02T03:00:00Z');
	await db.moduleProgress.create({
		data: { userId: participant.id, moduleId: module.id, status: 'completed', readAt, completedAt: readAt }
	});
	const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#8d6e63' } })
		.webp()
		.toBuffer();
	const key = newKey('tugas', 'webp');
	await fileStore().put(key, photo);
	await db.practicalSubmission.create({
		data: {
			userId: participant.id,
			moduleId: module.id,
			moduleVersionId: version.id,
			cohortId: cohort.id,
			status: 'accepted',
			rubricJson: JSON.stringify({ lurus: true, rapi: false }),
			feedback: 'Bagus, rapikan ujungnya.',
			reviewerId: trainer.id,
			reviewedAt: new Date('2026-03-05T03:00:00Z'),
			photos: {
				create: {
					position: 1,
					key,
					byteSize: photo.byteLength,
					width: 400,
					height: 300,
					previewKey: key,
					previewBytes: photo.byteLength,
					previewWidth: 400,
					previewHeight: 300
				}
			}
		}
	});
	await db.outcomeCheckIn.create({
		data: {
			enrollmentId: cohort.enrollments[0].id,
			kind: 'baseline',
			working: false,
			ownBusiness: true,
			sellingOnline: false,
			incomeBand: 0,
			incomeMinRp: 0,
			incomeMaxRp: 500_000,
			channel: 'visit',
			answeredById: trainer.id
		}
	});
	return { trainer, organizer, stranger, participant, cohort };
}

describe('evidence pack', () => {
	it('gathers what a funder asks for, with the phone masked, and draws it as a PDF off the thread', async () => {
		expect.hasAssertions();
		const { trainer, organizer, participant, cohort } = await setUp();
		const evidence = await readEvidence({ kind: 'trainer', trainerId: trainer.id }, cohort.id, participant.id);
		expect(evidence!.participant.phone).toMatch(/^0817-\*{4}-\d{4}$/);
		expect(evidence!.courses[0].modules).toEqual([
			{ title: 'Jahitan Jelujur', completed: true, completedAt: new Date('2026-03-05T03:00:00Z') }
		]);
		expect(evidence!.practical[0].rubric).toEqual([
			{ text: 'Jahitan lurus', met: true },
			{ text: 'Ujung benang rapi', met: false }
		]);
		expect(evidence!.practical[0].images[0]).toMatchObject({ width: 400, height: 300 });
		expect(evidence!.checkIns).toMatchObject([{ kind: 'baseline', channel: 'visit', answeredBy: 'Bu Sari', income: '< Rp500.000' }]);
		const pdf = await renderPdfOffThread(evidenceDocument(evidence!, messagesFor('id'), new Date()));
		expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-');
		// The photo is in it: a JPEG of a few kilobytes makes the file larger than the text alone.
		expect(pdf.byteLength).toBeGreaterThan(4_000);
		expect(await readEvidence({ kind: 'organizer', actor: organizer }, cohort.id, participant.id)).not.toBeNull();
	});

	it('is not there for a trainer or organizer of another cohort', async () => {
		expect.assertions(3);
		const { stranger, participant, cohort } = await setUp();
		const other = await setUp();
		expect(await readEvidence({ kind: 'trainer', trainerId: stranger.id }, cohort.id, participant.id)).toBeNull();
		expect(await readEvidence({ kind: 'organizer', actor: other.organizer }, cohort.id, participant.id)).toBeNull();
		expect(maskedPhone(null)).toBe('-');
	});
});
