import { describe, expect, it } from 'vitest';
import { db } from '../../src/lib/server/db/client';
import { applyMigrations, migrationStatus, readMigrations } from './migrations';

describe('migrations', () => {
	it('leave the per-file test database fully migrated, and applying again changes nothing', async () => {
		const url = process.env.DATABASE_URL!;
		const kind = url.startsWith('postgres') ? 'postgres' : 'sqlite';
		const before = await migrationStatus(url);
		expect(before.pending).toEqual([]);
		expect(before.applied).toEqual(readMigrations(kind).map((m) => m.name));
		const again = await applyMigrations(url);
		expect(again.applied).toEqual(before.applied);
		// The tables the schema declares are really there.
		expect(await db.user.count()).toBe(0);
	});
});
