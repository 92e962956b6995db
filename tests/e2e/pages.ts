/**
 * The pages of the app as each role sees them, in ONE place, for the route status test
 * (routes.e2e.ts) and the page check (pages.e2e.ts).
 *
 * Every route in src/routes is visited by every role its rule lets in, with the params below;
 * a route with a new param name needs one line in `params`. Pages that a URL alone does not
 * reach (a state after a click) are added to EXTRA_VIEWS with one line.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { randomBytes, randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { db } from '../../src/lib/server/db/client';
import * as session from '../../src/lib/server/accounts/session';
import { hashSecret } from '../../src/lib/server/accounts/password';
import { createModule } from '../../src/lib/server/authoring/module-editing';
import { checkModuleSource } from '../../src/lib/server/library/module-check';
import { publishModuleVersion } from '../../src/lib/server/library/module-version';
import { createHash } from 'node:crypto';
import { prepareUploadedImage } from '../../src/lib/server/images/media';
import { submitQuizAttempt } from '../../src/lib/server/learning/quiz';
import type { Role } from '../../src/lib/server/accounts/guard';
import { createAuthoringCohort, createParticipant, DEMO_SECRETS } from './fixtures';
import { encodeCertificateCode, groupedCertificateCode } from '../../src/lib/certificate-code';
import { fileStore, newKey } from '../../src/lib/server/files/storage';

export type Visitor = Role | 'anonymous';
export const VISITORS: readonly Visitor[] = ['anonymous', 'participant', 'trainer', 'organizer', 'admin'];

/**
 * Routes whose page lets in fewer roles than its group: role → the status the page itself
 * gives. Keep this short; prefer a rule in route-rules.ts.
 */
export const NARROWER_PAGES: Record<string, Partial<Record<Visitor, number>>> = {
	// The fixture participant has already started the course, so its pre-test is closed (409);
	// tests/e2e/certificate.e2e.ts takes a pre-test and looks at its page.
	'/(learn)/belajar/[course=slug]/tes/[kind=courseTest]': { participant: 409 },
	// Participants' photos go to the participant, the cohort's trainers and the program's
	// organizers only (decision 015); an admin is none of them.
	'/(authed)/foto/tanya/[question=id]': { admin: 404 },
	'/(authed)/foto/tugas/[photo=id]': { admin: 404 },
	// An enrollment upload waits for the organizer who made it; an admin is not its organizer.
	'/(organize)/kelola/kelompok/[cohort=id]/impor/[upload=id]': { admin: 404 },
	// Answers made offline are only ever sent (POST) by the phone's script (decision 021).
	'/(learn)/belajar/[course=slug]/[module=slug]/kirim': { participant: 405 }
};

/** A state of a page reached by doing something on it: the page check visits it too. */
export interface ExtraView {
	name: string;
	role: Visitor;
	/** A route id, filled with the params below. */
	route: string;
	/** A query string for the page (`?langkah=2`), when the state is one. */
	query?: string;
	/** What to do on the page before it is checked. */
	act: (page: Page) => Promise<void>;
}

export const EXTRA_VIEWS: ExtraView[] = [
	{
		name: 'editor-preview',
		role: 'trainer',
		route: '/(teach)/tulis/[course=slug]/[module=slug]',
		act: async (page) => {
			await page
				.getByRole('button', { name: /Pratinjau/ })
				.first()
				.click();
			await page.waitForLoadState('networkidle');
		}
	},
	{
		// Picture options drawn as SVG, from the shipped library.
		name: 'shipped-quiz-with-svg-pictures',
		role: 'participant',
		route: '/(learn)/belajar/branding-pemasaran-digital/nama-logo-cerita/kuis',
		act: async () => {}
	},
	{
		// Joining answers "received" whether the number is new or not (decision 018).
		name: 'join-received',
		role: 'anonymous',
		route: '/(public)/gabung',
		act: async (page) => {
			await page.getByLabel(/Kode kelompok/).fill(DEMO_SECRETS.joinCode);
			await page.getByLabel('Nama Anda').fill('Peserta Baru');
			await page.getByLabel(/^Nomor HP/).fill(`0857${String(randomInt(0, 99_999_999)).padStart(8, '0')}`);
			await page.getByLabel(/Buat PIN/).fill('730519');
			await page.getByLabel('Ulangi PIN').fill('730519');
			await page.getByRole('button', { name: 'Gabung' }).click();
			await page.getByRole('heading', { name: 'Pendaftaran diterima' }).waitFor();
		}
	},
	{
		// A participant locked by wrong PINs: the trainer sees "Buka kunci".
		name: 'participant-locked',
		role: 'trainer',
		route: '/(teach)/latih/[cohort=id]/peserta/[participant=id]',
		act: async (page) => {
			const participantId = new URL(page.url()).pathname.split('/').at(-1)!;
			const { phone } = await db.user.findUniqueOrThrow({ where: { id: participantId }, select: { phone: true } });
			await db.loginAttempt.createMany({ data: Array.from({ length: 10 }, () => ({ scope: 'account', key: phone! })) });
			await page.reload();
			await page.getByRole('button', { name: 'Buka kunci' }).waitFor();
		}
	},
	{
		// "Save for offline": size and cost, then the participant confirms (decision 021).
		name: 'lesson-save-offline-confirm',
		role: 'participant',
		route: '/(learn)/belajar/menjahit-dasar/ukuran-badan',
		act: async (page) => {
			await page.getByRole('button', { name: 'Simpan untuk offline' }).click();
			await page.getByRole('button', { name: 'Ya, simpan' }).waitFor();
		}
	},
	{
		name: 'shipped-lesson-with-images',
		role: 'participant',
		route: '/(learn)/belajar/menjahit-dasar/ukuran-badan',
		act: async () => {}
	},
	// A lesson in steps (decision 022): a middle step, the last step (task and quiz), the whole module.
	...[
		['shipped-lesson-step-2', '?langkah=2'],
		['shipped-lesson-last-step', '?langkah=5'],
		['shipped-lesson-whole', '?langkah=semua']
	].map(([name, query]) => ({
		name,
		role: 'participant' as const,
		route: '/(learn)/belajar/menjahit-dasar/alat-dan-keselamatan',
		query,
		act: async () => {}
	})),
	{
		name: 'shipped-quiz-sewing',
		role: 'participant',
		route: '/(learn)/belajar/menjahit-dasar/alat-dan-keselamatan/kuis',
		act: async () => {}
	}
];

