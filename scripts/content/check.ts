/**
 * Validate every course under content/ (or the folder given), each course's pre-test and the
 * placement test: prints a readability table per module and level, the pre-tests' question
 * counts, the placement items per part and level, then `file:line:col: message` in Indonesian
 * with the English below, and exits 1 on any error. Touches no database.
 *
 *   node_modules/.bin/tsx scripts/content/check.ts [dir]
 */
import path from 'node:path';
import { loadContentLibrary, type ContentLibrary, type LibraryProblem } from '#lib/server/library/content-import';
import { htmlToProse, readabilityOfProse, DASAR_MAX_WORDS_PER_SENTENCE, DASAR_SYLLABLE_MARGIN, type ReadabilityFigures } from '#lib/content/readability';
import { fairnessWarnings, proseOfLevels, quizFairness, sentenceOverlap, LEVEL_OVERLAP_MAX, type FairnessFigures } from '#lib/content/review';
import type { ParsedModule, QuizQuestion } from '#lib/content/types';
import { LITERACY_LEVELS } from '#lib/content/types';
import { formatProblem } from '#lib/content/messages';
import { PLACEMENT_DIR, placementItemCounts } from '#lib/server/library/content-placement';

function print(problem: LibraryProblem, label: string): void {
	console.log(formatProblem(problem, 'id', { label, code: false }));
	console.log(`    (en) ${formatProblem(problem, 'en', { file: false, position: false })}`);
}

const decimal = (value: number, digits = 1) => value.toFixed(digits).replace('.', ',');
const percent = (part: number, whole: number) => (whole === 0 ? '-' : `${Math.round((part / whole) * 100)}%`);

/** "6,5 / 2,14": words per sentence / syllables per word, with the Indonesian decimal comma. */
function cell(figures: ReadabilityFigures): string {
	return figures.words === 0 ? '-' : `${decimal(figures.wordsPerSentence)} / ${decimal(figures.syllablesPerWord, 2)}`;
}

function table(header: string[], rows: string[][]): void {
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
	const line = (row: string[]) => row.map((text, column) => (column === 0 ? text.padEnd(widths[column]) : text.padStart(widths[column]))).join('  ');
	console.log(line(header));
	for (const row of rows) console.log(line(row));
	console.log('');
}

function readabilityRow(module: ParsedModule): string[] {
	const prose = proseOfLevels({ html: module.html, practical: module.practical, questions: module.quiz.questions });
	const overlap = sentenceOverlap(htmlToProse(module.html.menengah), htmlToProse(module.html.lanjut));
	return [...Object.values(readabilityOfProse(prose)).map(cell), `${Math.round(overlap * 100)}%`];
}

function printReadability(library: ContentLibrary): void {
	const rows = library.courses.flatMap((course) =>
		course.modules.flatMap((module) => (module.parsed.ok ? [[`${course.slug}/${module.slug}`, ...readabilityRow(module.parsed.module)]] : []))
	);
	if (rows.length === 0) return;
	console.log(
		`Keterbacaan (teks, tugas, dan soal yang dibaca tiap tingkat; tanpa judul, tabel, dan angka): kata per kalimat / suku kata per kata. ` +
			`Dasar paling banyak ${DASAR_MAX_WORDS_PER_SENTENCE} kata dan paling sedikit ${decimal(DASAR_SYLLABLE_MARGIN)} suku kata lebih rendah dari menengah. ` +
			`"sama M/L": kalimat yang sama di menengah dan lanjut (di bawah ${Math.round(LEVEL_OVERLAP_MAX * 100)}%).`
	);
	console.log(
		`Readability (lesson, task and quiz text each level reads; no headings, tables or numerals): words per sentence / syllables per word. ` +
			`Dasar at most ${DASAR_MAX_WORDS_PER_SENTENCE} words and at least ${DASAR_SYLLABLE_MARGIN} fewer syllables than menengah. ` +
			`"same M/L": sentences shared by menengah and lanjut (under ${Math.round(LEVEL_OVERLAP_MAX * 100)}%).`
	);
	table(['modul / module', ...LITERACY_LEVELS, 'sama M/L'], rows);
}

function fairnessRow(name: string, figures: FairnessFigures): string[] {
	const positions = Object.entries(figures.positions)
		.map(([options, counts]) => `${options}: ${counts.join('/')}`)
		.join('  ');
	return [
		name,
		`${figures.keyLongest}/${figures.single} ${percent(figures.keyLongest, figures.single)}`,
		positions || '-',
		`${figures.trueFalseBenar}/${figures.trueFalse} ${percent(figures.trueFalseBenar, figures.trueFalse)}`,
		String(figures.allButOne)
	];
}

/** Per module and per course; returns the course-level warnings (thresholds in review.ts). */
function printFairness(library: ContentLibrary): LibraryProblem[] {
	const rows: string[][] = [];
	const warnings: LibraryProblem[] = [];
	const all: QuizQuestion[] = [];
	for (const course of library.courses) {
		const questions: QuizQuestion[] = [];
		for (const module of course.modules) {
			if (!module.parsed.ok) continue;
			questions.push(...module.parsed.module.quiz.questions);
			rows.push(fairnessRow(`${course.slug}/${module.slug}`, quizFairness(module.parsed.module.quiz.questions)));
		}
		if (course.pretest?.parsed.ok) questions.push(...course.pretest.parsed.module.quiz.questions);
		const figures = quizFairness(questions);
		rows.push(fairnessRow(`${course.slug} (kursus / course)`, figures));
		const file = path.join(dir, course.slug, "course.yaml");
		warnings.push(...fairnessWarnings(figures).map(({ line, column, code, message }) => ({ file, line, column, code, message })));
		all.push(...questions);
	}
	if (rows.length === 0) return warnings;
	rows.push(fairnessRow('semua / all', quizFairness(all)));
	console.log('Keadilan soal: jawaban benar terpanjang (pilihan ganda) · letak jawaban benar per jumlah pilihan · benar-salah dijawab "Benar" · pilih-beberapa dengan semua benar kecuali satu');
	console.log('Quiz fairness: key is the longest option (single) · key position by option count · true/false keyed "Benar" · multiple with all but one right');
	table(['modul / module', 'terpanjang', 'letak / position', 'Benar', 'semua-1'], rows);
	return warnings;
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
const courseWarnings = printFairness(library);
printPretests(library);
printPlacement(library);
const warnings = [...library.warnings, ...courseWarnings];
for (const warning of warnings) print(warning, 'peringatan: ');
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
		`tes penempatan ${library.placement ? 'ada' : 'tidak ada'}, ${warnings.length} peringatan. / ` +
		`${library.courses.length} course(s), ${modules.length} module(s), ${questions} question(s), ${pretests} pre-test(s), ` +
		`placement test ${library.placement ? 'present' : 'absent'}, ${warnings.length} warning(s).`
);
