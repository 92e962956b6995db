/**
 * A prepared-statement cache for the SQLite driver. @prisma/adapter-better-sqlite3 7.10 calls
 * `db.prepare(sql).bind(args)` for every query, so SQLite compiles the same few statements again
 * on every request (13 % of the server's CPU under load, docs/benchmarks.md). better-sqlite3's
 * statements are reusable but can be bound only once, so the cache hands the adapter a small
 * object with the same shape that passes the arguments at run time instead.
 *
 * The cache is per connection, bounded, and only `.bind()` goes through it; every other use of a
 * statement sees better-sqlite3's own object.
 */
import Database from 'better-sqlite3';

type Statement = Database.Statement<unknown[]>;

const MAX_STATEMENTS = 500;
const caches = new WeakMap<Database.Database, Map<string, Statement>>();
let installed = false;

function cachedStatement(connection: Database.Database, sql: string, prepare: (sql: string) => Statement): Statement {
	let cache = caches.get(connection);
	if (!cache) caches.set(connection, (cache = new Map()));
	let statement = cache.get(sql);
	if (!statement) {
		statement = prepare(sql);
		cache.set(sql, statement);
		if (cache.size > MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
	}
	return statement;
}

/** The subset of a bound statement the adapter uses: reader, run(), columns(), raw().all(). */
function boundView(statement: Statement, args: unknown[]) {
	return {
		reader: statement.reader,
		run: () => statement.run(...args),
		columns: () => statement.columns(),
		raw: () => ({ all: () => statement.raw(true).all(...args) })
	};
}

/**
 * Makes `prepare(sql).bind(args)` reuse compiled statements on every better-sqlite3 connection
 * in this process. Transactions and multi-statement scripts (`exec`) are unaffected.
 */
export function installSqliteStatementCache(): void {
	if (installed) return;
	installed = true;
	const originalPrepare = Database.prototype.prepare;
	// The generic signature of `prepare` cannot be restated here; the replacement returns the
	// same statements, so the cast is sound.
	(Database.prototype as { prepare: unknown }).prepare = function prepareCached(this: Database.Database, sql: string) {
		const statement = cachedStatement(this, sql, (text) => originalPrepare.call(this, text) as Statement);
		// Statements used by better-sqlite3 itself or by other code keep their full API; only
		// `.bind(args)` is redirected to the reusable view.
		return new Proxy(statement, {
			get(target, property, receiver) {
				if (property === 'bind')
					return (...args: unknown[]) => boundView(target, args.length === 1 && Array.isArray(args[0]) ? args[0] : args);
				const value = Reflect.get(target, property, receiver);
				return typeof value === 'function' ? value.bind(target) : value;
			}
		});
	};
}
