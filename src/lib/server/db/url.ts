import path from 'node:path';

export type DatabaseKind = 'sqlite' | 'postgres';

export const DEFAULT_DATABASE_URL = 'file:./data/berdaya.db';

export function databaseUrl(): string {
	return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function databaseKind(url: string): DatabaseKind {
	return /^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite';
}

/** `file:./data/x.db` → absolute path; relative paths are taken from the working directory. */
export function sqliteFilePath(url: string): string {
	const withoutScheme = url.replace(/^file:/, '').split('?')[0];
	return path.resolve(withoutScheme);
}
