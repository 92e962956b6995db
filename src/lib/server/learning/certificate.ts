/**
 * Course certificates: issued once when a participant completes a course, downloaded from the
 * course page, checked by anyone at /verifikasi/<code>, revoked by an organizer of the program.
 *
 * The PDF is made once, at issue, and its bytes are kept: a download is a read, never a render
 * (a few milliseconds of pdf-lib, once per participant and course; docs/decisions/013).
 */
import { getRandomValues } from 'node:crypto';
import { isUniqueViolation, readWinner } from '#lib/server/db/errors';
import { db, type DbTx } from '#lib/server/db/client';
import { courseOfParticipant, hasModuleNotRead, readCourseCompletion } from '#lib/server/learning/course';
import { makeCertificatePdf } from '#lib/server/learning/certificate-pdf';
import { encodeCertificateCode, groupedCertificateCode, normalizeCertificateCode } from '#lib/certificate-code';
import type { LiteracyLevel } from '#lib/content/types';

export function newCertificateCode(): string {
	return encodeCertificateCode(getRandomValues(new Uint8Array(10)));
}

/** Where clause: a certificate of one of this organizer's programs (admins: any). */
export function certificateOfOrganizer(user: { id: string; role: string }) {
	return user.role === 'admin' ? {} : { program: { organizers: { some: { userId: user.id } } } };
}

/** What the certificate says, read at issue time. Null when the participant is not in the course. */
async function certificateFacts(tx: DbTx, userId: string, courseId: string) {
	const [user, course, enrollment, progress] = await Promise.all([
		tx.user.findUnique({ where: { id: userId }, select: { name: true } }),
		tx.course.findUnique({
			where: { id: courseId },
			select: {
				title: true,
				modules: {
					where: { archivedAt: null, publishedVersionId: { not: null } },
					select: { publishedVersion: { select: { minutes: true } } }
				}
			}
		}),
		// The cohort through which the participant takes this course; the first one if several.
		tx.enrollment.findFirst({
			where: { userId, cohort: { courses: { some: { courseId } } } },
			orderBy: { createdAt: 'asc' },
			select: {
				cohort: {
					select: {
						program: {
							select: { id: true, name: true, organizers: { select: { user: { select: { name: true } } } } }
						}
					}
				}
			}
		}),
		tx.moduleProgress.findMany({
			where: { userId, module: { courseId, archivedAt: null } },
			select: { completedAt: true, readAt: true }
		})
	]);
	if (!user || !course || !enrollment) return null;
	const { program } = enrollment.cohort;
	// The day the last step was done; the trainer's acceptance of a practical task is not in
	// ModuleProgress, so issue time stands in when it is later.
	const lastStep = Math.max(0, ...progress.flatMap((row) => [row.completedAt?.getTime() ?? 0, row.readAt?.getTime() ?? 0]));
	return {
		participantName: user.name,
		courseTitle: course.title,
		minutes: course.modules.reduce((sum, module) => sum + (module.publishedVersion?.minutes ?? 0), 0),
		programId: program.id,
		programName: program.name,
		organizerName:
			program.organizers
				.map((organizer) => organizer.user.name)
				.sort()
				.join(', ') || program.name,
		lastStep
	};
}

export type IssueResult = { issued: true; code: string; created: boolean } | { issued: false; reason: 'not-complete' | 'not-enrolled' };

/**
 * Issues the certificate if the course is complete. Idempotent: a second call (or two at once)
 * returns the one certificate; the unique (userId, courseId) decides a race.
 */
export async function issueCertificateIfComplete(input: {
	userId: string;
	courseId: string;
	level: LiteracyLevel;
	/** The site's origin, for the link in the QR code. */
	origin: string;
	now?: Date;
}): Promise<IssueResult> {
	const existing = await db.certificate.findUnique({
		where: { userId_courseId: { userId: input.userId, courseId: input.courseId } },
		select: { code: true }
	});
	if (existing) return { issued: true, code: existing.code, created: false };
	if (await hasModuleNotRead(input.userId, input.courseId)) return { issued: false, reason: 'not-complete' };
	const completion = await readCourseCompletion(db, input.userId, input.level, input.courseId);
	if (!completion.complete) return { issued: false, reason: 'not-complete' };
	const facts = await certificateFacts(db, input.userId, input.courseId);
	if (!facts) return { issued: false, reason: 'not-enrolled' };
	const now = input.now ?? new Date();
	const completedAt = facts.lastStep > 0 && facts.lastStep <= now.getTime() ? new Date(facts.lastStep) : now;

	for (let tries = 0; tries < 3; tries++) {
		const code = newCertificateCode();
		const grouped = groupedCertificateCode(code);
		const pdf = await makeCertificatePdf({
			participantName: facts.participantName,
			courseTitle: facts.courseTitle,
			minutes: facts.minutes,
			completedAt,
			programName: facts.programName,
			organizerName: facts.organizerName,
			code: grouped,
			verifyUrl: `${input.origin}/verifikasi/${grouped}`
		});
		try {
			await db.certificate.create({
				data: {
					code,
					userId: input.userId,
					courseId: input.courseId,
					programId: facts.programId,
					participantName: facts.participantName,
					courseTitle: facts.courseTitle,
					programName: facts.programName,
					organizerName: facts.organizerName,
					minutes: facts.minutes,
					completedAt,
					pdf: Buffer.from(pdf)
				}
			});
			return { issued: true, code, created: true };
		} catch (error) {
			if (!isUniqueViolation(error)) throw error;
			const winner = await readWinner(
				() =>
					db.certificate.findUnique({
						where: { userId_courseId: { userId: input.userId, courseId: input.courseId } },
						select: { code: true }
					}),
				// A code collision (not another request's certificate) shows no row: draw again soon.
				2_000
			);
			if (winner) return { issued: true, code: winner.code, created: false };
			// Otherwise the random code collided (2^-80 per pair): draw another.
		}
	}
	throw new Error('could not draw a unique certificate code');
}

