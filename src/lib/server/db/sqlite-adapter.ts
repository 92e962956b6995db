/**
 * The SQLite driver adapter the app uses: @prisma/adapter-better-sqlite3 on two connections to the
 * same file, one for reads and one for writes, with writes in turn (decision 019).
 *
 * - Reads outside a transaction go to the read connection. In WAL mode they never wait for a
 *   writer, and they never see another request's transaction half done (with one connection,
 *   a read from one request ran inside whatever transaction another request had open).
 * - Every write, a transaction or a single statement, first takes its turn (write-queue.ts),
 *   then opens with `BEGIN IMMEDIATE`: the write lock is taken before the first statement, so a
 *   transaction that reads and then writes can never be refused half-way (a deferred BEGIN
 *   upgrades its lock at the first write, which WAL refuses with SQLITE_BUSY when another
 *   connection wrote in between).
 * - If a process outside the server holds the lock, `BEGIN IMMEDIATE` is retried after short
 *   asynchronous pauses, so the process goes on serving while it waits.
 */
import type Database from 'better-sqlite3';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';
import { createWriteTurns, WRITE_WAIT_MS, WriteTimeoutError } from '#lib/server/db/write-queue';

/** Busy timeout of the read connection: reads wait only in rare moments (WAL recovery). */
const READ_BUSY_MS = 5_000;

type InnerAdapter = SqlDriverAdapter & { client: Database.Database };

function isBusy(error: unknown): boolean {
	const code = (error as { code?: unknown })?.code;
	return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `BEGIN IMMEDIATE` without the busy handler: a refusal comes back at once and is retried after
 * a pause (1, 2, 4 … at most 20 ms), until WRITE_WAIT_MS.
 */
export async function beginImmediate(connection: Database.Database, waitMs = WRITE_WAIT_MS): Promise<void> {
	const deadline = Date.now() + waitMs;
	const busyTimeout = connection.pragma('busy_timeout', { simple: true }) as number;
	for (let attempt = 0; ; attempt++) {
		connection.pragma('busy_timeout = 0');
		try {
			connection.prepare('BEGIN IMMEDIATE').run();
			return;
		} catch (error) {
			if (!isBusy(error)) throw error;
		} finally {
			connection.pragma(`busy_timeout = ${busyTimeout}`);
		}
		if (Date.now() >= deadline) throw new WriteTimeoutError();
		await pause(Math.min(20, 2 ** attempt));
	}
}

/** Statements that change nothing go to the read connection (better-sqlite3 asks SQLite). */
function isReadOnly(connection: Database.Database, sql: string): boolean {
	try {
		return connection.prepare(sql).readonly;
	} catch {
		// Not one statement SQLite can compile: the write connection reports the error as usual.
		return false;
	}
}

class SingleWriterAdapter implements SqlDriverAdapter {
	readonly provider = 'sqlite' as const;
	readonly adapterName: string;
	#reader: InnerAdapter;
	#writer: InnerAdapter;
	#turn = createWriteTurns();

	constructor(reader: InnerAdapter, writer: InnerAdapter) {
		this.#reader = reader;
		this.#writer = writer;
		this.adapterName = writer.adapterName;
	}

	queryRaw(query: SqlQuery) {
		if (isReadOnly(this.#reader.client, query.sql)) return this.#reader.queryRaw(query);
		return this.#writeAlone(() => this.#writer.queryRaw(query));
	}

	executeRaw(query: SqlQuery) {
		if (isReadOnly(this.#reader.client, query.sql)) return this.#reader.executeRaw(query);
		return this.#writeAlone(() => this.#writer.executeRaw(query));
	}

	executeScript(script: string) {
		return this.#writeAlone(() => this.#writer.executeScript(script));
	}

	/** One statement outside a transaction: the same turn and lock as a transaction of one. */
	async #writeAlone<T>(write: () => Promise<T>): Promise<T> {
		const release = await this.#turn();
		const connection = this.#writer.client;
		try {
			await beginImmediate(connection);
			try {
				const result = await write();
				connection.prepare('COMMIT').run();
				return result;
			} catch (error) {
				if (connection.inTransaction) connection.prepare('ROLLBACK').run();
				throw error;
			}
		} finally {
			release();
		}
	}

	async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
		// Like the adapter it wraps: SQLite transactions are serializable and nothing else.
		if (isolationLevel && isolationLevel !== 'SERIALIZABLE') return this.#writer.startTransaction(isolationLevel);
		const release = await this.#turn();
		try {
			await beginImmediate(this.#writer.client);
		} catch (error) {
			release();
			throw error;
		}
		const writer = this.#writer;
		// Prisma sends COMMIT or ROLLBACK itself (usePhantomQuery: false), then calls these.
		return {
			provider: this.provider,
			adapterName: this.adapterName,
			options: { usePhantomQuery: false },
			queryRaw: (query) => writer.queryRaw(query),
			executeRaw: (query) => writer.executeRaw(query),
			commit: async () => release(),
			rollback: async () => release(),
			createSavepoint: async (name) => void (await writer.executeRaw({ sql: `SAVEPOINT ${name}`, args: [], argTypes: [] })),
			rollbackToSavepoint: async (name) => void (await writer.executeRaw({ sql: `ROLLBACK TO ${name}`, args: [], argTypes: [] })),
			releaseSavepoint: async (name) => void (await writer.executeRaw({ sql: `RELEASE SAVEPOINT ${name}`, args: [], argTypes: [] }))
		};
	}

	async dispose(): Promise<void> {
		await Promise.all([this.#reader.dispose(), this.#writer.dispose()]);
	}
}

/** A Prisma adapter factory for the SQLite file at `file` (an absolute path). */
export function singleWriterSqlite(file: string): SqlDriverAdapterFactory {
	// The busy timeout of the write connection matters only for a statement that still meets a
	// lock after BEGIN IMMEDIATE (none should); waiting for the turn is the queue's job.
	const readers = new PrismaBetterSqlite3({ url: file, timeout: READ_BUSY_MS });
	const writers = new PrismaBetterSqlite3({ url: file, timeout: READ_BUSY_MS });
	return {
		provider: 'sqlite',
		adapterName: readers.adapterName,
		async connect() {
			const [reader, writer] = await Promise.all([readers.connect(), writers.connect()]);
			return new SingleWriterAdapter(reader as InnerAdapter, writer as InnerAdapter);
		}
	};
}
