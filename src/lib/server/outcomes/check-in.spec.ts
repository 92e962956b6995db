import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import { generateJoinCode } from '#lib/server/accounts/account';
import {
	addMonths,
	checkInWindows,
	courseEndOf,
	listDueCheckInsForParticipant,
	listDueCheckInsForTrainer,
	readDueCheckInsOfParticipantForTrainer,
	submitCheckIn,
	type CheckInForm
} from '#lib/server/outcomes/check-in';
import { readOutcomeSettingsForOrganizer, saveIncomeBands } from '#lib/server/outcomes/settings';
import { readOutcomesForOrganizer } from '#lib/server/reports/kept-reports';
import { bandLabel, bandsFromLimits, checkLimits } from '#lib/server/outcomes/income-bands';

const NOW = new Date('2026-06-15T03:00:00Z');
const ANSWER: CheckInForm = { working: 'ya', ownBusiness: 'tidak', sellingOnline: 'tidak', incomeBand: '1' };

/** A program, a cohort that ended `endedMonthsAgo` months before NOW, its trainer and organizer, and participants. */
async function setUp(participants = 1, endedMonthsAgo = 2) {
	const tag = randomBytes(4).toString('hex');
	const organizer = await db.user.create({
		data: { role: 'organizer', name: `Org ${tag}`, email: `o-${tag}@contoh.test`, secretHash: 'x' }
	});
	const trainer = await db.user.create({
		data: { role: 'trainer', name: `Pelatih ${tag}`, email: `t-${tag}@contoh.test`, secretHash: 'x' }
	});
	const program = await db.program.create({ data: { name: `Program ${tag}`, organizers: { create: { userId: organizer.id } } } });
	const cohort = await db.cohort.create({
		data: {
			name: `Kelompok ${tag}`,
			joinCode: generateJoinCode(),
			programId: program.id,
			endsOn: addMonths(NOW, -endedMonthsAgo),
			trainers: { create: { userId: trainer.id } }
		}
	});
	const people = [];
	for (let i = 0; i < participants; i++) {
		const user = await db.user.create({
			data: {
				role: 'participant',
				name: `Peserta ${i} ${tag}`,
				phone: `+62815${randomBytes(4).readUInt32BE() % 100_000_000}`.padEnd(14, '0'),
				secretHash: 'x',
				enrollments: { create: { cohortId: cohort.id, createdAt: addMonths(NOW, -(endedMonthsAgo + 2)) } }
			},
			select: { id: true, role: true, enrollments: { select: { id: true } } }
		});
		people.push({ id: user.id, role: user.role, enrollmentId: user.enrollments[0].id });
	}
	return { organizer, trainer, program, cohort, people };
}

async function answerBaselineAt(enrollmentId: string, actor: { id: string; role: string }, form: CheckInForm, kind = 'baseline') {
	// The baseline was due months ago: write it at a time inside its window.
	return submitCheckIn({ actor, enrollmentId, kind, form, now: kind === 'baseline' ? addMonths(NOW, -3) : NOW });
}

