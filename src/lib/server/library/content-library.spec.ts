/**
 * The shape of the shipped library in content/: what the issue "The course library: four real
 * courses in Bahasa Indonesia" promises participants. Runs on the real folder, so it fails
 * whenever a course, its pre-test or the placement test falls short; every failure lists the
 * file and the rule it breaks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentLibrary, type LoadedCourse } from '#lib/server/library/content-import';
import { PLACEMENT_ITEMS, PLACEMENT_MIN_ITEMS_PER_LEVEL, placementItemCounts } from '#lib/server/library/content-placement';
import { quizForLevel } from '#lib/content/quiz';
import { DASAR_MAX_WORDS_PER_SENTENCE, htmlToProse, measureReadability, readabilityOfProse } from '#lib/content/readability';
import { proseOfLevels } from '#lib/content/review';
import { LITERACY_LEVELS, type ParsedModule, type ParseResult } from '#lib/content/types';

const CONTENT_DIR = 'content';
const COURSES = ['branding-pemasaran-digital', 'foto-produk', 'menjahit-dasar', 'pola-pikir-wirausaha'];
const PLACEMENT_PARTS = ['membaca', 'digital'];
/** Issue 9: every course has at least seven modules. */
const MIN_MODULES = 7;
const MIN_QUESTIONS_PER_LEVEL = 4;
const MIN_QUESTION_TYPES = 3;
const MAX_PLACEMENT_IMAGE_BYTES = 4 * 1024;

const library = await loadContentLibrary(CONTENT_DIR);

function courseNamed(slug: string): LoadedCourse | undefined {
	return library.courses.find((course) => course.slug === slug);
}

/** "foto-produk/cahaya-jendela.md" rather than an absolute path, as a writer would look for it. */
function shown(file: string): string {
	return path.relative(CONTENT_DIR, file);
}

function problemsOf(file: string, parsed: ParseResult): string[] {
	const list = parsed.ok ? parsed.warnings : [...parsed.errors, ...parsed.warnings];
	return list.map((problem) => `${shown(file)}:${problem.line}: ${problem.code}: ${problem.message.en}`);
}

/** The parsed modules of a course; a module that does not parse is one violation of every rule. */
function eachModule(course: LoadedCourse | undefined, rule: (name: string, module: ParsedModule) => string[]): string[] {
	if (!course) return ['course folder missing'];
	return course.modules.flatMap((loaded) => {
		const name = shown(loaded.file);
		return loaded.parsed.ok ? rule(name, loaded.parsed.module) : [`${name}: does not parse (see the "parses" test)`];
	});
}

/** Relative image paths written in a Markdown file, read from the text so a broken parse hides none. */
function imagesWrittenIn(source: string): string[] {
	return [...source.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g)].map((match) => match[1]).filter((src) => !/^[a-z]+:/i.test(src));
}

function missingImageFiles(dir: string, files: { file: string; source: string }[]): string[] {
	return files.flatMap(({ file, source }) =>
		imagesWrittenIn(source)
			.filter((src) => !fs.existsSync(path.join(dir, decodeURI(src))))
			.map((src) => `${shown(file)}: image ${src} is not in ${shown(dir)}/`)
	);
}

describe('the shipped library', () => {
	it('has exactly the four courses', () => {
		expect(library.courses.map((course) => course.slug)).toEqual(COURSES);
	});
});

describe.each(COURSES)('course %s', (slug) => {
	const course = courseNamed(slug);
	const courseDir = path.join(CONTENT_DIR, slug);

	it(`has a course.yaml and at least ${MIN_MODULES} modules`, () => {
		expect(course?.manifest, `${slug}/course.yaml is missing or broken`).toBeDefined();
		expect(course?.modules.length ?? 0, `${slug}: modules that exist and are listed in course.yaml`).toBeGreaterThanOrEqual(MIN_MODULES);
	});

	it('parses every module with no errors and no warnings', () => {
		const fromFolder = library.errors.filter((problem) => shown(problem.file).startsWith(`${slug}${path.sep}`));
		const folderProblems = fromFolder.map((problem) => `${shown(problem.file)}:${problem.line}: ${problem.code}: ${problem.message.en}`);
		const moduleProblems = (course?.modules ?? []).flatMap((loaded) => problemsOf(loaded.file, loaded.parsed));
		expect([...new Set([...folderProblems, ...moduleProblems])]).toEqual([]);
	});

	it(`gives every level at least ${MIN_QUESTIONS_PER_LEVEL} quiz questions in every module`, () => {
		const violations = eachModule(course, (name, module) =>
			LITERACY_LEVELS.flatMap((level) => {
				const count = quizForLevel(module.quiz, level).length;
				return count < MIN_QUESTIONS_PER_LEVEL ? [`${name}: ${level} gets ${count} question(s)`] : [];
			})
		);
		expect(violations).toEqual([]);
	});

	it(`uses at least ${MIN_QUESTION_TYPES} question types across the course`, () => {
		const types = new Set(
			(course?.modules ?? []).flatMap((loaded) =>
				loaded.parsed.ok ? loaded.parsed.module.quiz.questions.map((question) => question.type) : []
			)
		);
		expect(types.size, `${slug} uses only: ${[...types].sort().join(', ') || 'none'}`).toBeGreaterThanOrEqual(MIN_QUESTION_TYPES);
	});

	it('has a practical task in every module', () => {
		expect(eachModule(course, (name, module) => (module.practical ? [] : [`${name}: no :::tugas block`]))).toEqual([]);
	});

	it(`keeps dasar text at most ${DASAR_MAX_WORDS_PER_SENTENCE} words per sentence on average, and no harder than menengah`, () => {
		// The parser's own warnings decide "harder" (see "parses every module with no errors and no
		// warnings"); this names the figure so a failure says how far off a module is.
		const violations = eachModule(course, (name, module) => {
			const { dasar } = readabilityOfProse(
				proseOfLevels({ html: module.html, practical: module.practical, questions: module.quiz.questions })
			);
			return dasar.wordsPerSentence > DASAR_MAX_WORDS_PER_SENTENCE
				? [`${name}: dasar averages ${dasar.wordsPerSentence.toFixed(1)} words per sentence`]
				: [];
		});
		expect(violations).toEqual([]);
	});

	it('has a valid pre-test (pretest.md: an intro and a quiz)', () => {
		const { pretest } = course ?? {};
		expect(pretest, `${slug}/pretest.md is missing`).toBeDefined();
		if (!pretest) return;
		expect(problemsOf(pretest.file, pretest.parsed)).toEqual([]);
		expect(pretest.parsed.ok && pretest.parsed.module.quiz.questions.length, `${slug}/pretest.md questions`).toBeGreaterThan(0);
	});

	it('has every image its modules and pre-test show', () => {
		const files = [...(course?.modules ?? []), ...(course?.pretest ? [course.pretest] : [])];
		expect(missingImageFiles(courseDir, files)).toEqual([]);
	});
});

