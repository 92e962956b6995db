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
 * - Writes that queue up in one process commit together (group commit, see startTransaction):
 *   one fsync for many answers, and nothing acknowledged before its group is on disk.
 */
import type Database from 'better-sqlite3';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';
import { createClusterTurns, WRITE_WAIT_MS, WriteQueue, WriteTimeoutError } from '#lib/server/db/write-queue';

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
	const busyTimeout = busyTimeoutOf(connection);
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

/** A connection's own busy timeout, read once: a pragma call costs more than the BEGIN itself. */
const busyTimeouts = new WeakMap<Database.Database, number>();
function busyTimeoutOf(connection: Database.Database): number {
	let timeout = busyTimeouts.get(connection);
	if (timeout === undefined) {
		timeout = connection.pragma('busy_timeout', { simple: true }) as number;
		busyTimeouts.set(connection, timeout);
	}
	return timeout;
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

/** A group commit ends after this many transactions or this long, whichever comes first. */
const MAX_GROUP = 64;
const MAX_GROUP_MS = 50;

type Group = {
	releaseCluster: (() => void) | null;
	waiting: { resolve: () => void; reject: (error: unknown) => void }[];
	count: number;
	startedAt: number;
};

const noArgs = { args: [], argTypes: [] };

class SingleWriterAdapter implements SqlDriverAdapter {
	readonly provider = 'sqlite' as const;
	readonly adapterName: string;
	#reader: InnerAdapter;
	#writer: InnerAdapter;
	#local = new WriteQueue();
	#cluster = createClusterTurns();
	#group: Group | null = null;
	#savepoints = 0;

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

	/** One statement (or a lean transaction's work) outside Prisma's transactions: a transaction of one, in the same turn and group. */
	async #writeAlone<T>(write: () => Promise<T>): Promise<T> {
		const transaction = await this.startTransaction();
		let result: T;
		try {
			result = await write();
		} catch (error) {
			await transaction.executeRaw({ sql: 'ROLLBACK', ...noArgs });
			await transaction.rollback();
			throw error;
		}
		await transaction.executeRaw({ sql: 'COMMIT', ...noArgs });
		await transaction.commit();
		return result;
	}

	/**
	 * Group commit: transactions of this process that queue while one runs join the same SQLite
	 * transaction, each inside its own savepoint, and the group commits once (one fsync) when the
	 * queue is empty, MAX_GROUP joined, or MAX_GROUP_MS passed. A member's commit resolves only
	 * after the group's COMMIT, so nothing is acknowledged before it is durable; if that COMMIT
	 * fails, every member's commit fails. A member that rolls back undoes only its savepoint.
	 */
	async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
		// Like the adapter it wraps: SQLite transactions are serializable and nothing else.
		if (isolationLevel && isolationLevel !== 'SERIALIZABLE') return this.#writer.startTransaction(isolationLevel);
		const releaseLocal = await this.#local.acquire();
		const connection = this.#writer.client;
		try {
			if (!this.#group) {
				const releaseCluster = this.#cluster ? await this.#cluster() : null;
				try {
					await beginImmediate(connection);
				} catch (error) {
					releaseCluster?.();
					throw error;
				}
				this.#group = { releaseCluster, waiting: [], count: 0, startedAt: Date.now() };
			}
			this.#group.count++;
		} catch (error) {
			releaseLocal();
			throw error;
		}
		const savepoint = `berdaya_write_${this.#savepoints++}`;
		connection.prepare(`SAVEPOINT ${savepoint}`).run();
		const writer = this.#writer;
		let ended = false;
		const end = (outcome: 'commit' | 'rollback') => {
			if (ended) return;
			ended = true;
			if (!connection.inTransaction) return;
			if (outcome === 'rollback') connection.prepare(`ROLLBACK TO ${savepoint}`).run();
			connection.prepare(`RELEASE ${savepoint}`).run();
		};
		return {
			provider: this.provider,
			adapterName: this.adapterName,
			// Prisma sends COMMIT or ROLLBACK as a statement, then calls commit() or rollback().
			options: { usePhantomQuery: false },
			queryRaw: (query) => writer.queryRaw(query),
			executeRaw: async (query) => {
				if (query.sql === 'COMMIT' || query.sql === 'ROLLBACK') {
					end(query.sql === 'COMMIT' ? 'commit' : 'rollback');
					return 0;
				}
				return writer.executeRaw(query);
			},
			commit: () => {
				end('commit');
				const durable = new Promise<void>((resolve, reject) => this.#group?.waiting.push({ resolve, reject }));
				this.#passTurn(releaseLocal);
				return durable;
			},
			rollback: async () => {
				end('rollback');
				this.#passTurn(releaseLocal);
			},
			createSavepoint: async (name) => void (await writer.executeRaw({ sql: `SAVEPOINT ${name}`, ...noArgs })),
			rollbackToSavepoint: async (name) => void (await writer.executeRaw({ sql: `ROLLBACK TO ${name}`, ...noArgs })),
			releaseSavepoint: async (name) => void (await writer.executeRaw({ sql: `RELEASE SAVEPOINT ${name}`, ...noArgs }))
		};
	}

	/**
	 * A write turn without Prisma's transaction machinery (db/lean-write.ts, decision 027): `work`
	 * runs on the writer connection inside its own savepoint of this process's write group, exactly
	 * like a transaction from startTransaction, and the promise settles after the group's COMMIT.
	 */
	leanWrite<T>(work: (connection: Database.Database) => Promise<T>): Promise<T> {
		return this.#writeAlone(() => work(this.#writer.client));
	}

	/** The next transaction of this process joins the group, or the group commits first. */
	#passTurn(releaseLocal: () => void): void {
		const group = this.#group!;
		const connection = this.#writer.client;
		const join =
			connection.inTransaction && this.#local.pending > 0 && group.count < MAX_GROUP && Date.now() - group.startedAt < MAX_GROUP_MS;
		if (!join) {
			this.#group = null;
			let failure: unknown = null;
			try {
				if (connection.inTransaction) connection.prepare('COMMIT').run();
				else failure = new Error('the write group was rolled back by SQLite');
			} catch (error) {
				failure = error;
				if (connection.inTransaction) connection.prepare('ROLLBACK').run();
			}
			group.releaseCluster?.();
			for (const member of group.waiting) {
				if (failure) member.reject(failure);
				else member.resolve();
			}
		}
		releaseLocal();
	}

	async dispose(): Promise<void> {
		await Promise.all([this.#reader.dispose(), this.#writer.dispose()]);
	}
}

/** The adapter each file's client connected through, for lean writes in the same write turns. */
const connectedWriters = new Map<string, SingleWriterAdapter>();

/** The connected adapter of the client for `file`, or undefined before its first query. */
export function connectedWriter(file: string): Pick<SingleWriterAdapter, 'leanWrite'> | undefined {
	return connectedWriters.get(file);
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
			const adapter = new SingleWriterAdapter(reader as InnerAdapter, writer as InnerAdapter);
			connectedWriters.set(file, adapter);
			return adapter;
		}
	};
}
