/**
 * The needs assessment (issue 12): what a community knows before training. Per cohort or per
 * place (desa, kecamatan, kabupaten, provinsi), the placement distribution (reading and digital
 * literacy) and each course's pre-test results by learning objective: a pre-test question's
 * `{modul=<slug>}` names the module whose `objectives` it measures (decision 024). Figures of
 * fewer than 5 people read "< 5" (small-groups.ts).
 */
import { db } from '#lib/server/db/client';
import { join, sql, toNumber } from '#lib/server/db/raw-sql';
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
	/** Placed by the placement test (levels.readingLevelOf: the stored level counts only then). */
	placed: boolean;
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
		reading: hideAll(distribution(people.map((person) => levelKey(person.literacyLevel, person.placed)))),
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

/** A program's needs: the whole program and every group, ordered by name (groups without a place last). */
export interface NeedsCounts {
	total: NeedsGroup;
	groups: NeedsGroup[];
}

/**
 * Counts a program's needs by one grouping. Reads the program's enrolled users (five columns,
 * one statement), their pre-test attempts and the versions' quizzes once, and grades each
 * answer once per group it belongs to. Whoever may see the program sees all its cohorts
 * (cohort-setup.cohortOrganizedBy), so the caller checks access and this counts by program id.
 * About half a second at size L (10,000 participants, 25,000 pre-tests): kept-reports.ts keeps it.
 */
export async function countNeeds(programId: string, by: NeedsGrouping): Promise<NeedsCounts> {
	const cohorts = await db.cohort.findMany({
		where: { programId },
		orderBy: { name: 'asc' },
		select: { id: true, name: true, province: true, regency: true, district: true, village: true, courses: { select: { courseId: true } } }
	});
	const courseIds = [...new Set(cohorts.flatMap((cohort) => cohort.courses.map((course) => course.courseId)))];
	// "In the program" by the program's id, so SQLite finds a person's enrollments by the userId
	// index. (A list of the cohorts' ids in IN (…) made it probe every cohort for every attempt:
	// 17 s at size L.)
	const inProgram = sql`SELECT 1 FROM "Enrollment" e JOIN "Cohort" c ON c.id = e."cohortId" WHERE c."programId" = ${programId}`;
	const [members, courses, attemptRows] = await Promise.all([
		db.$queryRaw<{ cid: string; uid: string; placed: unknown; lvl: string; digital: string | null }[]>(sql`
			SELECT e."cohortId" AS cid, u.id AS uid, CASE WHEN u."levelSetAt" IS NULL THEN 0 ELSE 1 END AS placed,
				u."literacyLevel" AS lvl, u."digitalLevel" AS digital
			FROM "Cohort" c JOIN "Enrollment" e ON e."cohortId" = c.id JOIN "User" u ON u.id = e."userId"
			WHERE c."programId" = ${programId}`),
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
		courseIds.length === 0
			? Promise.resolve([])
			: db.$queryRaw<{ userId: string; courseId: string; versionId: string; answersJson: string }[]>(sql`
			SELECT a."userId" AS "userId", a."courseId" AS "courseId", a."versionId" AS "versionId", a."answersJson" AS "answersJson"
			FROM "CourseTestAttempt" a
			WHERE a.kind = 'pretest' AND NOT a.skipped AND a."courseId" IN (${join(courseIds)})
				AND EXISTS (${inProgram} AND e."userId" = a."userId")`)
	]);
	const versionIds = [...new Set(attemptRows.map((attempt) => attempt.versionId))];
	const versions = versionIds.length
		? await db.courseTestVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, quizJson: true } })
		: [];
	const quizzes = new Map(versions.map((version) => [version.id, JSON.parse(version.quizJson) as Quiz]));
	const attemptsOf = new Map<string, Attempt[]>();
	for (const row of attemptRows) {
		const attempt: Attempt = { ...row, answers: JSON.parse(row.answersJson) as Record<string, QuizAnswer> };
		const own = attemptsOf.get(row.userId);
		if (own) own.push(attempt);
		else attemptsOf.set(row.userId, [attempt]);
	}
	const courseFacts: CourseFacts[] = courses.map((course) => ({
		id: course.id,
		title: course.title,
		modules: course.modules.map((module) => ({
			slug: module.slug,
			title: module.publishedVersion!.title,
			objectives: JSON.parse(module.publishedVersion!.objectivesJson) as string[]
		}))
	}));

	const peopleOfCohort = new Map<string, Participant[]>();
	for (const row of members) {
		const person: Participant = { userId: row.uid, placed: toNumber(row.placed) === 1, literacyLevel: row.lvl, digitalLevel: row.digital };
		const people = peopleOfCohort.get(row.cid);
		if (people) people.push(person);
		else peopleOfCohort.set(row.cid, [person]);
	}
	// A person in two cohorts of one group (or of the program) counts once.
	const groups = new Map<string, { label: string | null; people: Map<string, Participant>; courseIds: Set<string> }>();
	const whole = { people: new Map<string, Participant>(), courseIds: new Set(courseIds) };
	for (const cohort of cohorts) {
		const { key, label } = groupOf(cohort, by);
		const group = groups.get(key) ?? { label, people: new Map(), courseIds: new Set<string>() };
		for (const person of peopleOfCohort.get(cohort.id) ?? []) {
			group.people.set(person.userId, person);
			whole.people.set(person.userId, person);
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
			attempts: [...people.keys()].flatMap((userId) => attemptsOf.get(userId) ?? []),
			quizzes
		});
	return {
		total: summarize('all', null, whole.people, whole.courseIds),
		groups: [...groups.entries()]
			.sort(([a, left], [b, right]) => (a === '-' ? 1 : b === '-' ? -1 : (left.label ?? '').localeCompare(right.label ?? '', 'id')))
			.map(([key, group]) => summarize(key, group.label, group.people, group.courseIds))
	};
}
