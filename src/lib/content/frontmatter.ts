import { z } from 'zod';
import { contentError } from './messages';
import type { ContentError, ModuleFrontmatter } from './types';
import { validateYamlFields, type FieldHint } from './yaml-fields';

const moduleFrontmatterSchema = z.strictObject({
	title: z.string().trim().min(1),
	summary: z.string().trim().min(1),
	minutes: z.int().positive(),
	objectives: z.array(z.string().trim().min(1)).optional(),
	mastery: z.int().min(1).max(100).default(70),
	practical_required: z.boolean().default(false),
	reveal_answers_after: z.int().min(1).max(20).default(3)
});

/** What each field should look like, said so a trainer can fix it without reading docs. */
const FIELD_HINTS: Record<string, FieldHint> = {
	title: { id: 'Tulis judul modul, misalnya "title: Alat dan Keselamatan".', en: 'Write the module title.' },
	summary: { id: 'Tulis satu kalimat ringkasan isi modul.', en: 'Write a one-sentence summary.' },
	minutes: {
		id: 'Tulis perkiraan lama belajar dalam menit, angka bulat lebih dari 0, misalnya "minutes: 15".',
		en: 'Write the estimated minutes as a whole number above 0, e.g. "minutes: 15".'
	},
	objectives: {
		id: 'Tulis tujuan belajar sebagai daftar, setiap baris dimulai dengan "- ".',
		en: 'Write the objectives as a list, each line starting with "- ".'
	},
	mastery: {
		id: 'Tulis nilai lulus kuis dalam persen, angka 1 sampai 100, misalnya "mastery: 70".',
		en: 'Write the pass mark in percent, 1 to 100, e.g. "mastery: 70".'
	},
	practical_required: {
		id: 'Tulis "true" kalau modul ini wajib tugas praktik, atau "false" kalau tidak.',
		en: 'Write true if the module requires a practical task, otherwise false.'
	},
	reveal_answers_after: {
		id: 'Tulis setelah percobaan ke berapa jawaban yang benar ditunjukkan, angka 1 sampai 20, misalnya "reveal_answers_after: 3".',
		en: 'Write after which attempt the right answers are shown, 1 to 20, e.g. "reveal_answers_after: 3".'
	}
};

export interface FrontmatterBlock {
	/** The YAML text between the --- lines. */
	value: string;
	/** Line of the opening --- in the file. */
	startLine: number;
}

export function parseModuleFrontmatter(
	block: FrontmatterBlock | undefined
): { ok: true; frontmatter: ModuleFrontmatter } | { ok: false; errors: ContentError[] } {
	if (!block) return { ok: false, errors: [contentError('frontmatter.missing', { line: 1, column: 1 })] };
	const result = validateYamlFields(block.value, {
		schema: moduleFrontmatterSchema,
		hints: FIELD_HINTS,
		firstLine: block.startLine + 1,
		anchorLine: block.startLine,
		codes: 'frontmatter'
	});
	if (!result.ok) return result;
	const { title, summary, minutes, objectives, mastery, practical_required, reveal_answers_after } = result.data;
	return {
		ok: true,
		frontmatter: {
			title,
			summary,
			minutes,
			objectives: objectives ?? [],
			mastery,
			practicalRequired: practical_required,
			revealAnswersAfter: reveal_answers_after
		}
	};
}
