import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { db } from '#lib/server/db/client';
import { databaseKind, databaseUrl, sqliteFilePath } from '#lib/server/db/url';
import { WriteQueue } from '#lib/server/db/write-queue';

const onSqlite = databaseKind(databaseUrl()) === 'sqlite';

async function trainer() {
	return db.user.create({
		data: { role: 'trainer', name: 'Uji', email: `uji-${randomBytes(4).toString('hex')}@contoh.test`, secretHash: 'x' },
		select: { id: true }
	});
}

describe('WriteQueue', () => {
	it('gives the turn in the order it was asked for, one at a time', async () => {
		const queue = new WriteQueue();
		const order: string[] = [];
		let inside = 0;
		let most = 0;
		await Promise.all(
			['a', 'b', 'c', 'd'].map(async (name) => {
				const release = await queue.acquire();
				inside++;
				most = Math.max(most, inside);
				order.push(name);
				await new Promise((resolve) => setTimeout(resolve, 2));
				inside--;
				release();
			})
		);
		expect(order).toEqual(['a', 'b', 'c', 'd']);
		expect(most).toBe(1);
		expect(queue.pending).toBe(0);
	});
});

describe('writes through the app client', () => {
	it('runs many transactions that read then write, at once, without one refused', async () => {
		const user = await trainer();
		const key = randomBytes(4).toString('hex');
		// Each reads the count and then writes: with deferred transactions two of these on one
		// SQLite file could be refused at the write; taking turns they all pass, on both databases.
		await Promise.all(
			Array.from({ length: 20 }, () =>
				db.$transaction(async (tx) => {
					const before = await tx.loginAttempt.count({ where: { scope: 'account', key } });
					await tx.loginAttempt.create({ data: { scope: 'account', key: `${key}`, createdAt: new Date(Date.now() + before) } });
				})
			)
		);
		expect(await db.loginAttempt.count({ where: { scope: 'account', key } })).toBe(20);
		await db.user.delete({ where: { id: user.id } });
	});

	it('rolls back a failing transaction alone, while the writes around it are kept', async () => {
		const key = randomBytes(4).toString('hex');
		const results = await Promise.allSettled(
			Array.from({ length: 12 }, (_, index) =>
				index % 4 === 3
					? db.$transaction(async (tx) => {
							await tx.loginAttempt.create({ data: { scope: 'account', key: `${key}-lost` } });
							throw new Error('changed my mind');
						})
					: db.loginAttempt.create({ data: { scope: 'account', key } })
			)
		);
		expect(results.filter((result) => result.status === 'rejected')).toHaveLength(3);
		expect(await db.loginAttempt.count({ where: { scope: 'account', key } })).toBe(9);
		expect(await db.loginAttempt.count({ where: { scope: 'account', key: `${key}-lost` } })).toBe(0);
	});

	it('does not show a transaction half done to a read of another request', async () => {
		const user = await trainer();
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		let inside!: () => void;
		const started = new Promise<void>((resolve) => (inside = resolve));
		const writing = db.$transaction(async (tx) => {
			await tx.user.update({ where: { id: user.id }, data: { name: 'Setengah jalan' } });
			inside();
			await held;
		});
		await started;
		expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } })).name).toBe('Uji');
		release();
		await writing;
		expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } })).name).toBe('Setengah jalan');
	});

	it.runIf(onSqlite)('waits for a lock held outside the app without stopping the process', async () => {
		const user = await trainer();
		// Another process (a CLI import, a backup) holding SQLite's write lock.
		const outside = new Database(sqliteFilePath(databaseUrl()));
		outside.prepare('BEGIN IMMEDIATE').run();
		const ticks: number[] = [];
		const ticker = setInterval(() => ticks.push(Date.now()), 5);
		try {
			const write = db.user.update({ where: { id: user.id }, data: { name: 'Sesudah' } });
			await new Promise((resolve) => setTimeout(resolve, 200));
			// The event loop kept running while the write waited (a busy handler would freeze it).
			expect(ticks.length).toBeGreaterThan(10);
			// And reads go on meanwhile.
			expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } })).name).toBe('Uji');
			outside.prepare('COMMIT').run();
			await write;
		} finally {
			clearInterval(ticker);
			if (outside.inTransaction) outside.prepare('ROLLBACK').run();
			outside.close();
		}
		expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } })).name).toBe('Sesudah');
	});
});
