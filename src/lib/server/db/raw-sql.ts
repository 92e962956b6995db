/**
 * Raw SQL for reports that must aggregate in the database (the ORM would load every row).
 * Prisma's tagged templates bind values as parameters on SQLite and PostgreSQL alike; the few
 * places where the two dialects differ have one function each here.
 */
import { randomBytes } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { Prisma } from '../../../generated/sqlite/client';
import { databaseKind, databaseUrl } from '#lib/server/db/url';

export const sql = Prisma.sql;
export const join = Prisma.join;
export const raw = Prisma.raw;
export const empty = Prisma.empty;
export type Sql = Prisma.Sql;

export function isPostgres(): boolean {
	return databaseKind(databaseUrl()) === 'postgres';
}

/** Whole minutes from one timestamp column expression to another. */
export function minutesBetween(from: Sql, to: Sql): Sql {
	return isPostgres()
		? sql`CAST(FLOOR(EXTRACT(EPOCH FROM (${to} - ${from})) / 60) AS INTEGER)`
		: sql`CAST((julianday(${to}) - julianday(${from})) * 1440 AS INTEGER)`;
}

/** The key/value rows of a JSON object held in a text column, as a FROM item named `alias`. */
export function jsonObjectEntries(column: Sql, alias: string): Sql {
	return isPostgres()
		? sql`CROSS JOIN LATERAL jsonb_each(${column}::jsonb) AS ${raw(alias)}`
		: sql`, json_each(${column}) AS ${raw(alias)}`;
}

/** A JSON value from jsonObjectEntries as text. */
export function jsonValueText(alias: string): Sql {
	return isPostgres() ? raw(`${alias}.value::text`) : raw(`${alias}.value`);
}

/** Counts and sums come back as bigint (or strings from some drivers); reports want numbers. */
export function toNumber(value: unknown): number {
	if (value === null || value === undefined) return 0;
	return typeof value === 'number' ? value : Number(value);
}

/**
 * An id for a row inserted with plain SQL, where Prisma's client-side cuid() default does not
 * run: 26 lowercase letters and digits (128 random bits), the shape route ids accept (src/params.ts).
 */
export function newRowId(): string {
	return encodeBase32LowerCaseNoPadding(randomBytes(16));
}