describe('check-in windows', () => {
	it('opens the follow-ups 1, 3 and 6 months after the course ends, each until the next opens', () => {
		expect.assertions(4);
		const end = new Date('2026-01-31T00:00:00Z');
		const windows = checkInWindows(new Date('2025-11-01T00:00:00Z'), end);
		expect(windows.map((window) => window.kind)).toEqual(['baseline', 'month1', 'month3', 'month6']);
		expect(windows[1].opens.toISOString().slice(0, 10)).toBe('2026-02-28');
		expect(windows[1].closes?.toISOString().slice(0, 10)).toBe('2026-04-30');
		expect(checkInWindows(new Date(), null).map((window) => window.kind)).toEqual(['baseline']);
	});

	it('ends the course at the earlier of the cohort end and the participant completing it', () => {
		expect.assertions(3);
		const early = new Date('2026-01-01');
		const late = new Date('2026-03-01');
		expect(courseEndOf(late, early)).toEqual(early);
		expect(courseEndOf(null, early)).toEqual(early);
		expect(courseEndOf(null, null)).toBeNull();
	});

	it('reads bands typed the Indonesian way and refuses limits out of range', () => {
		expect.assertions(5);
		expect(checkLimits(['Rp 500.000', '1.000.000', ''])).toEqual({ ok: true, limits: [500_000, 1_000_000] });
		expect(checkLimits(['1.000.000', '500.000'])).toEqual({ ok: false, problem: 'not-ascending' });
		expect(checkLimits(['lima ratus'])).toEqual({ ok: false, problem: 'not-a-number' });
		expect(checkLimits(['5.000.000.000'])).toEqual({ ok: false, problem: 'out-of-range' });
		expect(bandsFromLimits([500_000, 1_000_000]).map(bandLabel)).toEqual(['< Rp500.000', 'Rp500.000 – Rp1.000.000', '> Rp1.000.000']);
	});
});

describe('answering a check-in', () => {
	it('shows the due follow-up to the participant and to the trainer, and stores one answer', async () => {
		expect.assertions(6);
		const { trainer, cohort, people } = await setUp(1, 2);
		const [ani] = people;
		// Ended two months ago: the 1-month follow-up is due; the baseline's window has closed.
		const due = await listDueCheckInsForParticipant(ani.id, NOW);
		expect(due.map((row) => row.kind)).toEqual(['month1']);
		expect((await listDueCheckInsForTrainer(trainer.id, cohort.id, NOW))?.map((row) => row.kind)).toEqual(['month1']);
		expect(await submitCheckIn({ actor: ani, enrollmentId: ani.enrollmentId, kind: 'month1', form: ANSWER, now: NOW })).toEqual({
			ok: true
		});
		const row = await db.outcomeCheckIn.findFirstOrThrow({ where: { enrollmentId: ani.enrollmentId } });
		expect([row.channel, row.answeredById, row.incomeMinRp, row.incomeMaxRp]).toEqual(['self', ani.id, 500_000, 1_000_000]);
		expect(await listDueCheckInsForParticipant(ani.id, NOW)).toEqual([]);
		expect(await submitCheckIn({ actor: ani, enrollmentId: ani.enrollmentId, kind: 'month1', form: ANSWER, now: NOW })).toEqual({
			ok: false,
			reason: 'already-answered'
		});
	});

	it('stores exactly one row when the same check-in is sent twice at the same moment', async () => {
		expect.assertions(2);
		const { people } = await setUp(1, 2);
		const [ani] = people;
		const results = await Promise.all(
			[0, 1, 2].map(() => submitCheckIn({ actor: ani, enrollmentId: ani.enrollmentId, kind: 'month1', form: ANSWER, now: NOW }))
		);
		expect(results.filter((result) => result.ok)).toHaveLength(1);
		expect(await db.outcomeCheckIn.count({ where: { enrollmentId: ani.enrollmentId } })).toBe(1);
	});

	it('refuses answers out of range and check-ins that are not due, storing nothing', async () => {
		expect.assertions(5);
		const { people } = await setUp(1, 2);
		const [ani] = people;
		const send = (form: CheckInForm, kind = 'month1') =>
			submitCheckIn({ actor: ani, enrollmentId: ani.enrollmentId, kind, form, now: NOW });
		expect(await send({ ...ANSWER, incomeBand: '9' })).toEqual({ ok: false, reason: 'invalid', problems: { incomeBand: 'invalid' } });
		expect(await send({ ...ANSWER, working: 'mungkin', sellingOnline: '' })).toEqual({
			ok: false,
			reason: 'invalid',
			problems: { working: 'invalid', sellingOnline: 'missing' }
		});
		expect(await send(ANSWER, 'month6')).toEqual({ ok: false, reason: 'not-due' });
		expect(await send(ANSWER, 'bulan-9')).toEqual({ ok: false, reason: 'not-found' });
		expect(await db.outcomeCheckIn.count({ where: { enrollmentId: ani.enrollmentId } })).toBe(0);
	});

	it('lets a trainer of the cohort answer for a participant on a call or visit, and nobody else', async () => {
		expect.assertions(5);
		const { trainer, cohort, people } = await setUp(1, 2);
		const other = await setUp(0, 2);
		const [ani] = people;
		const asTrainer = (actor: { id: string; role: string }, channel?: string) =>
			submitCheckIn({ actor, enrollmentId: ani.enrollmentId, kind: 'month1', form: { ...ANSWER, channel }, now: NOW });
		expect(await asTrainer(other.trainer)).toEqual({ ok: false, reason: 'not-found' });
		expect(await readDueCheckInsOfParticipantForTrainer(other.trainer.id, cohort.id, ani.id, NOW)).toBeNull();
		expect(await asTrainer(trainer, 'surat')).toEqual({ ok: false, reason: 'invalid', problems: { channel: 'invalid' } });
		expect(await asTrainer(trainer, 'visit')).toEqual({ ok: true });
		const row = await db.outcomeCheckIn.findFirstOrThrow({ where: { enrollmentId: ani.enrollmentId } });
		expect([row.channel, row.answeredById]).toEqual(['visit', trainer.id]);
	});
});

