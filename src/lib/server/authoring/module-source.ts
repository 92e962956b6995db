/**
 * Small edits to a module's Markdown that the web editor makes for the trainer: the starter
 * text of a new module and a new title in the frontmatter. Plain text in, plain text out; the
 * parser (src/lib/content) stays the only judge of whether a module is valid.
 */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

const FRONTMATTER = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/;

/** Browsers send a textarea's line breaks as CRLF; the stored Markdown uses LF only. */
export function normalizeNewlines(source: string): string {
	return source.replace(/\r\n?/g, '\n');
}

/** `title: …` as YAML writes it: plain when that is safe, quoted when the title has ": " or "#" and the like. */
function titleLine(title: string): string {
	return stringifyYaml({ title }, { lineWidth: 0 }).trimEnd();
}

/**
 * A new module that already parses, so the trainer starts from something that works and
 * sees each part of the format once: frontmatter, a paragraph, a level block, a quiz question.
 */
export function starterModuleSource(title: string): string {
	return `---
${titleLine(title)}
summary: Tulis di sini satu kalimat tentang isi modul ini.
minutes: 10
---

Tulis isi modul di sini. Pakai kalimat pendek dan kata sehari-hari.
Teks di luar blok tingkat dibaca oleh semua peserta.

:::dasar
Teks di dalam blok ini hanya untuk peserta tingkat dasar. Hapus blok ini kalau tidak perlu.
:::

::::quiz
### Contoh soal: apa yang Anda pelajari di modul ini?
- [x] Jawaban yang benar, ditandai dengan [x]
- [ ] Jawaban yang salah

Penjelasan: Tulis di sini kenapa jawabannya benar.
::::
`;
}

/** The frontmatter title, or undefined when the frontmatter is missing or broken (the parser says why). */
export function titleOfSource(source: string): string | undefined {
	const match = FRONTMATTER.exec(normalizeNewlines(source));
	if (!match) return undefined;
	try {
		const data: unknown = parseYaml(match[1] ?? '');
		const title = typeof data === 'object' && data !== null ? (data as { title?: unknown }).title : undefined;
		return typeof title === 'string' && title.trim() ? title.trim() : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The same text with a new frontmatter title. Only the `title:` line changes (the rest of the
 * trainer's text stays byte for byte); without a frontmatter, one is added at the top.
 */
export function withTitle(text: string, title: string): string {
	const source = normalizeNewlines(text);
	const match = FRONTMATTER.exec(source);
	if (!match) return `---\n${titleLine(title)}\n---\n${source}`;
	const yaml = match[1] ?? '';
	const lines = yaml.split('\n');
	const index = lines.findIndex((line) => /^title[ \t]*:/.test(line));
	// A title written over several lines (a YAML block scalar) is replaced whole.
	let end = index + 1;
	while (index !== -1 && end < lines.length && /^[ \t]+\S/.test(lines[end])) end++;
	const newLines = index === -1 ? [titleLine(title), ...lines] : [...lines.slice(0, index), titleLine(title), ...lines.slice(end)];
	const openingLength = source.indexOf('\n') + 1;
	return source.slice(0, openingLength) + newLines.join('\n') + source.slice(openingLength + yaml.length);
}
