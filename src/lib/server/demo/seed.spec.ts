import { describe, expect, it } from 'vitest';
import { demoDataAllowed, demoSecrets, describeDemoLogins, isLoopbackHost } from '#lib/server/demo/seed';
import { checkNewPin } from '#lib/server/accounts/password';
import { JOIN_CODE_ALPHABET, normalizeJoinCode } from '#lib/server/accounts/account';
import { messagesFor } from '#lib/i18n';

describe('demo data', () => {
	it('is never seeded in production or when switched off', () => {
		expect(demoDataAllowed({})).toBe(true);
		expect(demoDataAllowed({ BERDAYA_DEMO: '1' })).toBe(true);
		expect(demoDataAllowed({ BERDAYA_DEMO: '0' })).toBe(false);
		expect(demoDataAllowed({ NODE_ENV: 'production' })).toBe(false);
		expect(demoDataAllowed({ NODE_ENV: 'production', BERDAYA_DEMO: '1' })).toBe(false);
	});

	it('gets secrets made for each database, or the ones the environment fixes', () => {
		const first = demoSecrets({});
		const second = demoSecrets({});
		for (const key of ['admin', 'organizer', 'trainer', 'participant', 'joinCode'] as const) expect(first[key]).not.toBe(second[key]);
		expect(first.admin.length).toBeGreaterThanOrEqual(16);
		expect(checkNewPin(first.participant).ok).toBe(true);
		expect(first.joinCode).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
		const fixed = demoSecrets({
			BERDAYA_DEMO_ADMIN_PASSWORD: 'tetap-admin',
			BERDAYA_DEMO_PARTICIPANT_PIN: '592847',
			BERDAYA_DEMO_JOIN_CODE: 'e2ed-em0k'
		});
		expect([fixed.admin, fixed.participant, fixed.joinCode]).toEqual(['tetap-admin', '592847', 'E2ED-EM0K']);
		expect(() => demoSecrets({ BERDAYA_DEMO_PARTICIPANT_PIN: '123456' })).toThrow();
		const printed = describeDemoLogins(first);
		expect(printed).toContain(first.admin);
		expect(printed).toContain(first.joinCode);
	});

	it('warns unless the server listens on this machine only', () => {
		expect(['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.1.1'].map(isLoopbackHost)).toEqual([true, true, true, true, true]);
		expect([undefined, '0.0.0.0', '::', '192.168.1.5', 'berdaya.example'].map(isLoopbackHost)).toEqual([false, false, false, false, false]);
	});

	it('shows an example join code that can never be a real one', () => {
		for (const locale of ['id', 'en'] as const) {
			const example = normalizeJoinCode(messagesFor(locale).join.codeHint.split(': ')[1]);
			expect([...example.replace('-', '')].some((character) => !JOIN_CODE_ALPHABET.includes(character))).toBe(true);
		}
	});
});
