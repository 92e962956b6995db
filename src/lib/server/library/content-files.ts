/**
 * Files of the shipped content library (content/…) that may be absent: a missing course.yaml,
 * module or placement part is a problem to report with its file and line, not a crash.
 */
import fs from 'node:fs/promises';
import type { ContentError, LocalizedMessage } from '#lib/content/types';

/** A module source larger than this is refused before parsing, in the importer and the editor. */
export const MAX_MODULE_BYTES = 1024 * 1024;

export interface LibraryProblem {
	file: string;
	line: number;
	column: number;
	code: string;
	message: LocalizedMessage;
}

/** The file's text, or undefined when there is no such file. */
export async function readIfExists(file: string): Promise<string | undefined> {
	try {
		return await fs.readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/** The file's size in bytes, or undefined when there is no such file. */
export async function sizeIfExists(file: string): Promise<number | undefined> {
	try {
		return (await fs.stat(file)).size;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/** Problems of one file, with the file named so the trainer knows where to look. */
export function located(file: string, problems: ContentError[]): LibraryProblem[] {
	return problems.map(({ line, column, code, message }) => ({ file, line, column, code, message }));
}
