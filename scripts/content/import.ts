/**
 * Import content/ (or the folder given), images included, into the database at DATABASE_URL.
 * Modules with errors are skipped and keep their published version; exit 1 if there were any.
 * Readability warnings are printed with the others; they never stop an import.
 *
 *   DATABASE_URL=file:./data/berdaya.db node_modules/.bin/tsx scripts/content/import.ts [dir]
 */
import { importContentLibrary } from '#lib/server/library/content-import';
import { disconnectDb } from '#lib/server/db/client';

const dir = process.argv[2] ?? 'content';
try {
	const report = await importContentLibrary(dir);
	for (const course of report.courses) {
		console.log(`${course.slug}: ${course.status}`);
		for (const module of course.modules) {
			const version = module.publishedVersion === null ? '-' : `v${module.publishedVersion}`;
			console.log(`  ${module.slug}: ${module.status} (${version})`);
		}
		if (course.pretest) console.log(`  pretest: ${course.pretest.status} (v${course.pretest.version})`);
		const { created, updated, unchanged } = course.media;
		if (created + updated + unchanged > 0) {
			console.log(`  gambar / images: ${created} baru / created, ${updated} diperbarui / updated, ${unchanged} tetap / unchanged`);
		}
	}
	if (report.placement) {
		const version = report.placement.publishedVersion === null ? '-' : `v${report.placement.publishedVersion}`;
		console.log(`placement (tes penempatan): ${report.placement.status} (${version})`);
	}
	for (const problem of [...report.warnings, ...report.errors]) {
		const label = report.warnings.includes(problem) ? 'peringatan: ' : '';
		console.log(`${problem.file}:${problem.line}:${problem.column}: ${label}${problem.message.id}`);
		console.log(`    (en) ${problem.message.en} [${problem.code}]`);
	}
	if (report.errors.length > 0) {
		console.log(`\n${report.errors.length} kesalahan; file itu tidak diimpor, versi lama tetap tayang. / ${report.errors.length} error(s); those files were not imported, the previous versions stay live.`);
		process.exitCode = 1;
	}
} finally {
	await disconnectDb();
}
