import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../../generated/postgres/client';
import { isDatabaseUnavailable } from '#lib/server/db/unavailable';

/** Real errors from real drivers, not hand-made look-alikes: a port where nothing listens. */
const CLOSED = 'postgresql://postgres@127.0.0.1:1/berdaya';

describe('isDatabaseUnavailable', () => {
	it('recognises a PostgreSQL server that refuses connections, through pg and through Prisma', async () => {
		const client = new pg.Client({ connectionString: CLOSED, connectionTimeoutMillis: 1000 });
		const driverError = await client.connect().then(
			() => undefined,
			(error: unknown) => error
		);
		expect(isDatabaseUnavailable(driverError)).toBe(true);

		const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: CLOSED, connectionTimeoutMillis: 1000 }) });
		const prismaError = await prisma.$queryRawUnsafe('SELECT 1').then(
			() => undefined,
			(error: unknown) => error
		);
		await prisma.$disconnect();
		expect(prismaError).toBeDefined();
		expect(isDatabaseUnavailable(prismaError)).toBe(true);
	});

	// Seen under load while PostgreSQL refused connections (tests/faults/postgres.fault.ts): a
	// transaction waits for a connection the pool cannot open, and Prisma gives up with P2028.
	it.runIf(process.env.TEST_DATABASE === 'postgres')(
		'recognises a transaction that found no connection in time (P2028), but not one that ran too long',
		async () => {
			const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 1 }) });
			const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
			const holder = prisma.$transaction(() => sleep(1500), { timeout: 5_000 });
			await sleep(200);
			const waited = await prisma
				.$transaction(async () => undefined, { maxWait: 100 })
				.then(
					() => undefined,
					(error: unknown) => error
				);
			await holder;
			const expired = await prisma
				.$transaction(
					async (tx) => {
						await sleep(400);
						await tx.$queryRawUnsafe('SELECT 1');
					},
					{ timeout: 100 }
				)
				.then(
					() => undefined,
					(error: unknown) => error
				);
			await prisma.$disconnect();
			expect(waited).toMatchObject({ code: 'P2028' });
			expect(isDatabaseUnavailable(waited)).toBe(true);
			expect(expired).toMatchObject({ code: 'P2028' });
			expect(isDatabaseUnavailable(expired)).toBe(false);
		}
	);

	it('leaves bugs alone: a bad query or a plain error is not "unavailable"', () => {
		expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
		expect(isDatabaseUnavailable(Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }))).toBe(false);
		expect(isDatabaseUnavailable(undefined)).toBe(false);
		const looped: { message: string; cause?: unknown } = { message: 'wrapped' };
		looped.cause = looped;
		expect(isDatabaseUnavailable(looped)).toBe(false);
	});
});
