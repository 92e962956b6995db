import { LineCounter, parseDocument, isMap, isScalar, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { byPosition, contentError, type SourcePoint } from './messages';
import type { ContentError } from './types';

export interface FieldHint {
	id: string;
	en: string;
}

/**
 * YAML + zod with errors a trainer can act on: every problem located at a line of the file
 * (YAML positions are relative to the block, so they are shifted by `firstLine - 1`), and
 * messages written per field instead of zod's generic ones. Shared by module frontmatter
 * and course.yaml, which differ only in their fields and wording.
 */
export function validateYamlFields<Schema extends z.ZodObject>(
	text: string,
	{
		schema,
		hints,
		firstLine,
		anchorLine,
		codes
	}: {
		schema: Schema;
		hints: Record<string, FieldHint>;
		/** File line of the YAML's first line. */
		firstLine: number;
		/** Where errors without a line of their own (a missing field) point. */
		anchorLine: number;
		codes: 'frontmatter' | 'course';
	}
): { ok: true; data: z.output<Schema> } | { ok: false; errors: ContentError[] } {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const toFile = (offset: number): SourcePoint => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: firstLine + line - 1, column: col };
	};
	const anchor = { line: anchorLine, column: 1 };

	if (document.errors.length > 0) {
		return {
			ok: false,
			errors: document.errors.map((error) =>
				contentError(`${codes}.yaml`, toFile(error.pos[0]), { detail: error.message.split('\n')[0] })
			)
		};
	}
	if (document.contents !== null && !isMap(document.contents)) {
		return { ok: false, errors: [contentError(`${codes}.not-a-map`, anchor)] };
	}

	const parsed = schema.safeParse(document.toJS() ?? {});
	if (parsed.success) return { ok: true, data: parsed.data };

	const known = Object.keys(schema.shape).join(', ');
	const errors: ContentError[] = [];
	for (const issue of parsed.error.issues) {
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				errors.push(contentError(`${codes}.unknown-key`, keyPosition(document, key, toFile) ?? anchor, { key, known }));
			}
			continue;
		}
		const field = String(issue.path[0] ?? '');
		const hint = hints[field] ?? { id: '', en: '' };
		if (!document.has(field)) {
			// A missing field has no line of its own.
			errors.push(contentError(`${codes}.required`, anchor, { field, hint: hint.id }));
		} else {
			const at = valuePosition(document, issue.path, toFile) ?? anchor;
			errors.push(contentError(`${codes}.invalid`, at, { field, hint: hint.id, hintEn: hint.en }));
		}
	}
	return { ok: false, errors: errors.sort(byPosition) };
}

function keyPosition(document: Document, key: string, toFile: (offset: number) => SourcePoint) {
	if (!isMap(document.contents)) return undefined;
	const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
	const range = isNode(pair?.key) ? pair.key.range : undefined;
	return range ? toFile(range[0]) : undefined;
}

function valuePosition(document: Document, path: PropertyKey[], toFile: (offset: number) => SourcePoint) {
	// As deep as the YAML goes (objectives → item 2), else the nearest node above it.
	for (let depth = path.length; depth > 0; depth--) {
		const node = document.getIn(path.slice(0, depth) as (string | number)[], true);
		if (isNode(node) && node.range) return toFile(node.range[0]);
	}
	return undefined;
}