describe('the placement test', () => {
	const { placement } = library;
	const placementDir = path.join(CONTENT_DIR, 'placement');
	const parsedParts = (placement?.parts ?? []).flatMap((part) => (part.parsed.ok ? [{ slug: part.slug, module: part.parsed.module }] : []));

	it(`has placement.yaml with the parts ${PLACEMENT_PARTS.join(' and ')}, all parsing with no errors and no warnings`, () => {
		expect(placement?.manifest?.parts).toEqual(PLACEMENT_PARTS);
		const inFolder = [...library.errors, ...library.warnings].filter((problem) => shown(problem.file).startsWith(`placement${path.sep}`));
		expect(inFolder.map((problem) => `${shown(problem.file)}:${problem.line}: ${problem.code}: ${problem.message.en}`)).toEqual([]);
		expect(parsedParts.map((part) => part.slug)).toEqual(PLACEMENT_PARTS);
	});

	it(`has ${PLACEMENT_ITEMS.min} to ${PLACEMENT_ITEMS.max} items, each in exactly one level block`, () => {
		const questions = parsedParts.flatMap((part) => part.module.quiz.questions.map((question) => ({ part: part.slug, question })));
		expect(
			questions
				.filter(({ question }) => question.levels.length !== 1)
				.map(({ part, question }) => `${part}.md:${question.line}: ${question.levels.join(' ')}`)
		).toEqual([]);
		expect(questions.length).toBeGreaterThanOrEqual(PLACEMENT_ITEMS.min);
		expect(questions.length).toBeLessThanOrEqual(PLACEMENT_ITEMS.max);
	});

	it(`has at least ${PLACEMENT_MIN_ITEMS_PER_LEVEL} items per level in every part`, () => {
		const counts = placement ? placementItemCounts(placement) : {};
		const violations = PLACEMENT_PARTS.flatMap((part) =>
			LITERACY_LEVELS.flatMap((level) =>
				(counts[part]?.[level] ?? 0) < PLACEMENT_MIN_ITEMS_PER_LEVEL ? [`${part}: ${level} has ${counts[part]?.[level] ?? 0}`] : []
			)
		);
		expect(violations).toEqual([]);
	});

	it(`keeps dasar passages at most ${DASAR_MAX_WORDS_PER_SENTENCE} words per sentence`, () => {
		const violations = parsedParts.flatMap((part) =>
			part.module.quiz.questions
				.filter((question) => question.levels[0] === 'dasar')
				.flatMap((question) => {
					const { wordsPerSentence } = measureReadability(htmlToProse(`${question.promptHtml}\n${question.bodyHtml}`));
					return wordsPerSentence > DASAR_MAX_WORDS_PER_SENTENCE
						? [`${part.slug}.md:${question.line}: ${wordsPerSentence.toFixed(1)} words per sentence`]
						: [];
				})
		);
		expect(violations).toEqual([]);
	});

	it('has every image it shows, each a small SVG under 4 KB', () => {
		expect(missingImageFiles(placementDir, placement?.parts ?? [])).toEqual([]);
		const images = placement?.media ?? [];
		expect(images.length).toBeGreaterThan(0);
		expect(
			images
				.filter((image) => image.contentType !== 'image/svg+xml' || image.byteSize >= MAX_PLACEMENT_IMAGE_BYTES)
				.map((image) => image.path)
		).toEqual([]);
	});
});
