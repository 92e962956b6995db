/**
 * Progress and difficulty for an organizer or a trainer: the funnel of a course (enrolled →
 * placed → started → each module → course completed → certificate), split by reading level,
 * gender, age band or place; per-module completion and medians; and the questions people fail.
 *
 * Everything is counted in the database with aggregate SQL (a program at size L has 10,000
 * participants and half a million progress rows: loading them would take seconds). The SQL
 * states the same rules the participant's pages use, and progress-report.spec.ts holds it to
 * them: the reading level is levels.readingLevelOf, module and course completion are
 * completion.moduleCompletion and courseCompletion, and a certificate counts until revoked.
 */
import { db } from '#lib/server/db/client';
import { empty, join, jsonObjectEntries, jsonValueText, minutesBetween, raw, sql, toNumber, type Sql } from '#lib/server/db/raw-sql';
import { LITERACY_LEVELS, type LiteracyLevel, type Quiz, type QuizQuestion } from '#lib/content/types';
import { gradeAnswer, type QuizAnswer } from '#lib/content/grade';
import { nextPlaceLevel, PLACE_LEVELS, type PlaceLevel, type ReportScope } from '#lib/server/reports/scope';

/** Below this many people a figure is hidden ("< 5"), so nobody can be singled out. */
export const SMALL_GROUP = 5;

export const SPLITS = ['level', 'gender', 'age', 'place'] as const;
export type Split = (typeof SPLITS)[number];

export function isSplit(value: string | null): value is Split {
	return (SPLITS as readonly string[]).includes(value ?? '');
}

/** Age bands by birth year, counted in the current year. '' = birth year not given. */
export const AGE_BANDS = ['<25', '25-34', '35-44', '45-54', '55+'] as const;

/**
 * A figure of a split group as it may be shown: null means "< 5". A group of fewer than five
 * people shows none of its figures; in a larger group a count of 1 to 4 is hidden too.
 */
export function shownCount(count: number, groupSize: number): number | null {
	if (groupSize < SMALL_GROUP) return null;
	if (count > 0 && count < SMALL_GROUP) return null;
	return count;
}

