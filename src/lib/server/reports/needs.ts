/**
 * The needs assessment (issue 12): what a community knows before training. Per cohort or per
 * place (desa, kecamatan, kabupaten, provinsi), the placement distribution (reading and digital
 * literacy) and each course's pre-test results by learning objective: a pre-test question's
 * `{modul=<slug>}` names the module whose `objectives` it measures (decision 024). Figures of
 * fewer than 5 people read "< 5" (small-groups.ts).
 */
import { db } from '#lib/server/db/client';
import { cohortOrganizedBy, programOrganizedBy, type Actor } from '#lib/server/cohorts/cohort-setup';
import { gradeAnswer, type QuizAnswer } from '#lib/content/grade';
import type { Quiz } from '#lib/content/types';
import { SMALL_GROUP, shownCount, shownShare } from '#lib/server/reports/small-groups';

export const NEEDS_GROUPINGS = ['kelompok', 'desa', 'kecamatan', 'kabupaten', 'provinsi'] as const;
export type NeedsGrouping = (typeof NEEDS_GROUPINGS)[number];
export const LEVEL_KEYS = ['belum', 'dasar', 'menengah', 'lanjut'] as const;
export type LevelKey = (typeof LEVEL_KEYS)[number];

export function isNeedsGrouping(value: unknown): value is NeedsGrouping {
	return typeof value === 'string' && (NEEDS_GROUPINGS as readonly string[]).includes(value);
}

interface CohortPlace {
	id: string;
	name: string;
	province: string | null;
	regency: string | null;
	district: string | null;
	village: string | null;
}

/** A place is named with the places above it, so two villages of one name stay apart. */
export function groupOf(cohort: CohortPlace, by: NeedsGrouping): { key: string; label: string | null } {
	if (by === 'kelompok') return { key: `k:${cohort.id}`, label: cohort.name };
	const chain = [cohort.village, cohort.district, cohort.regency, cohort.province];
	const from = { desa: 0, kecamatan: 1, kabupaten: 2, provinsi: 3 }[by];
	if (!chain[from]?.trim()) return { key: '-', label: null };
	const label = chain
		.slice(from)
		.filter((part) => part?.trim())
		.join(', ');
	return { key: `p:${label.toLocaleLowerCase('id-ID')}`, label };
}

export interface ObjectiveResult {
	moduleSlug: string | null;
	moduleTitle: string | null;
	objectives: string[];
	/** Whole percent of answers right, or null when fewer than 5 took these items. */
	percent: number | null;
	takers: number | null;
}

export interface CourseNeeds {
	courseId: string;
	title: string;
	takers: number | null;
	objectives: ObjectiveResult[];
}

export interface NeedsGroup {
	key: string;
	/** null: cohorts with no place of this kind. */
	label: string | null;
	participants: number | null;
	reading: Record<LevelKey, number | null>;
	digital: Record<LevelKey, number | null>;
	courses: CourseNeeds[];
}

interface Participant {
	userId: string;
	levelSetAt: Date | null;
	literacyLevel: string;
	digitalLevel: string | null;
}

interface Attempt {
	userId: string;
	courseId: string;
	versionId: string;
	answers: Record<string, QuizAnswer>;
}

interface CourseFacts {
	id: string;
	title: string;
	modules: { slug: string; title: string; objectives: string[] }[];
}

function levelKey(level: string | null, set: boolean): LevelKey {
	return set && level && (LEVEL_KEYS as readonly string[]).includes(level) ? (level as LevelKey) : 'belum';
}

function distribution(keys: LevelKey[]): Record<LevelKey, number | null> {
	return Object.fromEntries(LEVEL_KEYS.map((key) => [key, shownCount(keys.filter((k) => k === key).length)])) as Record<
		LevelKey,
		number | null
	>;
}

/** Pure: one group's figures from its participants, their pre-test attempts and the quizzes. */
export function summarizeGroup(input: {
	key: string;
	label: string | null;
	participants: Participant[];
	courses: CourseFacts[];
	attempts: Attempt[];
	quizzes: Map<string, Quiz>;
}): NeedsGroup {
	const people = input.participants;
	const small = people.length < SMALL_GROUP;
	const hideAll = <T extends Record<string, number | null>>(record: T): T =>
		(small ? Object.fromEntries(Object.keys(record).map((key) => [key, null])) : record) as T;
	const userIds = new Set(people.map((person) => person.userId));
	return {
		key: input.key,
		label: input.label,
		participants: shownCount(people.length),
		reading: hideAll(distribution(people.map((person) => levelKey(person.literacyLevel, person.levelSetAt !== null)))),
		digital: hideAll(distribution(people.map((person) => levelKey(person.digitalLevel, person.digitalLevel !== null)))),
		courses: input.courses.map((course) => {
			const attempts = input.attempts.filter((attempt) => attempt.courseId === course.id && userIds.has(attempt.userId));
			// Per module slug (null = questions without modul=): right answers, answers, takers.
			const tally = new Map<string | null, { right: number; total: number; takers: Set<string> }>();
			for (const attempt of attempts) {
				const quiz = input.quizzes.get(attempt.versionId);
				if (!quiz) continue;
				for (const question of quiz.questions) {
					const answer = attempt.answers[question.id];
					if (answer === undefined) continue;
					const known = question.module && course.modules.some((module) => module.slug === question.module) ? question.module : null;
					const entry = tally.get(known) ?? { right: 0, total: 0, takers: new Set<string>() };
					entry.total++;
					if (gradeAnswer(question, answer)) entry.right++;
					entry.takers.add(attempt.userId);
					tally.set(known, entry);
				}
			}
			const result = (slug: string | null, module?: CourseFacts['modules'][number]): ObjectiveResult[] => {
				const entry = tally.get(slug);
				if (!entry) return [];
				return [
					{
						moduleSlug: slug,
						moduleTitle: module?.title ?? null,
						objectives: module?.objectives ?? [],
						percent: entry.takers.size < SMALL_GROUP ? null : shownShare(entry.right, entry.total),
						takers: shownCount(entry.takers.size)
					}
				];
			};
			return {
				courseId: course.id,
				title: course.title,
				takers: shownCount(new Set(attempts.map((attempt) => attempt.userId)).size),
				objectives: [...course.modules.flatMap((module) => result(module.slug, module)), ...result(null)]
			};
		})
	};
}

