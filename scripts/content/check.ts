/**
 * Validate every course under content/ (or the folder given), each course's pre-test and the
 * placement test: prints a readability table per module and level, the pre-tests' question
 * counts, the placement items per part and level, then `file:line:col: message` in Indonesian
 * with the English below, and exits 1 on any error. Touches no database.
 *
 *   node_modules/.bin/tsx scripts/content/check.ts [dir]
 */
import { loadContentLibrary, type ContentLibrary, type LibraryProblem } from '#lib/server/library/content-import';
import { readabilityOfLevels, type ReadabilityFigures } from '#lib/content/readability';
import { LITERACY_LEVELS } from '#lib/content/types';
import { PLACEMENT_DIR, placementItemCounts } from '#lib/server/library/content-placement';

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

function printPretests(library: ContentLibrary): void {
	if (library.courses.length === 0) return;
	console.log('Tes awal kursus (pretest.md) / Course pre-tests');
	for (const course of library.courses) {
		const { pretest } = course;
		const status = !pretest
			? 'belum ada / none'
			: pretest.parsed.ok
				? `${pretest.parsed.module.quiz.questions.length} soal / question(s)`
				: 'ada kesalahan, lihat di bawah / has errors, see below';
		console.log(`  ${course.slug}: ${status}`);
	}
	console.log('');
}

function printPlacement(library: ContentLibrary): void {
	const { placement } = library;
	if (!placement) {
		console.log(`Tes penempatan: folder ${PLACEMENT_DIR}/ belum ada. / Placement test: no ${PLACEMENT_DIR}/ folder.\n`);
		return;
	}
	const counts = placementItemCounts(placement);
	const rows = Object.entries(counts).map(([part, perLevel]) => [part, ...LITERACY_LEVELS.map((level) => String(perLevel[level]))]);
	const total = rows.reduce((sum, row) => sum + row.slice(1).reduce((partSum, cell) => partSum + Number(cell), 0), 0);
	console.log(`Tes penempatan: ${total} soal; jumlah per bagian dan tingkat: / Placement test: ${total} item(s); per part and level:`);
	const header = ['bagian / part', ...LITERACY_LEVELS];
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
	for (const row of [header, ...rows]) console.log(row.map((text, column) => (column === 0 ? text.padEnd(widths[column]) : text.padStart(widths[column]))).join('  '));
	const cuts = Object.entries(placement.manifest?.cutScores ?? {}).map(([part, cut]) => `${part} ${LITERACY_LEVELS.map((level) => cut[level]).join('/')}`);
	if (cuts.length > 0) console.log(`Nilai batas (dasar/menengah/lanjut) / cut-scores: ${cuts.join(', ')}`);
	const broken = placement.parts.filter((part) => !part.parsed.ok).map((part) => part.slug);
	if (broken.length > 0) console.log(`(belum dihitung karena ada kesalahan / not counted, they have errors: ${broken.join(', ')})`);
	console.log('');
}

const dir = process.argv[2] ?? 'content';
const library = await loadContentLibrary(dir);
printReadability(library);
printPretests(library);
printPlacement(library);
for (const warning of library.warnings) print(warning, 'peringatan: ');
for (const error of library.errors) print(error, '');

const modules = library.courses.flatMap((course) => course.modules);
const questions = modules.reduce((count, module) => count + (module.parsed.ok ? module.parsed.module.quiz.questions.length : 0), 0);
const pretests = library.courses.filter((course) => course.pretest).length;
if (library.errors.length > 0) {
	console.log(`\n${library.errors.length} kesalahan. Perbaiki dulu sebelum diimpor. / ${library.errors.length} error(s); fix them before importing.`);
	process.exit(1);
}
console.log(
	`OK: ${library.courses.length} kursus, ${modules.length} modul, ${questions} soal, ${pretests} tes awal, ` +
		`tes penempatan ${library.placement ? 'ada' : 'tidak ada'}, ${library.warnings.length} peringatan. / ` +
		`${library.courses.length} course(s), ${modules.length} module(s), ${questions} question(s), ${pretests} pre-test(s), ` +
		`placement test ${library.placement ? 'present' : 'absent'}, ${library.warnings.length} warning(s).`
);
