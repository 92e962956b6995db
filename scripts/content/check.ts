/**
 * Validate every course under content/ (or the folder given): prints `file:line:col: message`
 * in Indonesian with the English below, and exits 1 on any error. Touches no database.
 *
 *   node_modules/.bin/tsx scripts/content/check.ts [dir]
 */
import { loadContentLibrary, type LibraryProblem } from '#lib/server/content-import';

function print(problem: LibraryProblem, label: string): void {
	console.log(`${problem.file}:${problem.line}:${problem.column}: ${label}${problem.message.id}`);
	console.log(`    (en) ${problem.message.en} [${problem.code}]`);
}

const dir = process.argv[2] ?? 'content';
const library = await loadContentLibrary(dir);
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