let site: ReturnType<typeof createSite> | undefined;

/**
 * One person of each role, a cohort, a course with a quiz of every question type and a result;
 * made once per test worker (the tests only read).
 */
export function setUpSite() {
	site ??= createSite().catch((error) => {
		site = undefined;
		throw error;
	});
	return site;
}

async function createSite() {
	const cohort = await createAuthoringCohort();
	const trainer = { id: cohort.trainer.id, role: 'trainer' };
	// A shipped course too, so lessons with real images are checked.
	const shipped = await db.course.findMany({
		where: { slug: { in: ['menjahit-dasar', 'branding-pemasaran-digital'] } },
		select: { id: true }
	});
	await db.cohortCourse.createMany({ data: shipped.map((course) => ({ cohortId: cohort.id, courseId: course.id })) });

	for (const [name, color] of [
		['rapi.png', '#2f7d32'],
		['kerut.png', '#b3261e']
	] as const) {
		const buffer = await sharp({ create: { width: 320, height: 200, channels: 3, background: color } })
			.png()
			.toBuffer();
		const prepared = await prepareUploadedImage(buffer, name);
		if (!prepared.ok) throw new Error(`fixture image ${name}: ${prepared.reason}`);
		await db.mediaAsset.create({
			data: {
				courseId: cohort.course.id,
				path: `gambar/${name.replace('.png', '.webp')}`,
				contentType: 'image/webp',
				bytes: new Uint8Array(prepared.webp),
				byteSize: prepared.webp.byteLength,
				width: prepared.width,
				height: prepared.height,
				sha256: createHash('sha256').update(prepared.webp).digest('hex'),
				createdById: trainer.id
			}
		});
	}
	const created = await createModule(trainer, cohort.course.slug, { title: 'Semua Jenis Soal', slug: 'semua-jenis-soal' });
	if (!created.ok) throw new Error(`fixture module: ${created.reason}`);
	const source = readFileSync('tests/fixtures/semua-jenis-soal.md', 'utf8');
	// Checked and published as the editor does, without its transaction: two test workers
	// setting up at once must not wait on each other's write lock.
	const checked = await checkModuleSource(source, {
		mediaBaseUrl: `/media/${cohort.course.slug}/`,
		images: { available: new Set(['gambar/rapi.webp', 'gambar/kerut.webp']) }
	});
	if (!checked.ok) throw new Error(`fixture module does not publish: ${JSON.stringify(checked.errors)}`);
	const moduleRow = await db.module.findFirstOrThrow({ where: { slug: created.slug, courseId: cohort.course.id }, select: { id: true } });
	await publishModuleVersion(db, { moduleId: moduleRow.id, source, module: checked.module, publishedById: trainer.id });

	const participant = await createParticipant(cohort.id, { level: 'menengah' });
	const version = await db.module.findFirstOrThrow({
		where: { slug: created.slug, course: { slug: cohort.course.slug } },
		select: { publishedVersionId: true, publishedVersion: { select: { quizJson: true } } }
	});
	const quiz = JSON.parse(version.publishedVersion!.quizJson) as {
		questions: { id: string; type: string; options?: { id: string }[]; steps?: { id: string }[] }[];
	};
	const fields = new Map<string, string[]>();
	for (const question of quiz.questions) {
		if (question.type === 'ordering') question.steps!.forEach((step, i) => fields.set(`q:${question.id}:${step.id}`, [String(i + 1)]));
		else if (question.type === 'numeric') fields.set(`q:${question.id}`, ['15.000']);
		else fields.set(`q:${question.id}`, [question.options![0].id]);
	}
	const attempt = await submitQuizAttempt({
		userId: participant.id,
		level: 'menengah',
		courseSlug: cohort.course.slug,
		moduleSlug: created.slug,
		versionId: version.publishedVersionId!,
		fields
	});
	if (!attempt.ok) throw new Error(`fixture attempt: ${attempt.reason}`);

	const tag = randomBytes(4).toString('hex');
	const admin = await db.user.create({
		data: { role: 'admin', name: `Admin ${tag}`, email: `admin-${tag}@contoh.test`, secretHash: await hashSecret('rahasia-admin-1') }
	});

	// Rows behind the pages of programs, enrollment, practical work, questions and certificates.
	const { programId } = await db.cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { programId: true } });
	const upload = await db.enrollmentImport.create({
		data: { cohortId: cohort.id, createdById: cohort.organizer.id, rowsJson: '[]', expiresAt: new Date(Date.now() + 3_600_000) }
	});
	const photoBytes = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#8d6e63' } })
		.webp()
		.toBuffer();
	const photoKey = newKey('tugas', 'webp');
	const previewKey = newKey('tugas', 'webp');
	await fileStore().put(photoKey, photoBytes);
	await fileStore().put(previewKey, photoBytes);
	const submission = await db.practicalSubmission.create({
		data: {
			userId: participant.id,
			moduleId: moduleRow.id,
			moduleVersionId: version.publishedVersionId!,
			cohortId: cohort.id,
			note: 'Ini hasil jahitan saya.',
			photos: {
				create: {
					position: 1,
					key: photoKey,
					byteSize: photoBytes.byteLength,
					width: 320,
					height: 240,
					previewKey,
					previewBytes: photoBytes.byteLength,
					previewWidth: 320,
					previewHeight: 240
				}
			}
		},
		select: { id: true, photos: { select: { id: true } } }
	});
	const questionKey = newKey('tanya', 'webp');
	await fileStore().put(questionKey, photoBytes);
	const question = await db.trainerQuestion.create({
		data: {
			userId: participant.id,
			cohortId: cohort.id,
			courseId: cohort.course.id,
			moduleId: moduleRow.id,
			body: 'Bagaimana cara memasang kancing supaya kuat?',
			photoKey: questionKey,
			photoWidth: 320,
			photoHeight: 240
		}
	});
	const code = encodeCertificateCode(randomBytes(10));
	await db.certificate.create({
		data: {
			code,
			userId: participant.id,
			courseId: cohort.course.id,
			programId,
			participantName: (await db.user.findUniqueOrThrow({ where: { id: participant.id }, select: { name: true } })).name,
			courseTitle: 'Kursus Tulis',
			programName: cohort.programName,
			organizerName: 'Penyelenggara',
			minutes: 30,
			completedAt: new Date(),
			pdf: new Uint8Array(Buffer.from('%PDF-1.4 fixture'))
		}
	});

	/** The value of every route param, for every route: one place. */
	const params: Record<string, string> = {
		course: cohort.course.slug,
		module: created.slug,
		cohort: cohort.id,
		attempt: attempt.attemptId,
		path: 'gambar/rapi.webp',
		program: programId,
		participant: participant.id,
		upload: upload.id,
		submission: submission.id,
		photo: submission.photos[0].id,
		question: question.id,
		code: groupedCertificateCode(code),
		kind: 'awal',
		file: 'peserta'
	};
	const people: Record<Role, string> = {
		participant: participant.id,
		trainer: cohort.trainer.id,
		organizer: cohort.organizer.id,
		admin: admin.id
	};
	/** Strings only this site's program shows: the tenant matrix looks for them in other programs' answers. */
	const markers = [
		participant.name,
		`Pelatih ${cohort.tag}`,
		`Penyelenggara ${cohort.tag}`,
		cohort.name,
		cohort.programName,
		cohort.joinCode,
		cohort.course.title,
		groupedCertificateCode(code),
		code
	];
	return { params, people, markers, participantPhone: participant.phone };
}

/**
 * A second, separate program with the same kinds of rows (its own organizer, trainer, cohort,
 * participant, course, attempt, photos, question and certificate), for the tenant matrix.
 */
export function setUpOtherProgram() {
	otherSite ??= createSite().catch((error) => {
		otherSite = undefined;
		throw error;
	});
	return otherSite;
}

let otherSite: ReturnType<typeof createSite> | undefined;

/** Logs a browser context in as one of the people, straight through the database. */
export async function enterAs(context: BrowserContext, baseURL: string, userId: string | undefined): Promise<void> {
	if (!userId) return;
	const token = session.generateSessionToken();
	await session.createSession(token, userId);
	await context.addCookies([{ name: session.SESSION_COOKIE_NAME, value: token, url: baseURL }]);
}
