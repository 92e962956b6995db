/**
 * Statements compiled once and kept, on both databases (decision 028).
 *
 * SQLite: a prepared-statement cache for the driver. @prisma/adapter-better-sqlite3 7.10 calls
 * `db.prepare(sql).bind(args)` for every query, so SQLite compiles the same few statements again
 * on every request (13 % of the server's CPU under load, docs/benchmarks.md). better-sqlite3's
 * statements are reusable but can be bound only once, so the cache hands the adapter a small
 * object with the same shape that passes the arguments at run time instead.
 *
 * The cache is per connection, bounded, and only `.bind()` goes through it; every other use of a
 * statement sees better-sqlite3's own object.
 *
 * A kept statement is only worth keeping if SQLite does not compile it again on every run, and
 * by itself it did (decision 028): every `?` is written `+?` before it is compiled.
 *
 * PostgreSQL: a bounded set of statement names (at the end of this file).
 */
import Database from 'better-sqlite3';

type Statement = Database.Statement<unknown[]>;

const MAX_STATEMENTS = 500;
const caches = new WeakMap<Database.Database, Map<string, Statement>>();
let installed = false;

/**
 * `text` with every `?` parameter outside quotes and comments written `+?`.
 *
 * SQLite's planner may read a bound value while it plans (since 3.45 it asks whether the value of
 * a `column = ?` filter is 0 or 1) and then marks the parameter: a new binding re-plans the
 * statement. better-sqlite3 clears the bindings after every run, and sqlite3_clear_bindings
 * expires every statement with a marked parameter, so each run parsed and planned its SQL again
 * (and, for rows as objects, rebuilt their constructor with `Function()`): a lesson view's five
 * statements took 154 µs instead of 27 µs. A unary plus is a no-op on every value and leaves
 * indexes usable, but the planner does not look through it, so nothing is marked and the
 * compiled plan is kept. One linear pass, at compile time only.
 */
export function withOpaqueParameters(text: string): string {
	let result = '';
	let copied = 0;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		let end: number;
		if (char === "'" || char === '"' || char === '`') end = text.indexOf(char, index + 1);
		else if (char === '[') end = text.indexOf(']', index + 1);
		else if (char === '-' && text[index + 1] === '-') end = text.indexOf('\n', index + 2);
		else if (char === '/' && text[index + 1] === '*') end = text.indexOf('*/', index + 2) + 1;
		else if (char === '?' && text[index - 1] !== '+') {
			result += `${text.slice(copied, index)}+`;
			copied = index;
			continue;
		} else continue;
		// Quoted text and comments are skipped whole; one left open runs to the end (SQLite refuses it).
		index = end <= 0 ? text.length : end;
	}
	return result + text.slice(copied);
}

function cachedStatement(connection: Database.Database, sql: string, prepare: (sql: string) => Statement): Statement {
	let cache = caches.get(connection);
	if (!cache) caches.set(connection, (cache = new Map()));
	let statement = cache.get(sql);
	if (!statement) {
		statement = prepare(withOpaqueParameters(sql));
		cache.set(sql, statement);
		if (cache.size > MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
	}
	return statement;
}

type Columns = ReturnType<Statement['columns']>;
const columnLists = new WeakMap<Statement, Columns>();

/**
 * A kept statement's columns, asked for on every read by the adapter: better-sqlite3 builds the
 * list anew each time (4 % of the CPU of an ORM-heavy page). A statement kept compiled
 * (decision 028) keeps its columns; the adapter only reads the list.
 */
function columnsOf(statement: Statement): Columns {
	let columns = columnLists.get(statement);
	if (!columns) columnLists.set(statement, (columns = Object.freeze(statement.columns()) as Columns));
	return columns;
}

/** The subset of a bound statement the adapter uses: reader, run(), columns(), raw().all(). */
function boundView(statement: Statement, args: unknown[]) {
	return {
		reader: statement.reader,
		run: () => statement.run(...args),
		columns: () => columnsOf(statement),
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

const postgresNames = new Map<string, string>();
/**
 * Each pooled connection keeps every named statement it prepared, so the set of texts is
 * bounded: the app's own queries (the ORM's and the lean ones) are a few hundred texts.
 */
const MAX_POSTGRES_NAMES = 500;

/**
 * A name for a statement's text on PostgreSQL, so each pooled connection prepares it once and
 * PostgreSQL keeps its parse and plan; an unnamed statement is parsed and planned on every run,
 * which cost the lesson page half its requests/s (decision 028). Used by the lean reads and
 * writes and, through the adapter's `statementNameGenerator`, by the ORM. Texts seen first get
 * names (the hot ones are seen at once); past the bound, say texts built from lists of varying
 * length, a statement runs unnamed as before.
 */
export function postgresStatementName(text: string): string | undefined {
	let name = postgresNames.get(text);
	if (!name && postgresNames.size < MAX_POSTGRES_NAMES) postgresNames.set(text, (name = `berdaya_${postgresNames.size + 1}`));
	return name;
}
