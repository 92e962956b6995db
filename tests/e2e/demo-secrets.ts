/**
 * The demo data's secrets for e2e runs: fixed here and handed to the server through
 * BERDAYA_DEMO_* (playwright.config.ts), because a normal start makes random ones.
 */
export const DEMO_SECRETS = {
	admin: 'e2e-admin-rahasia',
	organizer: 'e2e-penyelenggara-rahasia',
	trainer: 'e2e-pelatih-rahasia',
	participant: '592847',
	joinCode: 'E2ED-EM0K'
} as const;

export const DEMO_ENV = {
	BERDAYA_DEMO: '1',
	BERDAYA_DEMO_ADMIN_PASSWORD: DEMO_SECRETS.admin,
	BERDAYA_DEMO_ORGANIZER_PASSWORD: DEMO_SECRETS.organizer,
	BERDAYA_DEMO_TRAINER_PASSWORD: DEMO_SECRETS.trainer,
	BERDAYA_DEMO_PARTICIPANT_PIN: DEMO_SECRETS.participant,
	BERDAYA_DEMO_JOIN_CODE: DEMO_SECRETS.joinCode
};
