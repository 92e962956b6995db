import { z } from 'zod';
import { contentError } from './messages';
import type { ContentError } from './types';
import { validateYamlFields, type FieldHint } from './yaml-fields';

/** Folder and file names double as URL segments and as identities across imports. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CourseManifest {
	title: string;
	summary: string;
	/** Module slugs (file names without .md) in the order participants take them. */
	modules: string[];
}

const courseManifestSchema = z.strictObject({
	title: z.string().trim().min(1),
	summary: z.string().trim().min(1),
	modules: z.array(z.string().trim().regex(SLUG)).min(1)
});

const FIELD_HINTS: Record<string, FieldHint> = {
	title: { id: 'Tulis judul kursus, misalnya "title: Menjahit Dasar".', en: 'Write the course title.' },
	summary: { id: 'Tulis satu atau dua kalimat tentang isi kursus.', en: 'Write one or two sentences about the course.' },
	modules: {
		id: 'Tulis daftar nama file modul tanpa .md, urut dari yang pertama dipelajari, setiap baris dimulai dengan "- ".',
		en: 'List the module file names without .md, in learning order, each line starting with "- ".'
	}
};

/** Parse `course.yaml`. Repeated module names are an error: position must be unambiguous. */
export function parseCourseManifest(
	source: string
): { ok: true; manifest: CourseManifest } | { ok: false; errors: ContentError[] } {
	const result = validateYamlFields(source, {
		schema: courseManifestSchema,
		hints: FIELD_HINTS,
		firstLine: 1,
		anchorLine: 1,
		codes: 'course'
	});
	if (!result.ok) return result;
	const seen = new Set<string>();
	const errors: ContentError[] = [];
	for (const slug of result.data.modules) {
		if (seen.has(slug)) errors.push(contentError('course.module-repeated', manifestModuleLine(source, slug, 2), { slug }));
		seen.add(slug);
	}
	if (errors.length > 0) return { ok: false, errors };
	return { ok: true, manifest: result.data };
}

/** Where `- slug` is written in course.yaml (its nth occurrence), for errors about that module. */
export function manifestModuleLine(source: string, slug: string, occurrence = 1): { line: number; column: number } {
	let found = 0;
	for (const [index, line] of source.split('\n').entries()) {
		const match = /^(\s*-\s*)(\S+)\s*$/.exec(line);
		if (match?.[2] === slug && ++found === occurrence) return { line: index + 1, column: match[1].length + 1 };
	}
	return { line: 1, column: 1 };
}
