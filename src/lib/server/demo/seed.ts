/**
 * Demo data for the first start on an empty database: one program with an organizer, one
 * cohort with a trainer and a participant, enrolled in every imported course. The logins are
 * printed at start and listed in README; a real deployment starts with BERDAYA_DEMO=0.
 */
import { db } from '#lib/server/db/client';
import * as account from '#lib/server/accounts/account';
import { hashSecret } from '#lib/server/accounts/password';
import { normalizeIndonesianPhone } from '#lib/server/accounts/phone';

export const DEMO_LOGINS = {
	admin: { identifier: 'admin@berdaya.test', secret: 'admin-berdaya-demo', name: 'Admin Berdaya' },
	organizer: { identifier: 'penyelenggara@berdaya.test', secret: 'penyelenggara-demo', name: 'Ibu Ratna (Penyelenggara)' },
	trainer: { identifier: 'pelatih@berdaya.test', secret: 'pelatih-demo', name: 'Bu Sari (Pelatih)' },
	participant: { identifier: '0812-0000-0001', secret: '381924', name: 'Siti Aminah' }
} as const;

export const DEMO_JOIN_CODE = 'JHT-7K2P';

/** Seeds only when the database has no users at all; returns whether it did. */
export async function seedDemoDataIfEmpty(): Promise<boolean> {
	if ((await db.user.count()) > 0) return false;
	const staff = {} as Record<'admin' | 'organizer' | 'trainer', string>;
	for (const role of ['admin', 'organizer', 'trainer'] as const) {
		const login = DEMO_LOGINS[role];
		const created = await account.createStaffUser({ role, name: login.name, email: login.identifier, password: login.secret });
		if (!created.ok) throw new Error(`demo ${role}: ${created.reason}`);
		staff[role] = created.user.id;
	}
	const courses = await db.course.findMany({ select: { id: true } });
	const phone = normalizeIndonesianPhone(DEMO_LOGINS.participant.identifier);
	if (!phone.ok) throw new Error('demo participant phone');
	await db.program.create({
		data: {
			name: 'Program Contoh: Bangkit Berdaya Kabupaten Bandung',
			organizers: { create: { userId: staff.organizer } },
			cohorts: {
				create: {
					name: 'Kelompok Menjahit Cimahi 1',
					joinCode: DEMO_JOIN_CODE,
					trainers: { create: { userId: staff.trainer } },
					courses: { create: courses.map((course) => ({ courseId: course.id })) },
					enrollments: {
						create: {
							enrolledBy: { connect: { id: staff.trainer } },
							user: {
								create: {
									role: 'participant',
									name: DEMO_LOGINS.participant.name,
									phone: phone.e164,
									literacyLevel: 'dasar',
									secretHash: await hashSecret(DEMO_LOGINS.participant.secret)
								}
							}
						}
					}
				}
			}
		}
	});
	// The demo trainer may edit the shipped courses in the browser.
	await db.courseEditor.createMany({ data: courses.map((course) => ({ courseId: course.id, userId: staff.trainer, role: 'editor' })) });
	return true;
}

export function describeDemoLogins(): string {
	const rows = Object.entries(DEMO_LOGINS).map(([role, login]) => `  ${role.padEnd(12)} ${login.identifier.padEnd(28)} ${login.secret}`);
	return ['Demo logins (role, phone or email, PIN or password):', ...rows, `  join code for new participants: ${DEMO_JOIN_CODE}`].join(
		'\n'
	);
}
