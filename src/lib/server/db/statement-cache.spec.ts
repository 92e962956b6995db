import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { installSqliteStatementCache } from '#lib/server/db/statement-cache';

describe('installSqliteStatementCache', () => {
	it('reuses one compiled statement for the same SQL and still binds each call its own arguments', () => {
		installSqliteStatementCache();
		const connection = new Database(':memory:');
		connection.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)');
		for (const [id, name] of [
			[1, 'Ani'],
			[2, 'Budi']
		] as const) {
			(connection.prepare('INSERT INTO t (id, name) VALUES (?, ?)') as unknown as { bind(args: unknown[]): { run(): unknown } })
				.bind([id, name])
				.run();
		}
		const select = (id: number) =>
			(
				connection.prepare('SELECT name FROM t WHERE id = ?') as unknown as {
					bind(args: unknown[]): { reader: boolean; raw(): { all(): unknown[][] } };
				}
			).bind([id]);
		expect(select(1).reader).toBe(true);
		expect(select(1).raw().all()).toEqual([['Ani']]);
		expect(select(2).raw().all()).toEqual([['Budi']]);
		// Plain use of a statement is untouched by the cache.
		expect(connection.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 2 });
		connection.close();
	});
});