/**
 * A program's needs, in total and per group; null when the program is not the organizer's.
 * Reads the program's participants, their pre-test attempts and the versions' quizzes once.
 */
export async function readNeedsForOrganizer(actor: Actor, programId: string, by: NeedsGrouping) {
	const program = await db.program.findFirst({
		where: { id: programId, ...programOrganizedBy(actor) },
		select: {
			id: true,
			name: true,
			cohorts: {
				where: cohortOrganizedBy(actor),
				orderBy: { name: 'asc' },
				select: {
					id: true,
					name: true,
					province: true,
					regency: true,
					district: true,
					village: true,
					courses: { select: { courseId: true } },
					enrollments: { select: { user: { select: { id: true, levelSetAt: true, literacyLevel: true, digitalLevel: true } } } }
				}
			}
		}
	});
	if (!program) return null;
	const courseIds = [...new Set(program.cohorts.flatMap((cohort) => cohort.courses.map((course) => course.courseId)))];
	const userIds = [...new Set(program.cohorts.flatMap((cohort) => cohort.enrollments.map(({ user }) => user.id)))];
	const [courses, attemptRows] = await Promise.all([
		db.course.findMany({
			where: { id: { in: courseIds } },
			orderBy: { title: 'asc' },
			select: {
				id: true,
				title: true,
				modules: {
					where: { archivedAt: null, publishedVersionId: { not: null } },
					orderBy: { position: 'asc' },
					select: { slug: true, publishedVersion: { select: { title: true, objectivesJson: true } } }
				}
			}
		}),
		db.courseTestAttempt.findMany({
			where: { kind: 'pretest', skipped: false, courseId: { in: courseIds }, userId: { in: userIds } },
			select: { userId: true, courseId: true, versionId: true, answersJson: true }
		})
	]);
	const versionIds = [...new Set(attemptRows.map((attempt) => attempt.versionId))];
	const versions = await db.courseTestVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, quizJson: true } });
	const quizzes = new Map(versions.map((version) => [version.id, JSON.parse(version.quizJson) as Quiz]));
	const attempts: Attempt[] = attemptRows.map((row) => ({ ...row, answers: JSON.parse(row.answersJson) as Record<string, QuizAnswer> }));
	const courseFacts: CourseFacts[] = courses.map((course) => ({
		id: course.id,
		title: course.title,
		modules: course.modules.map((module) => ({
			slug: module.slug,
			title: module.publishedVersion!.title,
			objectives: JSON.parse(module.publishedVersion!.objectivesJson) as string[]
		}))
	}));

	const participantOf = (user: {
		id: string;
		levelSetAt: Date | null;
		literacyLevel: string;
		digitalLevel: string | null;
	}): Participant => ({
		userId: user.id,
		levelSetAt: user.levelSetAt,
		literacyLevel: user.literacyLevel,
		digitalLevel: user.digitalLevel
	});
	const groups = new Map<string, { label: string | null; people: Map<string, Participant>; courseIds: Set<string> }>();
	const whole = { people: new Map<string, Participant>(), courseIds: new Set(courseIds) };
	for (const cohort of program.cohorts) {
		const { key, label } = groupOf(cohort, by);
		const group = groups.get(key) ?? { label, people: new Map(), courseIds: new Set<string>() };
		for (const { user } of cohort.enrollments) {
			group.people.set(user.id, participantOf(user));
			whole.people.set(user.id, participantOf(user));
		}
		for (const course of cohort.courses) group.courseIds.add(course.courseId);
		groups.set(key, group);
	}
	const summarize = (key: string, label: string | null, people: Map<string, Participant>, ids: Set<string>) =>
		summarizeGroup({
			key,
			label,
			participants: [...people.values()],
			courses: courseFacts.filter((course) => ids.has(course.id)),
			attempts,
			quizzes
		});
	return {
		id: program.id,
		name: program.name,
		by,
		total: summarize('all', null, whole.people, whole.courseIds),
		groups: [...groups.entries()]
			.sort(([a, left], [b, right]) => (a === '-' ? 1 : b === '-' ? -1 : (left.label ?? '').localeCompare(right.label ?? '', 'id')))
			.map(([key, group]) => summarize(key, group.label, group.people, group.courseIds))
	};
}

export type NeedsReport = NonNullable<Awaited<ReturnType<typeof readNeedsForOrganizer>>>;