/** The same, for a course of the participant's named by its slug (after a quiz is passed). */
export async function issueCertificateForCourse(input: { userId: string; courseSlug: string; level: LiteracyLevel; origin: string }) {
	const course = await db.course.findFirst({
		where: { slug: input.courseSlug, ...courseOfParticipant(input.userId) },
		select: { id: true }
	});
	if (!course) return { issued: false, reason: 'not-enrolled' } satisfies IssueResult;
	return issueCertificateIfComplete({ userId: input.userId, courseId: course.id, level: input.level, origin: input.origin });
}

/** The participant's own certificate for a course, for the course page. */
export async function readCertificateOfParticipant(userId: string, courseId: string) {
	const certificate = await db.certificate.findUnique({
		where: { userId_courseId: { userId, courseId } },
		select: { code: true, revokedAt: true }
	});
	return certificate && { code: groupedCertificateCode(certificate.code), revoked: certificate.revokedAt !== null };
}

/** The stored PDF, only for its owner and only while it is valid. */
export async function readCertificatePdf(userId: string, courseSlug: string) {
	const certificate = await db.certificate.findFirst({
		where: { userId, course: { slug: courseSlug }, revokedAt: null },
		select: { pdf: true, code: true }
	});
	return certificate && { bytes: new Uint8Array(certificate.pdf), code: certificate.code };
}

/**
 * What the public verification page shows: valid or revoked, name, course, date, program.
 * Nothing else (no phone, no ids, no reason). Null for a malformed or unknown code alike.
 */
export async function verifyCertificate(input: string) {
	const code = normalizeCertificateCode(input);
	if (!code) return null;
	const certificate = await db.certificate.findUnique({
		where: { code },
		select: { participantName: true, courseTitle: true, completedAt: true, programName: true, revokedAt: true }
	});
	if (!certificate) return null;
	return {
		code: groupedCertificateCode(code),
		valid: certificate.revokedAt === null,
		participantName: certificate.participantName,
		courseTitle: certificate.courseTitle,
		completedAt: certificate.completedAt,
		programName: certificate.programName
	};
}

/** Certificates of the organizer's programs, newest first; `search` matches a name or a code. */
export async function listCertificatesForOrganizer(user: { id: string; role: string }, search = '') {
	const code = normalizeCertificateCode(search);
	const term = search.trim().slice(0, 100);
	// The organizer's programs first, then their certificates by (programId, issuedAt): written as
	// a relation filter, SQLite scanned and sorted every certificate of every program (60 ms at
	// size L, 132,000 certificates) to show the newest 100.
	const programs =
		user.role === 'admin'
			? {}
			: {
					programId: {
						in: (await db.programOrganizer.findMany({ where: { userId: user.id }, select: { programId: true } })).map(
							(row) => row.programId
						)
					}
				};
	const rows = await db.certificate.findMany({
		where: {
			...programs,
			...(code ? { code } : term ? { participantName: { contains: term } } : {})
		},
		orderBy: { issuedAt: 'desc' },
		take: 100,
		select: {
			code: true,
			participantName: true,
			courseTitle: true,
			programName: true,
			completedAt: true,
			revokedAt: true,
			revokedReason: true
		}
	});
	return rows.map((row) => ({ ...row, code: groupedCertificateCode(row.code) }));
}

export const REVOKE_REASON = { min: 5, max: 500 } as const;

export type RevokeResult = { ok: true } | { ok: false; reason: 'not-found' | 'already-revoked' };

/** Ownership is in the where: a code of another program's certificate is simply not found. */
export async function revokeCertificate(
	user: { id: string; role: string },
	input: { code: string; reason: string }
): Promise<RevokeResult> {
	const code = normalizeCertificateCode(input.code);
	if (!code) return { ok: false, reason: 'not-found' };
	const where = { code, ...certificateOfOrganizer(user) };
	const revoked = await db.certificate.updateMany({
		where: { ...where, revokedAt: null },
		data: { revokedAt: new Date(), revokedReason: input.reason, revokedById: user.id }
	});
	if (revoked.count === 1) return { ok: true };
	const exists = await db.certificate.findFirst({ where, select: { id: true } });
	return { ok: false, reason: exists ? 'already-revoked' : 'not-found' };
}