export function percent(part: number, whole: number): number {
	return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

// ------------------------------------------------------------------ scope in SQL

function placeColumn(level: PlaceLevel): Sql {
	return raw(`c."${level}"`);
}

/**
 * The participants the report covers, one row each (uid, place): enrolled in a cohort of the
 * scope that has the course. Someone in two such cohorts counts once.
 *
 * The statements below read it as `FROM pu CROSS JOIN <rows> … WHERE <rows>."userId" = pu.uid`:
 * SQLite then keeps pu as the outer loop and finds each participant's rows by the (userId, …)
 * indexes, instead of scanning the course's rows of every program (a cohort's funnel at size L:
 * 1.2 s → 10 ms; docs/benchmarks.md). PostgreSQL plans it as an ordinary join.
 */
/** A cohort `c` of the scope: its program, its own id for a cohort's report, and the place filter. */
export function cohortInScope(scope: CountScope): Sql {
	const filters: Sql[] = [sql`c."programId" = ${scope.programId}`];
	if (scope.cohortId) filters.push(sql`c.id = ${scope.cohortId}`);
	for (const level of PLACE_LEVELS) {
		const value = scope.place[level];
		if (value !== undefined) filters.push(sql`${placeColumn(level)} = ${value}`);
	}
	return join(filters, ' AND ');
}

function participantsInScope(scope: CountScope, courseId: string, placeLevel: PlaceLevel | null): Sql {
	return sql`SELECT e."userId" AS uid, MIN(COALESCE(${placeColumn(placeLevel ?? 'province')}, '')) AS place
		FROM "Enrollment" e
		JOIN "Cohort" c ON c.id = e."cohortId"
		JOIN "CohortCourse" cc ON cc."cohortId" = c.id AND cc."courseId" = ${courseId}
		WHERE ${cohortInScope(scope)}
		GROUP BY e."userId"`;
}

/** levels.readingLevelOf: the stored level once set, dasar before. */
const READING_LEVEL = raw(
	`(CASE WHEN u."levelSetAt" IS NOT NULL AND u."literacyLevel" IN ('dasar', 'menengah', 'lanjut') THEN u."literacyLevel" ELSE 'dasar' END)`
);

/**
 * completion.moduleCompletion over a ModuleProgress row p of user u, version mv: 1 when
 * complete. With a quiz at the participant's level: read and passed ('completed' is written
 * only by a passing attempt); without one: read (or completed by reading before readAt
 * existed); and where the module requires it, practical work accepted.
 */
const MODULE_DONE = sql`(CASE WHEN
	(CASE WHEN (',' || mv."quizLevels" || ',') LIKE ('%,' || ${READING_LEVEL} || ',%')
		THEN (p.status = 'completed' AND p."readAt" IS NOT NULL)
		ELSE (p."readAt" IS NOT NULL OR p.status = 'completed') END)
	AND (NOT mv."practicalRequired" OR EXISTS (
		SELECT 1 FROM "PracticalSubmission" s WHERE s."userId" = p."userId" AND s."moduleId" = p."moduleId" AND s.status = 'accepted'))
	THEN 1 ELSE 0 END)`;

function splitKey(split: Split | null, year: number): Sql {
	switch (split) {
		case 'level':
			return READING_LEVEL;
		case 'gender':
			return raw(`COALESCE(u.gender, '')`);
		case 'age':
			return sql`(CASE WHEN u."birthYear" IS NULL THEN ''
				WHEN u."birthYear" > ${year - 25} THEN '<25'
				WHEN u."birthYear" > ${year - 35} THEN '25-34'
				WHEN u."birthYear" > ${year - 45} THEN '35-44'
				WHEN u."birthYear" > ${year - 55} THEN '45-54'
				ELSE '55+' END)`;
		case 'place':
			return raw('pu.place');
		default:
			return raw(`''`);
	}
}

// ------------------------------------------------------------------ courses and modules

export interface ReportCourse {
	id: string;
	slug: string;
	title: string;
}

function cohortWhere(scope: CountScope) {
	return {
		programId: scope.programId,
		...(scope.cohortId ? { id: scope.cohortId } : {}),
		...Object.fromEntries(PLACE_LEVELS.filter((level) => scope.place[level] !== undefined).map((level) => [level, scope.place[level]]))
	};
}

/** The courses of the scope's cohorts, by title. */
export async function listCoursesInScope(scope: CountScope): Promise<ReportCourse[]> {
	return db.course.findMany({
		where: { cohorts: { some: { cohort: cohortWhere(scope) } } },
		orderBy: { title: 'asc' },
		select: { id: true, slug: true, title: true }
	});
}

export interface ReportModule {
	id: string;
	slug: string;
	title: string;
}

/** The course's modules as participants see them: published, not archived, in order. */
async function listModules(courseId: string): Promise<ReportModule[]> {
	const modules = await db.module.findMany({
		where: { courseId, archivedAt: null, publishedVersionId: { not: null } },
		orderBy: { position: 'asc' },
		select: { id: true, slug: true, publishedVersion: { select: { title: true } } }
	});
	return modules.map((module) => ({ id: module.id, slug: module.slug, title: module.publishedVersion?.title ?? module.slug }));
}

// ------------------------------------------------------------------ funnel

export type StageKey = 'enrolled' | 'placed' | 'started' | 'module' | 'completed' | 'certified';
export interface Stage {
	key: StageKey;
	/** For a module stage. */
	module?: ReportModule;
}

export interface FunnelGroup {
	/** '' for the whole scope's total and for "not given" in a split. */
	key: string;
	/** One count per stage, in stage order; counts[0] is the group's size. */
	counts: number[];
}

export interface Funnel {
	course: ReportCourse;
	stages: Stage[];
	total: FunnelGroup;
	split: Split | null;
	/** The split's groups, largest first; empty without a split. */
	groups: FunnelGroup[];
	/** For split 'place': which level the groups are (the one below the place filter). */
	placeLevel: PlaceLevel | null;
}

function groupOrder(split: Split | null, key: string): number {
	const order: readonly string[] =
		split === 'level' ? LITERACY_LEVELS : split === 'gender' ? ['perempuan', 'laki-laki'] : split === 'age' ? AGE_BANDS : [];
	const index = order.indexOf(key);
	return key === '' ? 1000 : index === -1 ? 500 : index;
}

export async function readFunnel(scope: CountScope, course: ReportCourse, split: Split | null, now = new Date()): Promise<Funnel> {
	const modules = await listModules(course.id);
	const placeLevel = split === 'place' ? nextPlaceLevel(scope.place) : null;
	const effectiveSplit = split === 'place' && !placeLevel ? null : split;
	const key = splitKey(effectiveSplit, now.getUTCFullYear());
	const pu = participantsInScope(scope, course.id, placeLevel);
	const moduleCount = modules.length;

	const [people, perModule] = await Promise.all([
		db.$queryRaw<{ grp: string; enrolled: unknown; placed: unknown; started: unknown; completed: unknown; certified: unknown }[]>(sql`
			WITH pu AS (${pu}),
			pr AS (
				SELECT p."userId" AS uid, SUM(${MODULE_DONE}) AS done
				FROM pu
				CROSS JOIN "ModuleProgress" p
				JOIN "User" u ON u.id = p."userId"
				JOIN "Module" m ON m.id = p."moduleId"
				JOIN "ModuleVersion" mv ON mv.id = m."publishedVersionId"
				WHERE p."userId" = pu.uid AND m."courseId" = ${course.id} AND m."archivedAt" IS NULL
				GROUP BY p."userId"
			)
			SELECT ${key} AS grp,
				COUNT(*) AS enrolled,
				SUM(CASE WHEN u."levelSetAt" IS NOT NULL THEN 1 ELSE 0 END) AS placed,
				SUM(CASE WHEN pr.uid IS NOT NULL THEN 1 ELSE 0 END) AS started,
				SUM(CASE WHEN ${moduleCount} > 0 AND pr.done >= ${moduleCount} THEN 1 ELSE 0 END) AS completed,
				SUM(CASE WHEN cert.id IS NOT NULL THEN 1 ELSE 0 END) AS certified
			FROM pu
			JOIN "User" u ON u.id = pu.uid
			LEFT JOIN pr ON pr.uid = pu.uid
			LEFT JOIN "Certificate" cert ON cert."userId" = pu.uid AND cert."courseId" = ${course.id} AND cert."revokedAt" IS NULL
			GROUP BY 1`),
		moduleCount === 0
			? Promise.resolve([])
			: db.$queryRaw<{ grp: string; mid: string; done: unknown }[]>(sql`
			WITH pu AS (${pu})
			SELECT ${key} AS grp, p."moduleId" AS mid, SUM(${MODULE_DONE}) AS done
			FROM pu
			CROSS JOIN "ModuleProgress" p
			JOIN "User" u ON u.id = p."userId"
			JOIN "Module" m ON m.id = p."moduleId"
			JOIN "ModuleVersion" mv ON mv.id = m."publishedVersionId"
			WHERE p."userId" = pu.uid AND m."courseId" = ${course.id} AND m."archivedAt" IS NULL
			GROUP BY 1, 2`)
	]);

	const stages: Stage[] = [
		{ key: 'enrolled' },
		{ key: 'placed' },
		{ key: 'started' },
		...modules.map((module) => ({ key: 'module' as const, module })),
		{ key: 'completed' },
		{ key: 'certified' }
	];
	const moduleIndex = new Map(modules.map((module, index) => [module.id, 3 + index]));
	const groups = new Map<string, FunnelGroup>();
	const groupOf = (grp: string) => {
		let group = groups.get(grp);
		if (!group) groups.set(grp, (group = { key: grp, counts: stages.map(() => 0) }));
		return group;
	};
	for (const row of people) {
		const group = groupOf(row.grp ?? '');
		group.counts[0] = toNumber(row.enrolled);
		group.counts[1] = toNumber(row.placed);
		group.counts[2] = toNumber(row.started);
		group.counts[stages.length - 2] = toNumber(row.completed);
		group.counts[stages.length - 1] = toNumber(row.certified);
	}
	for (const row of perModule) {
		const index = moduleIndex.get(row.mid);
		if (index !== undefined) groupOf(row.grp ?? '').counts[index] = toNumber(row.done);
	}
	const total: FunnelGroup = {
		key: '',
		counts: stages.map((_, index) => [...groups.values()].reduce((sum, group) => sum + group.counts[index], 0))
	};
	const sorted = effectiveSplit
		? [...groups.values()].sort(
				(a, b) =>
					groupOrder(effectiveSplit, a.key) - groupOrder(effectiveSplit, b.key) || b.counts[0] - a.counts[0] || a.key.localeCompare(b.key)
			)
		: [];
	return { course, stages, total, split: effectiveSplit, groups: sorted, placeLevel };
}

// ------------------------------------------------------------------ per module

export interface ModuleStats {
	module: ReportModule;
	completed: number;
	/** Median number of quiz attempts up to and including the first pass; null without passes. */
	medianAttempts: number | null;
	/** Median minutes from the first step (reading or first attempt) to the first pass. */
	medianMinutes: number | null;
	/** How many passed (the medians are over these). */
	passed: number;
}

/** The median of a histogram (value → count): the lower middle for an even total. */
export function medianOfHistogram(histogram: ReadonlyMap<number, number>): number | null {
	const total = [...histogram.values()].reduce((sum, count) => sum + count, 0);
	if (total === 0) return null;
	const middle = Math.ceil(total / 2);
	let seen = 0;
	for (const value of [...histogram.keys()].sort((a, b) => a - b)) {
		seen += histogram.get(value)!;
		if (seen >= middle) return value;
	}
	return null;
}

export async function readModuleStats(scope: CountScope, course: ReportCourse, funnel: Funnel): Promise<ModuleStats[]> {
	const modules = funnel.stages.flatMap((stage) => (stage.module ? [stage.module] : []));
	if (modules.length === 0) return [];
	const start = sql`(CASE WHEN p."readAt" IS NOT NULL AND p."readAt" < fp.first_at THEN p."readAt" ELSE fp.first_at END)`;
	// tries: attempts up to and including the first pass, i.e. those at or before its time (the
	// window's default frame counts the peers of equal time too). One pass over the attempts; a
	// correlated COUNT per pass cost 1.8 s on PostgreSQL at size L.
	const rows = await db.$queryRaw<{ kind: string; mid: string; v: unknown; n: unknown }[]>(sql`
		WITH pu AS (${participantsInScope(scope, course.id, null)}),
		a AS (
			SELECT a."userId" AS uid, a."moduleId" AS mid, a."createdAt" AS at, a.passed AS passed,
				COUNT(*) OVER (PARTITION BY a."userId", a."moduleId" ORDER BY a."createdAt") AS upto
			FROM pu
			CROSS JOIN "QuizAttempt" a
			WHERE a."userId" = pu.uid AND a."moduleId" IN (${join(modules.map((module) => module.id))})
		),
		fp AS (
			SELECT uid, mid, MIN(at) AS first_at, MIN(CASE WHEN passed THEN at ELSE NULL END) AS pass_at,
				MIN(CASE WHEN passed THEN upto ELSE NULL END) AS tries
			FROM a
			GROUP BY uid, mid
		),
		x AS (
			SELECT fp.mid AS mid, fp.tries AS tries,
				${minutesBetween(start, raw('fp.pass_at'))} AS minutes
			FROM fp
			LEFT JOIN "ModuleProgress" p ON p."userId" = fp.uid AND p."moduleId" = fp.mid
			WHERE fp.pass_at IS NOT NULL
		)
		SELECT 't' AS kind, mid, tries AS v, COUNT(*) AS n FROM x GROUP BY mid, tries
		UNION ALL
		SELECT 'm' AS kind, mid, minutes AS v, COUNT(*) AS n FROM x GROUP BY mid, minutes`);
	const tries = new Map<string, Map<number, number>>();
	const minutes = new Map<string, Map<number, number>>();
	for (const row of rows) {
		const target = row.kind === 't' ? tries : minutes;
		let histogram = target.get(row.mid);
		if (!histogram) target.set(row.mid, (histogram = new Map()));
		histogram.set(Math.max(0, toNumber(row.v)), (histogram.get(Math.max(0, toNumber(row.v))) ?? 0) + toNumber(row.n));
	}
	return modules.map((module) => {
		const index = funnel.stages.findIndex((stage) => stage.module?.id === module.id);
		const histogram = tries.get(module.id) ?? new Map<number, number>();
		return {
			module,
			completed: funnel.total.counts[index],
			medianAttempts: medianOfHistogram(histogram),
			medianMinutes: medianOfHistogram(minutes.get(module.id) ?? new Map()),
			passed: [...histogram.values()].reduce((sum, count) => sum + count, 0)
		};
	});
}

// ------------------------------------------------------------------ difficult questions

export interface QuestionLevelStats {
	level: LiteracyLevel;
	answered: number;
	correct: number;
}

export interface DifficultQuestion {
	module: ReportModule;
	questionId: string;
	prompt: string;
	/** Line of the question in the module's source (from the version the prompt came from). */
	line: number;
	answered: number;
	correct: number;
	/** The wrong answer chosen most often (an option's text, a number as typed), with its count. */
	topWrong: { text: string; count: number } | null;
	byLevel: QuestionLevelStats[];
}

function wrongAnswerTexts(question: QuizQuestion, answer: QuizAnswer): string[] {
	if (answer.kind === 'choice' && 'options' in question) {
		return answer.optionIds.flatMap((id) => {
			const option = question.options.find((candidate) => candidate.id === id);
			return option && !option.correct ? [option.text] : [];
		});
	}
	if (answer.kind === 'numeric') return [answer.raw];
	return [];
}

/** Every question of the course's quizzes answered on a first attempt, worst first. */
export async function readDifficultQuestions(
	scope: CountScope,
	course: ReportCourse,
	modules: readonly ReportModule[]
): Promise<DifficultQuestion[]> {
	if (modules.length === 0) return [];
	const rows = await db.$queryRaw<{ mid: string; vid: string; lvl: string; qid: string; answer: string; n: unknown }[]>(sql`
		WITH pu AS (${participantsInScope(scope, course.id, null)})
		SELECT a."moduleId" AS mid, a."moduleVersionId" AS vid, a.level AS lvl, j.key AS qid, ${jsonValueText('j')} AS answer, COUNT(*) AS n
		FROM pu
		CROSS JOIN "QuizAttempt" a
		${jsonObjectEntries(raw('a."answersJson"'), 'j')}
		WHERE a."userId" = pu.uid AND a."moduleId" IN (${join(modules.map((module) => module.id))})
			AND NOT EXISTS (SELECT 1 FROM "QuizAttempt" b WHERE b."userId" = a."userId" AND b."moduleId" = a."moduleId" AND b."createdAt" < a."createdAt")
		GROUP BY 1, 2, 3, 4, 5`);
	if (rows.length === 0) return [];
	const versionIds = [...new Set(rows.map((row) => row.vid))];
	const versions = await db.moduleVersion.findMany({
		where: { id: { in: versionIds } },
		select: { id: true, version: true, quizJson: true }
	});
	const quizzes = new Map(
		versions.map((version) => [version.id, { version: version.version, quiz: JSON.parse(version.quizJson) as Quiz }])
	);
	const moduleById = new Map(modules.map((module) => [module.id, module]));

	interface Tally extends DifficultQuestion {
		newest: number;
		wrong: Map<string, number>;
		levels: Map<LiteracyLevel, QuestionLevelStats>;
	}
	const tallies = new Map<string, Tally>();
	for (const row of rows) {
		const stored = quizzes.get(row.vid);
		const question = stored?.quiz.questions.find((candidate) => candidate.id === row.qid);
		const module = moduleById.get(row.mid);
		if (!stored || !question || !module) continue;
		let answer: QuizAnswer;
		try {
			answer = JSON.parse(row.answer) as QuizAnswer;
		} catch {
			continue;
		}
		const count = toNumber(row.n);
		const right = gradeAnswer(question, answer);
		const id = `${row.mid}:${row.qid}`;
		let tally = tallies.get(id);
		if (!tally) {
			tally = {
				module,
				questionId: row.qid,
				prompt: question.prompt,
				line: question.line,
				answered: 0,
				correct: 0,
				topWrong: null,
				byLevel: [],
				newest: stored.version,
				wrong: new Map(),
				levels: new Map()
			};
			tallies.set(id, tally);
		}
		if (stored.version > tally.newest) Object.assign(tally, { newest: stored.version, prompt: question.prompt, line: question.line });
		tally.answered += count;
		if (right) tally.correct += count;
		else for (const text of wrongAnswerTexts(question, answer)) tally.wrong.set(text, (tally.wrong.get(text) ?? 0) + count);
		const level = (LITERACY_LEVELS as readonly string[]).includes(row.lvl) ? (row.lvl as LiteracyLevel) : 'dasar';
		const levelStats = tally.levels.get(level) ?? { level, answered: 0, correct: 0 };
		levelStats.answered += count;
		if (right) levelStats.correct += count;
		tally.levels.set(level, levelStats);
	}
	const questions: DifficultQuestion[] = [...tallies.values()].map(({ newest: _newest, wrong, levels, ...question }) => {
		const top = [...wrong.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
		return {
			...question,
			topWrong: top ? { text: top[0], count: top[1] } : null,
			byLevel: LITERACY_LEVELS.flatMap((level) => (levels.has(level) ? [levels.get(level)!] : []))
		};
	});
	// Worst first; questions too few people answered to judge come last.
	return questions.sort(
		(a, b) =>
			Number(a.answered < SMALL_GROUP) - Number(b.answered < SMALL_GROUP) ||
			a.correct / a.answered - b.correct / b.answered ||
			b.answered - a.answered ||
			a.prompt.localeCompare(b.prompt)
	);
}

// ------------------------------------------------------------------ whole report

/** What the counts depend on: whose participants, not who is looking. */
export type CountScope = Pick<ReportScope, 'programId' | 'cohortId' | 'place'>;

export interface CountOptions {
	courseId?: string | null;
	split?: Split | null;
}

/** Everything a report counts; the same for every viewer of the scope (report-cache.ts keeps it). */
export interface ProgressCounts {
	courses: ReportCourse[];
	course: ReportCourse | null;
	funnel: Funnel | null;
	modules: ModuleStats[];
	questions: DifficultQuestion[];
}

export interface ProgressReport extends ProgressCounts {
	/** Course slugs whose modules this viewer may open in the editor (/tulis). */
	editable: boolean;
}

export async function readProgressCounts(scope: CountScope, options: CountOptions): Promise<ProgressCounts> {
	const courses = await listCoursesInScope(scope);
	const course = courses.find((candidate) => candidate.id === options.courseId) ?? courses[0] ?? null;
	if (!course) return { courses, course: null, funnel: null, modules: [], questions: [] };
	const funnel = await readFunnel(scope, course, options.split ?? null);
	const modules = funnel.stages.flatMap((stage) => (stage.module ? [stage.module] : []));
	const [moduleStats, questions] = await Promise.all([
		readModuleStats(scope, course, funnel),
		readDifficultQuestions(scope, course, modules)
	]);
	return { courses, course, funnel, modules: moduleStats, questions };
}

export async function readProgressReport(scope: ReportScope, options: CountOptions): Promise<ProgressReport> {
	const counts = await readProgressCounts(scope, options);
	return { ...counts, editable: counts.course ? await canOpenEditor(scope.viewer, counts.course.id) : false };
}

/**
 * Organizers and admins may read every module in the editor (route rule of /tulis); a trainer
 * may open it when they edit the course, so the link goes to someone who can fix the question.
 */
export async function canOpenEditor(viewer: { id: string; role: string }, courseId: string): Promise<boolean> {
	if (viewer.role === 'organizer' || viewer.role === 'admin') return true;
	if (viewer.role !== 'trainer') return false;
	return (await db.courseEditor.count({ where: { courseId, userId: viewer.id } })) > 0;
}

/** Used by SQL callers elsewhere (exports) that need the same rules. */
export const sqlRules = { READING_LEVEL, MODULE_DONE, participantsInScope, empty };
