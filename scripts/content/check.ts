/**
 * Validate every course under content/ (or the folder given): prints a readability table per
 * module and level, then `file:line:col: message` in Indonesian with the English below, and
 * exits 1 on any error. Touches no database.
 *
 *   node_modules/.bin/tsx scripts/content/check.ts [dir]
 */
import { loadContentLibrary, type ContentLibrary, type LibraryProblem } from '#lib/server/content-import';
import { readabilityOfLevels, type ReadabilityFigures } from '#lib/content/readability';
import { LITERACY_LEVELS } from '#lib/content/types';

function print(problem: LibraryProblem, label: string): void {
	console.log(`${problem.file}:${problem.line}:${problem.column}: ${label}${problem.message.id}`);
	console.log(`    (en) ${problem.message.en} [${problem.code}]`);
}

/** "12,5 / 2,4": words per sentence / syllables per word, with the Indonesian decimal comma. */
function cell(figures: ReadabilityFigures): string {
	const decimal = (value: number) => value.toFixed(1).replace('.', ',');
	return figures.words === 0 ? '-' : `${decimal(figures.wordsPerSentence)} / ${decimal(figures.syllablesPerWord)}`;
}

function printReadability(library: ContentLibrary): void {
	const rows = library.courses.flatMap((course) =>
		course.modules.flatMap((module) =>
			module.parsed.ok ? [[`${course.slug}/${module.slug}`, ...Object.values(readabilityOfLevels(module.parsed.module.html)).map(cell)]] : []
		)
	);
	if (rows.length === 0) return;
	const header = ['modul / module', ...LITERACY_LEVELS];
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
	const line = (row: string[]) => row.map((text, column) => (column === 0 ? text.padEnd(widths[column]) : text.padStart(widths[column]))).join('  ');
	console.log('Keterbacaan: kata per kalimat / suku kata per kata (dasar: paling banyak 12 kata per kalimat)');
	console.log('Readability: words per sentence / syllables per word (dasar: at most 12 words per sentence)');
	console.log(line(header));
	for (const row of rows) console.log(line(row));
	console.log('');
}

const dir = process.argv[2] ?? 'content';
const library = await loadContentLibrary(dir);
printReadability(library);
for (const warning of library.warnings) print(warning, 'peringatan: ');
for (const error of library.errors) print(error, '');

const modules = library.courses.flatMap((course) => course.modules);
const questions = modules.reduce((count, module) => count + (module.parsed.ok ? module.parsed.module.quiz.questions.length : 0), 0);
if (library.errors.length > 0) {
	console.log(`\n${library.errors.length} kesalahan. Perbaiki dulu sebelum diimpor. / ${library.errors.length} error(s); fix them before importing.`);
	process.exit(1);
}
console.log(
	`OK: ${library.courses.length} kursus, ${modules.length} modul, ${questions} soal, ${library.warnings.length} peringatan. / ` +
		`${library.courses.length} course(s), ${modules.length} module(s), ${questions} question(s), ${library.warnings.length} warning(s).`
);
