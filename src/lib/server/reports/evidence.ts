/**
 * The evidence pack of one participant (issue 12): a PDF a program hands to a funder or an
 * office as proof of training. Identity (phone masked), placement, pre- and post-test scores,
 * modules completed with dates (learning/completion.ts), accepted practical work with the
 * trainer's rubric and the photos, certificate codes, outcome check-ins.
 *
 * Reached by an organizer of the cohort's program (or an admin) and by a trainer of the cohort;
 * both ways put the viewer in the query. Facts are read here (async I/O, photos re-encoded to
 * JPEG by sharp, which works on libuv's pool); the PDF itself is drawn in the PDF thread.
 */
import sharp from 'sharp';
import { longDate } from '#lib/i18n/dates';
import { db } from '#lib/server/db/client';
import { cohortOrganizedBy, type Actor } from '#lib/server/cohorts/cohort-setup';
import { cohortOfTrainer } from '#lib/server/cohorts/cohort';
import { acceptedPracticalModuleIds } from '#lib/server/cohorts/practical';
import { moduleCompletion, moduleFactsFrom } from '#lib/server/learning/completion';
import { readingLevelOf } from '#lib/server/learning/levels';
import { fileStore } from '#lib/server/files/storage';
import { listAnsweredCheckIns, type CheckInKind } from '#lib/server/outcomes/check-in';
import { bandLabel } from '#lib/server/outcomes/income-bands';
import type { Messages } from '#lib/i18n';
import type { PracticalTask } from '#lib/content/types';
import type { ReportBlock, ReportDocument } from '#lib/server/reports/pdf-document';

/** +62 812 3456 7890 → 0812-****-7890: enough to tell people apart, not to call them. */
export function maskedPhone(e164: string | null): string {
	if (!e164) return '-';
	const local = e164.startsWith('+62') ? `0${e164.slice(3)}` : e164;
	return `${local.slice(0, 4)}-****-${local.slice(-4)}`;
}

/** Photos in the pack: the trainer's preview copy (≤ 720 px), as JPEG for pdf-lib. */
const PHOTO_EDGE = 600;

export type EvidenceViewer = { kind: 'organizer'; actor: Actor } | { kind: 'trainer'; trainerId: string };

