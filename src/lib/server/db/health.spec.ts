import { describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import { checkHealth } from '#lib/server/db/health';
import { MIGRATIONS_TABLE } from '#lib/server/db/migration-files';

describe('checkHealth', () => {
	it('is ok on a migrated database, and says how many migrations are pending when one has not run', async () => {
		expect(await checkHealth()).toEqual({ ok: true, database: 'ok', pendingMigrations: 0 });
		const [latest] = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM "${MIGRATIONS_TABLE}" ORDER BY name DESC LIMIT 1`);
		await db.$executeRawUnsafe(`DELETE FROM "${MIGRATIONS_TABLE}" WHERE name = '${latest.name.replace(/'/g, '')}'`);
		expect(await checkHealth()).toEqual({ ok: false, database: 'ok', pendingMigrations: 1 });
	});
});
