/**
 * Published lessons, kept in memory by (version id, level). A ModuleVersion never changes once
 * written, so an entry can never be stale and every app instance may hold its own copy: this is
 * not state another instance needs (docs/decisions/006-serving-fast.md). Bounded, least recently
 * used out first.
 */
import { db } from '#lib/server/db/client';
import type { LiteracyLevel, PracticalTask, Quiz } from '#lib/content/types';
import { splitLessonSteps, type LessonStep } from '#lib/content/lesson-steps';

export interface PublishedLesson {
	courseTitle: string;
	title: string;
	summary: string;
	minutes: number;
	html: string;
	objectives: string[];
	hasQuiz: boolean;
	practical: PracticalTask | null;
}

const MAX_ENTRIES = 300;
const lessons = new Map<string, Promise<PublishedLesson>>();

const htmlColumn = { dasar: 'htmlDasar', menengah: 'htmlMenengah', lanjut: 'htmlLanjut' } as const;

async function loadLesson(versionId: string, level: LiteracyLevel): Promise<PublishedLesson> {
	const version = await db.moduleVersion.findUniqueOrThrow({
		where: { id: versionId },
		select: {
			title: true,
			summary: true,
			minutes: true,
			objectivesJson: true,
			quizLevels: true,
			practicalJson: true,
			htmlDasar: level === 'dasar',
			htmlMenengah: level === 'menengah',
			htmlLanjut: level === 'lanjut',
			module: { select: { course: { select: { title: true } } } }
		}
	});
	return {
		// The course title is the one exception to immutability: a renamed course shows its new
		// title once the entry is evicted or the process restarts.
		courseTitle: version.module.course.title,
		title: version.title,
		summary: version.summary,
		minutes: version.minutes,
		html: version[htmlColumn[level]] ?? '',
		objectives: JSON.parse(version.objectivesJson) as string[],
		hasQuiz: version.quizLevels.split(',').includes(level),
		practical: version.practicalJson ? (JSON.parse(version.practicalJson) as PracticalTask) : null
	};
}

export function readPublishedLesson(versionId: string, level: LiteracyLevel): Promise<PublishedLesson> {
	const key = `${versionId}:${level}`;
	const cached = lessons.get(key);
	if (cached) {
		// Re-insert to mark it most recently used.
		lessons.delete(key);
		lessons.set(key, cached);
		return cached;
	}
	const loading = loadLesson(versionId, level);
	lessons.set(key, loading);
	loading.catch(() => lessons.delete(key));
	if (lessons.size > MAX_ENTRIES) lessons.delete(lessons.keys().next().value!);
	return loading;
}

const stepsByLesson = new Map<string, Promise<LessonStep[]>>();

/**
 * The published lesson cut into steps at its `##` headings (content/lesson-steps.ts), once per
 * (version id, level), kept beside the lesson with the same bound.
 */
export function readLessonSteps(versionId: string, level: LiteracyLevel): Promise<LessonStep[]> {
	const key = `${versionId}:${level}`;
	const cached = stepsByLesson.get(key);
	if (cached) {
		stepsByLesson.delete(key);
		stepsByLesson.set(key, cached);
		return cached;
	}
	const splitting = readPublishedLesson(versionId, level).then((lesson) => splitLessonSteps(lesson.html));
	stepsByLesson.set(key, splitting);
	splitting.catch(() => stepsByLesson.delete(key));
	if (stepsByLesson.size > MAX_ENTRIES) stepsByLesson.delete(stepsByLesson.keys().next().value!);
	return splitting;
}

const MAX_QUIZZES = 100;
const quizzes = new Map<string, Promise<Quiz>>();

/**
 * A published version's quiz, parsed, with its answers: for grading on the server only. Kept like
 * the lessons (a version never changes), so a class submitting together parses it once per
 * process instead of once per answer sheet.
 */
export function readPublishedQuiz(versionId: string): Promise<Quiz> {
	const cached = quizzes.get(versionId);
	if (cached) {
		quizzes.delete(versionId);
		quizzes.set(versionId, cached);
		return cached;
	}
	const loading = db.moduleVersion
		.findUniqueOrThrow({ where: { id: versionId }, select: { quizJson: true } })
		.then((version) => JSON.parse(version.quizJson) as Quiz);
	quizzes.set(versionId, loading);
	loading.catch(() => quizzes.delete(versionId));
	if (quizzes.size > MAX_QUIZZES) quizzes.delete(quizzes.keys().next().value!);
	return loading;
}