/** Everything the pack says, or null when the viewer may not see this participant in this cohort. */
export async function readEvidence(viewer: EvidenceViewer, cohortId: string, participantId: string) {
	const cohortWhere = viewer.kind === 'organizer' ? cohortOrganizedBy(viewer.actor) : cohortOfTrainer(viewer.trainerId);
	const enrollment = await db.enrollment.findFirst({
		where: { cohortId, userId: participantId, cohort: cohortWhere },
		select: {
			id: true,
			createdAt: true,
			user: { select: { id: true, name: true, phone: true, literacyLevel: true, levelSetAt: true, digitalLevel: true } },
			cohort: {
				select: {
					id: true,
					name: true,
					village: true,
					district: true,
					regency: true,
					province: true,
					program: { select: { name: true, incomeBandsJson: true } },
					courses: {
						orderBy: { course: { title: 'asc' } },
						select: {
							course: {
								select: {
									id: true,
									title: true,
									modules: {
										where: { archivedAt: null, publishedVersionId: { not: null } },
										orderBy: { position: 'asc' },
										select: { id: true, publishedVersion: { select: { title: true, quizLevels: true, practicalRequired: true } } }
									}
								}
							}
						}
					}
				}
			}
		}
	});
	if (!enrollment) return null;
	const user = enrollment.user;
	const level = readingLevelOf(user);
	const courses = enrollment.cohort.courses.map(({ course }) => course);
	const moduleIds = courses.flatMap((course) => course.modules.map((module) => module.id));
	const courseIds = courses.map((course) => course.id);
	const [placement, tests, progress, accepted, submissions, certificates, checkIns] = await Promise.all([
		db.placementAttempt.findFirst({
			where: { userId: user.id, finishedAt: { not: null } },
			orderBy: { finishedAt: 'desc' },
			select: { finishedAt: true, readingLevel: true, digitalLevel: true }
		}),
		db.courseTestAttempt.findMany({
			where: { userId: user.id, courseId: { in: courseIds } },
			select: { courseId: true, kind: true, skipped: true, percent: true }
		}),
		db.moduleProgress.findMany({
			where: { userId: user.id, moduleId: { in: moduleIds } },
			select: { moduleId: true, status: true, readAt: true, completedAt: true }
		}),
		acceptedPracticalModuleIds(db, user.id, moduleIds),
		db.practicalSubmission.findMany({
			where: { userId: user.id, moduleId: { in: moduleIds }, status: 'accepted' },
			orderBy: { reviewedAt: 'asc' },
			select: {
				moduleId: true,
				reviewedAt: true,
				feedback: true,
				rubricJson: true,
				reviewer: { select: { name: true } },
				moduleVersion: { select: { title: true, practicalJson: true } },
				photos: { orderBy: { position: 'asc' }, select: { previewKey: true } }
			}
		}),
		db.certificate.findMany({
			where: { userId: user.id, courseId: { in: courseIds } },
			select: { courseId: true, code: true, completedAt: true, revokedAt: true }
		}),
		listAnsweredCheckIns(enrollment.id)
	]);
	const progressOf = new Map(progress.map((row) => [row.moduleId, row]));
	const acceptedAt = new Map(submissions.map((submission) => [submission.moduleId, submission.reviewedAt]));
	const latest = (...dates: (Date | null | undefined)[]) =>
		dates.filter((date): date is Date => date instanceof Date).reduce<Date | null>((max, date) => (!max || date > max ? date : max), null);

	const photos = [];
	for (const submission of submissions) {
		const task = submission.moduleVersion.practicalJson ? (JSON.parse(submission.moduleVersion.practicalJson) as PracticalTask) : null;
		const ticks = JSON.parse(submission.rubricJson) as Record<string, boolean>;
		const images = [];
		for (const photo of submission.photos) {
			const bytes = await fileStore().get(photo.previewKey);
			if (!bytes) continue;
			const { data, info } = await sharp(bytes)
				.resize({ width: PHOTO_EDGE, height: PHOTO_EDGE, fit: 'inside', withoutEnlargement: true })
				.flatten({ background: '#ffffff' })
				.jpeg({ quality: 70 })
				.toBuffer({ resolveWithObject: true });
			images.push({ jpeg: new Uint8Array(data), width: info.width, height: info.height });
		}
		photos.push({
			moduleTitle: submission.moduleVersion.title,
			reviewedAt: submission.reviewedAt,
			reviewer: submission.reviewer?.name ?? null,
			feedback: submission.feedback,
			rubric: (task?.rubric ?? []).map((criterion) => ({ text: criterion.text, met: ticks[criterion.id] === true })),
			images
		});
	}

	return {
		participant: { name: user.name, phone: maskedPhone(user.phone), enrolledAt: enrollment.createdAt },
		cohort: {
			name: enrollment.cohort.name,
			programName: enrollment.cohort.program.name,
			place: [enrollment.cohort.village, enrollment.cohort.district, enrollment.cohort.regency, enrollment.cohort.province]
				.filter(Boolean)
				.join(', ')
		},
		placement: {
			reading: user.levelSetAt ? level : null,
			digital: user.digitalLevel,
			testedAt: placement?.finishedAt ?? null
		},
		courses: courses.map((course) => {
			const pre = tests.find((test) => test.courseId === course.id && test.kind === 'pretest');
			const post = tests.find((test) => test.courseId === course.id && test.kind === 'posttest');
			const certificate = certificates.find((row) => row.courseId === course.id);
			return {
				title: course.title,
				pre: pre ? (pre.skipped ? ('skipped' as const) : pre.percent) : null,
				post: post?.percent ?? null,
				certificate: certificate ? { code: certificate.code, revoked: certificate.revokedAt !== null } : null,
				modules: course.modules.map((module) => {
					const row = progressOf.get(module.id);
					const facts = moduleFactsFrom({
						moduleId: module.id,
						level,
						quizLevels: module.publishedVersion!.quizLevels,
						practicalRequired: module.publishedVersion!.practicalRequired,
						progress: row
					});
					const completion = moduleCompletion(facts, accepted);
					return {
						title: module.publishedVersion!.title,
						completed: completion.state === 'completed',
						completedAt: completion.state === 'completed' ? latest(row?.readAt, row?.completedAt, acceptedAt.get(module.id)) : null
					};
				})
			};
		}),
		practical: photos,
		checkIns: checkIns.map((row) => ({
			kind: row.kind as CheckInKind,
			working: row.working,
			ownBusiness: row.ownBusiness,
			sellingOnline: row.sellingOnline,
			income: bandLabel({ index: 0, minRp: row.incomeMinRp, maxRp: row.incomeMaxRp }),
			channel: row.channel as 'self' | 'phone' | 'visit',
			answeredBy: row.answeredBy?.name ?? null,
			answeredAt: row.createdAt
		}))
	};
}

