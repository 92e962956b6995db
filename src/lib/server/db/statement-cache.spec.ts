import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { installSqliteStatementCache, postgresStatementName, withOpaqueParameters } from '#lib/server/db/statement-cache';

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
					bind(args: unknown[]): { reader: boolean; columns(): { name: string }[]; raw(): { all(): unknown[][] } };
				}
			).bind([id]);
		expect(select(1).reader).toBe(true);
		expect(select(1).raw().all()).toEqual([['Ani']]);
		expect(select(2).raw().all()).toEqual([['Budi']]);
		// The column list is read once per kept statement and handed out again.
		expect(
			select(1)
				.columns()
				.map((column) => column.name)
		).toEqual(['name']);
		expect(select(2).columns()).toBe(select(1).columns());
		// Plain use of a statement is untouched by the cache.
		expect(connection.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 2 });
		connection.close();
	});
});

describe('withOpaqueParameters', () => {
	it('writes each parameter +? and leaves quoted text, identifiers and comments alone', () => {
		expect(withOpaqueParameters('SELECT "a?" FROM t WHERE x = ? AND y IN (?, ?) LIMIT ?')).toBe(
			'SELECT "a?" FROM t WHERE x = +? AND y IN (+?, +?) LIMIT +?'
		);
		expect(withOpaqueParameters("SELECT 'it''s ?' AS q, [b?], `c?` FROM t WHERE z = ? -- ?\nAND w = ?")).toBe(
			"SELECT 'it''s ?' AS q, [b?], `c?` FROM t WHERE z = +? -- ?\nAND w = +?"
		);
		expect(withOpaqueParameters('SELECT /* ? */ ? + ?')).toBe('SELECT /* ? */ +? + +?');
		// Already opaque (the rule applied twice), or a text without parameters: unchanged.
		expect(withOpaqueParameters('SELECT +?')).toBe('SELECT +?');
		expect(withOpaqueParameters('BEGIN IMMEDIATE')).toBe('BEGIN IMMEDIATE');
		// A quote or comment left open runs to the end; SQLite refuses such a text itself.
		expect(withOpaqueParameters("SELECT 'open ?")).toBe("SELECT 'open ?");
	});

	it('keeps a statement compiled across runs with new values, where a bare parameter is compiled again each run', () => {
		installSqliteStatementCache();
		const connection = new Database(':memory:');
		connection.exec(`
			CREATE TABLE person (id TEXT PRIMARY KEY, name TEXT);
			CREATE TABLE visit (id TEXT PRIMARY KEY, personId TEXT, at TEXT);
			CREATE INDEX visit_person ON visit (personId, at);
			INSERT INTO person VALUES ('p1', 'Ani'), ('p2', 'Budi');
			INSERT INTO visit VALUES ('v1', 'p1', '2026-01-01'), ('v2', 'p2', '2026-01-02'), ('v3', 'p1', '2026-01-03');
		`);
		// better-sqlite3 builds the function that makes its row objects with Function() once per
		// compilation of a statement, so counting those calls counts compilations.
		const compilations = (run: (person: string) => unknown[]) => {
			const original = globalThis.Function;
			let calls = 0;
			globalThis.Function = new Proxy(original, {
				apply(target, self, args) {
					calls++;
					return Reflect.apply(target, self, args);
				}
			});
			try {
				for (const person of ['p1', 'p2', 'p1', 'p2', 'p1']) expect(run(person).length).toBeGreaterThan(0);
			} finally {
				globalThis.Function = original;
			}
			return calls;
		};
		const join = `SELECT v.id, p.name FROM visit v JOIN person p ON p.id = v.personId WHERE v.personId = `;
		// The control: a named parameter is not rewritten, and the planner's look at its value
		// has SQLite compile the statement again after each run's cleared bindings.
		const named = connection.prepare(`${join}@person ORDER BY v.at DESC`);
		expect(compilations((person) => named.all({ person }))).toBe(5);
		const positional = connection.prepare(`${join}? ORDER BY v.at DESC`);
		expect(compilations((person) => positional.all(person))).toBeLessThanOrEqual(1);
		expect(positional.all('p1')).toEqual([
			{ id: 'v3', name: 'Ani' },
			{ id: 'v1', name: 'Ani' }
		]);
		connection.close();
	});
});

describe('postgresStatementName', () => {
	it('gives one text one name, another text another, and stops naming past its bound', () => {
		const text = `SELECT 1 AS "n" -- ${Date.now()}`;
		const name = postgresStatementName(text);
		expect(name).toMatch(/^berdaya_\d+$/);
		expect(postgresStatementName(text)).toBe(name);
		expect(postgresStatementName(`${text} -- other`)).not.toBe(name);
		const names = Array.from({ length: 600 }, (_, index) => postgresStatementName(`SELECT ${index} -- ${Date.now()}`));
		expect(names.filter((value) => value === undefined).length).toBeGreaterThan(0);
		expect(new Set(names.filter(Boolean)).size).toBe(names.filter(Boolean).length);
	});
});
