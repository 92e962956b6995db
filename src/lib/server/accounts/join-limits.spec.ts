import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import { joinSucceeded, MAX_FAILED_JOINS_PER_ADDRESS, MAX_FAILED_JOINS_PER_CODE, startJoinAttempt } from '#lib/server/accounts/join-limits';

const address = () => `198.51.${randomInt(256)}.${randomInt(256)}`;
const code = () => `T${randomInt(1e6)}-CODE`;

async function fill(scope: 'join-address' | 'join-code', key: string, count: number) {
	await db.loginAttempt.createMany({ data: Array.from({ length: count }, () => ({ scope, key })) });
}

describe('join limits', () => {
	it('limits failed joins per address and per code, and forgets a successful join', async () => {
		const from = address();
		await fill('join-address', from, MAX_FAILED_JOINS_PER_ADDRESS - 1);
		const last = await startJoinAttempt(from, code());
		expect(last.verdict).toBe('ok');
		expect((await startJoinAttempt(from, code())).verdict).toBe('limited');
		expect((await startJoinAttempt(address(), code())).verdict).toBe('ok');

		const guessed = code();
		await fill('join-code', guessed.toUpperCase(), MAX_FAILED_JOINS_PER_CODE);
		expect((await startJoinAttempt(address(), guessed.toLowerCase())).verdict).toBe('limited');

		const other = address();
		const joined = await startJoinAttempt(other, code());
		if (joined.verdict !== 'ok') throw new Error('limited');
		await joinSucceeded(joined.ids);
		expect(await db.loginAttempt.count({ where: { scope: 'join-address', key: other } })).toBe(0);
	});
});
