/**
 * Write courses from the database at DATABASE_URL back to the content/ layout, so changes made
 * in the web editor can be reviewed and committed. See src/lib/server/content-export.ts.
 *
 *   npm run content:export -- <course-slug> [--out dir] [--drafts]
 *   npm run content:export -- --all [--out dir] [--drafts]
 *
 * --drafts writes a module's unpublished draft where one exists (the published text otherwise).
 */
import { parseArgs } from 'node:util';
import { exportAllCourses, exportCourse, type CourseExportReport } from '#lib/server/library/content-export';
import { disconnectDb } from '#lib/server/db/client';

const USAGE =
	'Pakai: npm run content:export -- <nama-kursus> [--out folder] [--drafts]  atau  --all\n' +
	'Usage: npm run content:export -- <course-slug> [--out dir] [--drafts]  or  --all';

function print(report: CourseExportReport): void {
	console.log(`${report.slug} → ${report.dir}`);
	for (const module of report.modules) console.log(`  ${module.slug}.md (${module.from === 'draft' ? 'draf / draft' : 'terbit / published'})`);
	for (const slug of report.skipped) console.log(`  ${slug}: dilewati, belum pernah terbit / skipped, never published`);
	for (const name of report.removed) console.log(`  ${name}: dihapus, tidak ada lagi di kursus / removed, no longer in the course`);
	console.log(`  ${report.media} gambar / image(s)`);
}

function readArgs() {
	try {
		return parseArgs({
			options: { out: { type: 'string' }, all: { type: 'boolean' }, drafts: { type: 'boolean' } },
			allowPositionals: true
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		process.exit(2);
	}
}

const { values, positionals } = readArgs();
if (values.all ? positionals.length > 0 : positionals.length !== 1) {
	console.error(USAGE);
	process.exit(2);
}

const outDir = values.out ?? 'content';
const options = { drafts: values.drafts ?? false };
try {
	if (values.all) {
		const reports = await exportAllCourses(outDir, options);
		reports.forEach(print);
		console.log(`${reports.length} kursus diekspor. / ${reports.length} course(s) exported.`);
	} else {
		const report = await exportCourse(positionals[0], outDir, options);
		if (report) print(report);
		else {
			console.error(`Kursus "${positionals[0]}" tidak ada di basis data. / No course "${positionals[0]}" in the database.`);
			process.exitCode = 1;
		}
	}
} finally {
	await disconnectDb();
}
