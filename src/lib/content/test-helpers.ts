import { parseModule } from './parse';
import type { ContentError, ParsedModule } from './types';

export const FRONTMATTER = `---
title: Alat Menjahit
summary: Mengenal alat dan cara aman memakainya.
minutes: 15
---
`;

/** A module with valid frontmatter around `body`; body line 1 is file line 6. */
export function moduleSource(body: string): string {
	return FRONTMATTER + body;
}

export function parseOk(source: string): ParsedModule {
	const result = parseModule(source);
	if (!result.ok) throw new Error(`expected a valid module, got ${JSON.stringify(result.errors, null, 2)}`);
	return result.module;
}

export function parseErrors(source: string): ContentError[] {
	const result = parseModule(source);
	if (result.ok) throw new Error('expected errors, the module parsed');
	return result.errors;
}

/** `code@line:column` for compact assertions. */
export function located(errors: ContentError[]): string[] {
	return errors.map((error) => `${error.code}@${error.line}:${error.column}`);
}
