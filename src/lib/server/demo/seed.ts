/**
 * Demo data for the first start on an empty database: one program with an organizer, one
 * cohort with a trainer and a participant, enrolled in every imported course. Its passwords,
 * PIN and join code are made for this database when it is seeded and printed at start, never
 * written in README (issue 13: a published admin password on a fresh server). Tests fix them
 * through BERDAYA_DEMO_* variables. No demo data when NODE_ENV=production or BERDAYA_DEMO=0.
 */
import { db } from '#lib/server/db/client';
import * as account from '#lib/server/accounts/account';
import { checkNewPin, generateRandomCharacters, generateTemporaryPin, hashSecret } from '#lib/server/accounts/password';
import { normalizeIndonesianPhone } from '#lib/server/accounts/phone';
import { seedDemoOutcomes } from '#lib/server/demo/outcomes-seed';

export const DEMO_ACCOUNTS = {
	admin: { identifier: 'admin@berdaya.test', name: 'Admin Berdaya' },
	organizer: { identifier: 'penyelenggara@berdaya.test', name: 'Ibu Ratna (Penyelenggara)' },
	trainer: { identifier: 'pelatih@berdaya.test', name: 'Bu Sari (Pelatih)' },
	participant: { identifier: '0812-0000-0001', name: 'Siti Aminah' }
} as const;

export type DemoRole = keyof typeof DEMO_ACCOUNTS;
export type DemoSecrets = Record<DemoRole, string> & { joinCode: string };

type Env = Record<string, string | undefined>;

/** Demo data only when asked for or safe: never in production, never with BERDAYA_DEMO=0. */
export function demoDataAllowed(env: Env = process.env): boolean {
	return env.BERDAYA_DEMO !== '0' && env.NODE_ENV !== 'production';
}

/** 127.0.0.1, ::1, localhost: a server only this machine can reach. */
export function isLoopbackHost(host: string | undefined): boolean {
	const name = (host ?? '0.0.0.0')
		.trim()
		.toLowerCase()
		.replace(/^\[|\]$/g, '');
	return name === 'localhost' || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * Secrets for a new demo database: BERDAYA_DEMO_ADMIN_PASSWORD, …_ORGANIZER_PASSWORD,
 * …_TRAINER_PASSWORD, …_PARTICIPANT_PIN and …_JOIN_CODE when set (tests), random otherwise.
 */
export function demoSecrets(env: Env = process.env): DemoSecrets {
	const password = () => `demo-${generateRandomCharacters(PASSWORD_ALPHABET, 12)}`;
	const pin = env.BERDAYA_DEMO_PARTICIPANT_PIN ?? generateTemporaryPin();
	if (!checkNewPin(pin).ok) throw new Error('BERDAYA_DEMO_PARTICIPANT_PIN must be 6 digits that are not easily guessed');
	return {
		admin: env.BERDAYA_DEMO_ADMIN_PASSWORD ?? password(),
		organizer: env.BERDAYA_DEMO_ORGANIZER_PASSWORD ?? password(),
		trainer: env.BERDAYA_DEMO_TRAINER_PASSWORD ?? password(),
		participant: pin,
		joinCode: account.normalizeJoinCode(env.BERDAYA_DEMO_JOIN_CODE ?? '') || account.generateJoinCode()
	};
}

/** Whether this database holds the demo accounts (seeded now or at an earlier start). */
export async function hasDemoData(): Promise<boolean> {
	return (await db.user.count({ where: { email: DEMO_ACCOUNTS.admin.identifier } })) > 0;
}

/** Seeds only when the database has no users at all; returns whether it did. */
export async function seedDemoDataIfEmpty(secrets: DemoSecrets): Promise<boolean> {
	if ((await db.user.count()) > 0) return false;
	const staff = {} as Record<'admin' | 'organizer' | 'trainer', string>;
	for (const role of ['admin', 'organizer', 'trainer'] as const) {
		const login = DEMO_ACCOUNTS[role];
		const created = await account.createStaffUser({ role, name: login.name, email: login.identifier, password: secrets[role] });
		if (!created.ok) throw new Error(`demo ${role}: ${created.reason}`);
		staff[role] = created.user.id;
	}
	const courses = await db.course.findMany({ select: { id: true } });
	const phone = normalizeIndonesianPhone(DEMO_ACCOUNTS.participant.identifier);
	if (!phone.ok) throw new Error('demo participant phone');
	const program = await db.program.create({
		select: { id: true },
		data: {
			name: 'Program Contoh: Bangkit Berdaya Kabupaten Bandung',
			organizers: { create: { userId: staff.organizer } },
			cohorts: {
				create: {
					name: 'Kelompok Menjahit Cimahi 1',
					joinCode: secrets.joinCode,
					trainers: { create: { userId: staff.trainer } },
					courses: { create: courses.map((course) => ({ courseId: course.id })) },
					enrollments: {
						create: {
							enrolledBy: { connect: { id: staff.trainer } },
							user: {
								create: {
									role: 'participant',
									name: DEMO_ACCOUNTS.participant.name,
									phone: phone.e164,
									literacyLevel: 'dasar',
									secretHash: await hashSecret(secrets.participant)
								}
							}
						}
					}
				}
			}
		}
	});
	// A finished cohort with placement, pre-tests and check-ins, so the reports show something.
	await seedDemoOutcomes({ programId: program.id, trainerId: staff.trainer });
	// The demo trainer may edit the shipped courses in the browser.
	await db.courseEditor.createMany({ data: courses.map((course) => ({ courseId: course.id, userId: staff.trainer, role: 'editor' })) });
	return true;
}

export function describeDemoLogins(secrets: DemoSecrets): string {
	const rows = (Object.keys(DEMO_ACCOUNTS) as DemoRole[]).map(
		(role) => `  ${role.padEnd(12)} ${DEMO_ACCOUNTS[role].identifier.padEnd(28)} ${secrets[role]}`
	);
	return ['Demo logins (role, phone or email, PIN or password):', ...rows, `  join code for new participants: ${secrets.joinCode}`].join(
		'\n'
	);
}
