import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { db, disconnectDb } from '#lib/server/db/client';
import { backupDatabase, defaultBackupFile, restoreDatabase } from '#lib/server/db/backup';
import { databaseKind, databaseUrl } from '#lib/server/db/url';

const kind = databaseKind(databaseUrl());
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berdaya-backup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function makeUser(name: string, phone: string) {
	return db.user.create({ data: { name, phone, role: 'participant', secretHash: 'x' } });
}

describe(`backup and restore (${kind})`, () => {
	it('brings back data that was changed and deleted after the backup', async () => {
		const kept = await makeUser('Siti Aminah', '+6281200000101');
		const deleted = await makeUser('Rina Wati', '+6281200000102');
		const file = path.join(dir, kind === 'sqlite' ? 'one.db' : 'one.dump');
		const { bytes } = await backupDatabase(databaseUrl(), file);
		expect(bytes).toBeGreaterThan(0);

		await db.user.update({ where: { id: kept.id }, data: { name: 'Nama Diubah' } });
		await db.user.delete({ where: { id: deleted.id } });
		await makeUser('Sesudah Cadangan', '+6281200000103');

		// A restore replaces everything under the app: nothing may hold the database open.
		await disconnectDb();
		await restoreDatabase(databaseUrl(), file);

		const users = await db.user.findMany({
			where: { phone: { startsWith: '+62812000001' } },
			select: { name: true },
			orderBy: { phone: 'asc' }
		});
		expect(users.map((user) => user.name)).toEqual(['Siti Aminah', 'Rina Wati']);
	});

	it('never overwrites an existing backup, and refuses a file that is not a backup', async () => {
		const file = path.join(dir, 'exists.bin');
		fs.writeFileSync(file, 'not a database at all');
		await expect(backupDatabase(databaseUrl(), file)).rejects.toThrow(/exists already/);
		await expect(restoreDatabase(databaseUrl(), file)).rejects.toThrow(kind === 'sqlite' ? /not a SQLite backup/ : /not a pg_dump backup/);
		expect(await db.user.count()).toBeGreaterThanOrEqual(0);
	});

	it('names backups by database kind and time', () => {
		expect(defaultBackupFile('file:./data/x.db', new Date('2026-11-26T10:30:00.123Z'))).toBe(
			path.join('data', 'backups', 'berdaya-sqlite-20261126T103000Z.db')
		);
		expect(defaultBackupFile('postgresql://u@h/db', new Date('2026-11-26T10:30:00Z'))).toMatch(/berdaya-postgres-20261126T103000Z\.dump$/);
	});
});
