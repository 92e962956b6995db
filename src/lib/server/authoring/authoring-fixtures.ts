/**
 * People and courses for the authoring specs, written straight to the test database. Test-only:
 * nothing in the app imports this file.
 */
import { randomBytes } from 'node:crypto';
import { db } from '#lib/server/db/client';
import type { Actor } from '#lib/server/authoring/authoring';

export const VALID_MODULE = `---
title: Memasang Kancing
summary: Cara memasang kancing baju dengan rapi.
minutes: 10
---
Teks untuk semua.

:::dasar
Teks dasar: jarum, benang, kancing.
:::

:::menengah
Teks menengah: ukur jarak kancing dulu.
:::

::::quiz
### Apa yang disiapkan dulu? {#siap}
- [x] Jarum dan benang
- [ ] Setrika

Penjelasan: Jarum dan benang dipakai untuk menjahit kancing.
::::
`;

/** Line 18 is the question; neither option is marked right. */
export const BROKEN_MODULE = VALID_MODULE.replace('- [x] Jarum dan benang', '- [ ] Jarum dan benang');

export async function createPerson(
	role: 'trainer' | 'organizer' | 'admin' | 'participant',
	extra: { email?: string; phone?: string } = {}
): Promise<Actor & { name: string }> {
	const tag = randomBytes(4).toString('hex');
	const user = await db.user.create({
		data: {
			role,
			name: `${role} ${tag}`,
			email: extra.email ?? `${role}-${tag}@contoh.test`,
			phone: extra.phone,
			secretHash: 'not-used-here'
		},
		select: { id: true, role: true, name: true }
	});
	return user;
}

/**
 * A course owned by `owner`, used by a cohort of a program that `organizer` runs, with
 * `participants` enrolled (each at their level).
 */
export async function createCourseWithCohort(owner: Actor, options: { organizer?: Actor; participants?: { id: string }[] } = {}) {
	const tag = randomBytes(4).toString('hex');
	const course = await db.course.create({
		data: {
			slug: `kursus-${tag}`,
			title: `Kursus ${tag}`,
			summary: 'Untuk tes.',
			editors: { create: { userId: owner.id, role: 'owner' } }
		},
		select: { id: true, slug: true }
	});
	const program = await db.program.create({
		data: { name: `Program ${tag}`, organizers: options.organizer ? { create: { userId: options.organizer.id } } : undefined },
		select: { id: true }
	});
	await db.cohort.create({
		data: {
			name: `Kelompok ${tag}`,
			joinCode: `T${tag}`.toUpperCase(),
			programId: program.id,
			courses: { create: { courseId: course.id } },
			enrollments: { create: (options.participants ?? []).map((participant) => ({ userId: participant.id })) }
		}
	});
	return course;
}