export type Evidence = NonNullable<Awaited<ReturnType<typeof readEvidence>>>;

// A pack has a date per answer.
const day = (date: Date | null) => (date ? longDate.id(date) : '-');

/** Pure: the pack as blocks for the PDF thread. Labels come from the viewer's dictionary. */
export function evidenceDocument(evidence: Evidence, m: Messages, now: Date): ReportDocument {
	const t = m.outcomes.evidence.pdf;
	const o = m.outcomes;
	const yes = (value: boolean) => (value ? o.form.yes : o.form.no);
	const levelName = (value: string | null) =>
		value ? ((o.needs.levelNames as Record<string, string>)[value] ?? value) : o.needs.levelNames.belum;
	const blocks: ReportBlock[] = [
		{ type: 'title', text: t.title },
		{
			type: 'text',
			text: `${evidence.cohort.programName} · ${evidence.cohort.name}${evidence.cohort.place ? ` · ${evidence.cohort.place}` : ''}`,
			muted: true
		},
		{
			type: 'table',
			widths: [0.35, 0.65],
			rows: [
				[t.identity, ''],
				[t.name, evidence.participant.name],
				[t.phone, evidence.participant.phone],
				[t.enrolled, day(evidence.participant.enrolledAt)],
				[o.needs.reading, levelName(evidence.placement.reading)],
				[o.needs.digital, levelName(evidence.placement.digital)],
				[t.placementDate, day(evidence.placement.testedAt)]
			]
		}
	];
	for (const course of evidence.courses) {
		blocks.push({ type: 'heading', text: course.title });
		const pre = course.pre === 'skipped' ? t.skipped : course.pre === null ? '-' : String(course.pre);
		blocks.push({
			type: 'text',
			text: `${t.pretest}: ${pre} · ${t.posttest}: ${course.post ?? '-'} · ${t.certificate}: ${course.certificate ? `${course.certificate.code}${course.certificate.revoked ? ` (${t.revoked})` : ''}` : '-'}`
		});
		blocks.push({
			type: 'table',
			widths: [0.65, 0.35],
			rows: [
				[t.module, t.completedOn],
				...course.modules.map((module) => [module.title, module.completed ? day(module.completedAt) : t.notYet])
			]
		});
	}
	blocks.push({ type: 'heading', text: t.practical });
	if (evidence.practical.length === 0) blocks.push({ type: 'text', text: t.noPractical, muted: true });
	for (const work of evidence.practical) {
		blocks.push({ type: 'text', text: `${work.moduleTitle} · ${t.acceptedOn(day(work.reviewedAt), work.reviewer ?? '-')}` });
		if (work.rubric.length) {
			blocks.push({
				type: 'table',
				widths: [0.8, 0.2],
				rows: [[t.rubric, ''], ...work.rubric.map((criterion) => [criterion.text, yes(criterion.met)])]
			});
		}
		if (work.feedback) blocks.push({ type: 'text', text: `${t.feedback}: ${work.feedback}`, muted: true });
		work.images.forEach((image, index) => blocks.push({ type: 'image', ...image, caption: t.photo(work.moduleTitle, index + 1) }));
	}
	blocks.push({ type: 'heading', text: t.outcomes });
	if (evidence.checkIns.length === 0) blocks.push({ type: 'text', text: t.noOutcomes, muted: true });
	else
		blocks.push({
			type: 'table',
			widths: [0.16, 0.12, 0.12, 0.12, 0.24, 0.24],
			rows: [
				['', o.report.working, o.report.ownBusiness, o.report.sellingOnline, o.report.income, t.answeredBy],
				...evidence.checkIns.map((row) => [
					`${o.kinds[row.kind]}\n${day(row.answeredAt)}`,
					yes(row.working),
					yes(row.ownBusiness),
					yes(row.sellingOnline),
					row.income,
					`${o.channels[row.channel]}${row.answeredBy ? `\n${row.answeredBy}` : ''}`
				])
			]
		});
	return {
		title: `${t.title} · ${evidence.participant.name}`,
		footer: `Berdaya · ${t.title} · ${evidence.participant.name} · ${now.toISOString().slice(0, 10)}`,
		createdAt: now,
		blocks
	};
}
