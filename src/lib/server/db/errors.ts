/**
 * A unique index refused the write (Prisma's P2002): someone else took the slug, the phone
 * number or the file name first. Checked by its code, not `instanceof`: the SQLite and
 * PostgreSQL clients are separate generated packages with separate error classes.
 */
export function isUniqueViolation(error: unknown): boolean {
	return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';
}
