/**
 * E2E fixtures write straight to the run's database (the server shares it) through the same
 * domain modules the app uses, so each test makes its own people and never depends on another.
 */
import { expect, type Page } from '@playwright/test';
import { randomBytes, randomInt } from 'node:crypto';
import { db } from '../../src/lib/server/db/client';
import { hashSecret } from '../../src/lib/server/accounts/password';
import { generateJoinCode } from '../../src/lib/server/accounts/account';

export const STAFF_PASSWORD = 'rahasia-pelatih-1';
export { DEMO_SECRETS } from './demo-secrets';

function uniquePhone(): string {
	return `0813${String(randomInt(0, 99_999_999)).padStart(8, '0')}`;
}

export async function createCohort(options: { courses?: 'all' | 'none' } = {}) {
	const tag = randomBytes(4).toString('hex');
	const trainerEmail = `pelatih-${tag}@contoh.test`;
	const courses = options.courses === 'none' ? [] : await db.course.findMany({ select: { id: true } });
	const trainer = await db.user.create({
		data: { role: 'trainer', name: `Pelatih ${tag}`, email: trainerEmail, secretHash: await hashSecret(STAFF_PASSWORD) }
	});
	const organizerEmail = `penyelenggara-${tag}@contoh.test`;
	const organizer = await db.user.create({
		data: { role: 'organizer', name: `Penyelenggara ${tag}`, email: organizerEmail, secretHash: await hashSecret(STAFF_PASSWORD) }
	});
	const program = await db.program.create({
		data: { name: `Program ${tag}`, organizers: { create: { userId: organizer.id } } }
	});
	const cohort = await db.cohort.create({
		data: {
			name: `Kelompok ${tag}`,
			joinCode: generateJoinCode(),
			programId: program.id,
			trainers: { create: { userId: trainer.id } },
			courses: { create: courses.map((course) => ({ courseId: course.id })) }
		}
	});
	return {
		id: cohort.id,
		tag,
		name: cohort.name,
		joinCode: cohort.joinCode,
		programName: program.name,
		trainer: { id: trainer.id, email: trainerEmail, password: STAFF_PASSWORD },
		organizer: { id: organizer.id, email: organizerEmail, password: STAFF_PASSWORD }
	};
}

/** A participant whose level is set (so not sent to the placement test), unless `placed: false`. */
export async function createParticipant(
	cohortId: string,
	options: { level?: 'dasar' | 'menengah' | 'lanjut'; name?: string; placed?: boolean } = {}
) {
	const phone = uniquePhone();
	const pin = '482915';
	const user = await db.user.create({
		data: {
			role: 'participant',
			name: options.name ?? `Peserta ${randomBytes(3).toString('hex')}`,
			phone: `+62${phone.slice(1)}`,
			literacyLevel: options.level ?? 'menengah',
			levelSetAt: options.placed === false ? null : new Date(),
			secretHash: await hashSecret(pin),
			enrollments: { create: { cohortId } }
		}
	});
	return { id: user.id, name: user.name, phone, pin };
}

export async function logIn(page: Page, identifier: string, secret: string): Promise<void> {
	await page.goto('/masuk');
	await page.getByLabel(/Nomor HP atau email/).fill(identifier);
	await page.getByLabel(/PIN atau kata sandi/).fill(secret);
	await page.getByRole('button', { name: 'Masuk' }).click();
	await expect(page).not.toHaveURL(/\/masuk/);
}

/**
 * Steps through a lesson with "Lanjut" to its last step, where the task, the quiz and the
 * reading mark are (a lesson is shown one `##` section per page, decision 022).
 */
export async function readToLastStep(page: Page): Promise<void> {
	const next = page.getByRole('link', { name: 'Lanjut', exact: true });
	while ((await next.count()) > 0) {
		const counter = await page.getByText(/^Langkah \d+ dari \d+$/).innerText();
		await next.click();
		await expect(page.getByText(/^Langkah \d+ dari \d+$/)).not.toHaveText(counter);
	}
}

/** The published quiz of a module as stored, answers included: for tests that answer it. */
export async function storedQuiz(courseSlug: string, moduleSlug: string, level: 'dasar' | 'menengah' | 'lanjut') {
	const module = await db.module.findFirstOrThrow({
		where: { slug: moduleSlug, course: { slug: courseSlug } },
		select: { id: true, publishedVersion: { select: { id: true, quizJson: true } } }
	});
	const quiz = JSON.parse(module.publishedVersion!.quizJson) as {
		questions: { id: string; levels: string[]; options: { id: string; text: string; correct: boolean }[] }[];
	};
	return {
		moduleId: module.id,
		versionId: module.publishedVersion!.id,
		questions: quiz.questions.filter((question) => question.levels.includes(level))
	};
}

/** A trainer who edits (owns) a fresh course of their own, with no modules and no images yet. */
export async function createCourseEditor() {
	const tag = randomBytes(4).toString('hex');
	const email = `penulis-${tag}@contoh.test`;
	const trainer = await db.user.create({
		data: { role: 'trainer', name: `Penulis ${tag}`, email, secretHash: await hashSecret(STAFF_PASSWORD) }
	});
	const course = await db.course.create({
		data: {
			slug: `kursus-${tag}`,
			title: `Kursus ${tag}`,
			summary: 'Kursus untuk tes.',
			editors: { create: { userId: trainer.id, role: 'owner' } }
		}
	});
	return {
		course: { id: course.id, slug: course.slug, title: course.title },
		trainer: { id: trainer.id, email, password: STAFF_PASSWORD }
	};
}

/**
 * A cohort whose only course is a new, empty one that its trainer owns (CourseEditor), for
 * tests that write modules in the browser without touching the shipped library.
 */
export async function createAuthoringCohort() {
	const cohort = await createCohort({ courses: 'none' });
	const tag = randomBytes(4).toString('hex');
	const course = await db.course.create({
		data: {
			slug: `kursus-tulis-${tag}`,
			title: `Kursus Tulis ${tag}`,
			summary: 'Kursus untuk tes menulis modul.',
			editors: { create: { userId: cohort.trainer.id, role: 'owner' } },
			cohorts: { create: { cohortId: cohort.id } }
		},
		select: { id: true, slug: true, title: true }
	});
	return { ...cohort, course };
}

/** Gives a course one published module, so its images are public (never-published ones are not). */
export async function publishPlaceholderModule(courseId: string) {
	const module = await db.module.create({ data: { courseId, slug: `terbit-${randomBytes(3).toString('hex')}`, position: 99 } });
	const version = await db.moduleVersion.create({
		data: {
			moduleId: module.id,
			version: 1,
			title: 'Terbit',
			summary: 'Modul yang sudah terbit.',
			minutes: 5,
			masteryPercent: 70,
			source: '',
			sourceHash: randomBytes(16).toString('hex'),
			htmlDasar: '<p>Terbit.</p>',
			htmlMenengah: '<p>Terbit.</p>',
			htmlLanjut: '<p>Terbit.</p>',
			quizJson: '{"questions":[]}'
		}
	});
	await db.module.update({ where: { id: module.id }, data: { publishedVersionId: version.id } });
}
