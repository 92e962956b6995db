import { describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import { enrollInCohortWithJoinCode, joinCohortWithCode } from '#lib/server/accounts/account';
import {
	addCohortTrainer,
	cohortForm,
	createCohort,
	moveParticipant,
	readCohortForOrganizer,
	readProgramForOrganizer,
	rotateJoinCode,
	setJoiningClosed,
	updateCohort
} from '#lib/server/cohorts/cohort-setup';
import { createEnrolledParticipant, createProgramWithCohort, uniquePhone } from '#lib/server/cohorts/test-fixtures';

const place = {
	startsOn: null,
	endsOn: null,
	province: 'Jawa Tengah',
	regency: 'Kab. Wonosobo',
	district: 'Kertek',
	village: 'Tlogomulyo',
	communityGroup: 'Pokmas Maju'
};

describe('cohorts of an organizer', () => {
	it('creates and edits cohorts only in their own programs', async () => {
		const mine = await createProgramWithCohort();
		const other = await createProgramWithCohort();
		const course = await db.course.create({
			data: { slug: `k-${mine.programId.slice(-6)}`, title: 'Menjahit', summary: '' },
			select: { id: true }
		});

		const created = await createCohort(mine.organizer, mine.programId, { name: 'Kelompok Tlogomulyo', courseIds: [course.id], ...place });
		expect(created.ok).toBe(true);
		if (!created.ok) return;
		const cohort = await readCohortForOrganizer(mine.organizer, created.cohortId);
		expect(cohort?.village).toBe('Tlogomulyo');
		expect(cohort?.courses.map((c) => c.id)).toEqual([course.id]);
		expect(cohort?.joinCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);

		expect(await createCohort(mine.organizer, other.programId, { name: 'Menyusup', courseIds: [], ...place })).toEqual({
			ok: false,
			reason: 'program-not-found'
		});
		expect(await readCohortForOrganizer(mine.organizer, other.cohort.id)).toBeNull();
		expect(await readProgramForOrganizer(mine.organizer, other.programId)).toBeNull();
		expect(await updateCohort(mine.organizer, other.cohort.id, { name: 'Diambil', courseIds: [], ...place })).toEqual({
			ok: false,
			reason: 'cohort-not-found'
		});
		expect((await db.cohort.findUnique({ where: { id: other.cohort.id } }))?.name).toBe(other.cohort.name);

		expect(await updateCohort(mine.organizer, created.cohortId, { name: 'Kelompok Baru', courseIds: [], ...place })).toEqual({
			ok: true,
			cohortId: created.cohortId
		});
		expect(await db.cohortCourse.count({ where: { cohortId: created.cohortId } })).toBe(0);
	});

	it('checks the form: dates in order, names required', () => {
		expect(cohortForm.safeParse({ name: 'Kelompok A', startsOn: '2026-12-01', endsOn: '2026-11-01' }).success).toBe(false);
		expect(cohortForm.safeParse({ name: 'Kelompok A', startsOn: '2026-13-45' }).success).toBe(false);
		expect(cohortForm.safeParse({ name: '' }).success).toBe(false);
		const ok = cohortForm.safeParse({ name: 'Kelompok A', startsOn: '2026-11-01', endsOn: '2026-12-01', village: '' });
		expect(ok.success && ok.data.village).toBe(null);
	});

	it('rotates the join code, and a closed cohort enrolls nobody', async () => {
		const mine = await createProgramWithCohort();
		const other = await createProgramWithCohort();
		expect(await rotateJoinCode(mine.organizer, mine.cohort.id)).toBe(true);
		expect(await rotateJoinCode(mine.organizer, other.cohort.id)).toBe(false);
		const rotated = await db.cohort.findUniqueOrThrow({ where: { id: mine.cohort.id }, select: { joinCode: true } });
		expect(rotated.joinCode).not.toBe(mine.cohort.joinCode);

		expect(await setJoiningClosed(mine.organizer, other.cohort.id, true)).toBe(false);
		expect(await setJoiningClosed(mine.organizer, mine.cohort.id, true)).toBe(true);
		const phone = uniquePhone();
		const joined = await joinCohortWithCode({
			joinCode: rotated.joinCode,
			name: 'Siti Aminah',
			phone,
			pin: '480317',
			clientAddress: '192.0.2.9'
		});
		expect(joined).toEqual({ ok: false, reason: 'join-closed' });
		expect(await db.user.count({ where: { phone } })).toBe(0);

		const participant = await createEnrolledParticipant(other.cohort.id);
		expect(await enrollInCohortWithJoinCode({ userId: participant.id, joinCode: rotated.joinCode })).toEqual({
			ok: false,
			reason: 'join-closed'
		});
		await setJoiningClosed(mine.organizer, mine.cohort.id, false);
		const second = await enrollInCohortWithJoinCode({ userId: participant.id, joinCode: rotated.joinCode });
		expect(second.ok && second.alreadyEnrolled).toBe(false);
		expect(await db.enrollment.count({ where: { userId: participant.id } })).toBe(2);
	});

	it('adds trainers and mentors; a mentor writes material only when allowed', async () => {
		const mine = await createProgramWithCohort();
		const course = await db.course.create({
			data: { slug: `m-${mine.programId.slice(-6)}`, title: 'Kue', summary: '' },
			select: { id: true }
		});
		await db.cohortCourse.create({ data: { cohortId: mine.cohort.id, courseId: course.id } });

		const mentorPhone = uniquePhone();
		const mentor = await addCohortTrainer(mine.organizer, mine.cohort.id, {
			contact: mentorPhone,
			name: 'Pak Joko',
			role: 'mentor',
			mayAuthor: false
		});
		expect(mentor.ok && mentor.oneTimePassword).toMatch(/^[2-9a-z]{5}-[2-9a-z]{5}$/);
		const mentorUser = await db.user.findUniqueOrThrow({
			where: { phone: mentorPhone },
			select: { id: true, role: true, mustChangePin: true }
		});
		expect(mentorUser).toMatchObject({ role: 'trainer', mustChangePin: true });
		expect(await db.courseEditor.count({ where: { userId: mentorUser.id } })).toBe(0);
		expect((await db.cohortTrainer.findFirstOrThrow({ where: { userId: mentorUser.id } })).role).toBe('mentor');

		const again = await addCohortTrainer(mine.organizer, mine.cohort.id, { contact: mentorPhone, role: 'mentor', mayAuthor: true });
		expect(again).toEqual({ ok: true, oneTimePassword: null, name: 'Pak Joko' });
		expect(await db.courseEditor.count({ where: { userId: mentorUser.id, courseId: course.id } })).toBe(1);

		const participant = await createEnrolledParticipant(mine.cohort.id);
		expect(
			await addCohortTrainer(mine.organizer, mine.cohort.id, { contact: participant.phone!, role: 'trainer', mayAuthor: false })
		).toEqual({
			ok: false,
			reason: 'contact-taken'
		});
		const other = await createProgramWithCohort();
		expect(
			await addCohortTrainer(mine.organizer, other.cohort.id, {
				contact: uniquePhone(),
				name: 'Orang Lain',
				role: 'trainer',
				mayAuthor: false
			})
		).toEqual({
			ok: false,
			reason: 'cohort-not-found'
		});
	});

	it('moves a participant within a program, keeping progress; never across programs', async () => {
		const mine = await createProgramWithCohort();
		const second = await createCohort(mine.organizer, mine.programId, { name: 'Kelompok Dua', courseIds: [], ...place });
		if (!second.ok) throw new Error('setup');
		const other = await createProgramWithCohort();
		const participant = await createEnrolledParticipant(mine.cohort.id);
		const course = await db.course.create({
			data: { slug: `p-${mine.programId.slice(-6)}`, title: 'Pindah', summary: '' },
			select: { id: true }
		});
		const module = await db.module.create({ data: { courseId: course.id, slug: 'satu', position: 1 }, select: { id: true } });
		await db.moduleProgress.create({ data: { userId: participant.id, moduleId: module.id, status: 'completed', bestPercent: 90 } });

		expect(
			await moveParticipant(mine.organizer, { participantId: participant.id, fromCohortId: mine.cohort.id, toCohortId: other.cohort.id })
		).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(
			await moveParticipant(other.organizer, { participantId: participant.id, fromCohortId: mine.cohort.id, toCohortId: second.cohortId })
		).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(
			await moveParticipant(mine.organizer, { participantId: participant.id, fromCohortId: mine.cohort.id, toCohortId: second.cohortId })
		).toEqual({ ok: true });
		const enrollments = await db.enrollment.findMany({ where: { userId: participant.id }, select: { cohortId: true } });
		expect(enrollments).toEqual([{ cohortId: second.cohortId }]);
		expect((await db.moduleProgress.findFirstOrThrow({ where: { userId: participant.id } })).bestPercent).toBe(90);
	});
});