describe('income bands and before/after', () => {
	it('locks the bands once a check-in is answered, and keeps them to the program organizer', async () => {
		expect.assertions(5);
		const { organizer, program, people } = await setUp(1, 2);
		const stranger = await setUp(0);
		expect(await saveIncomeBands(stranger.organizer, program.id, ['1.000.000'])).toEqual({ ok: false, reason: 'not-found' });
		expect(await saveIncomeBands(organizer, program.id, ['300.000', '1.000.000'])).toEqual({ ok: true });
		expect((await readOutcomeSettingsForOrganizer(organizer, program.id))?.limits).toEqual([300_000, 1_000_000]);
		await submitCheckIn({ actor: people[0], enrollmentId: people[0].enrollmentId, kind: 'month1', form: ANSWER, now: NOW });
		expect(await saveIncomeBands(organizer, program.id, ['400.000'])).toEqual({ ok: false, reason: 'locked' });
		expect((await readOutcomeSettingsForOrganizer(organizer, program.id))?.locked).toBe(true);
	});

	it('compares only those who answered both, and hides groups under 5', async () => {
		expect.assertions(6);
		const { organizer, program, people } = await setUp(7, 2);
		for (const [index, person] of people.entries()) {
			await answerBaselineAt(person.enrollmentId, person, {
				working: 'tidak',
				ownBusiness: 'tidak',
				sellingOnline: 'tidak',
				incomeBand: '0'
			});
			// Six of seven answer the follow-up; four of them now sell online with a business.
			if (index < 6) {
				const better = index < 4;
				await answerBaselineAt(
					person.enrollmentId,
					person,
					{ working: 'ya', ownBusiness: better ? 'ya' : 'tidak', sellingOnline: better ? 'ya' : 'tidak', incomeBand: better ? '1' : '0' },
					'month1'
				);
			}
		}
		const report = await readOutcomesForOrganizer(organizer, program.id);
		const month1 = report!.total.comparisons[0];
		expect(month1.pairs).toBe(6);
		expect(month1.working).toEqual({ before: 0, after: 100 });
		expect(month1.sellingOnline).toEqual({ before: 0, after: 67 });
		// 6 in band 0 before; after, 4 in band 1 and 2 in band 0 (shown as "< 5").
		expect(month1.income.slice(0, 2)).toEqual([
			{ label: '< Rp500.000', before: 6, after: null },
			{ label: 'Rp500.000 – Rp1.000.000', before: 0, after: null }
		]);
		expect(report!.total.comparisons[1]).toMatchObject({ pairs: null, hidden: true, working: { before: null, after: null } });
		expect(await readOutcomesForOrganizer((await setUp(0)).organizer, program.id)).toBeNull();
	});
});
