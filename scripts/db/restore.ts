/**
 * npm run restore -- <file> --yes   replace everything in DATABASE_URL with the backup in <file>.
 * Stop the app (every instance) first. Without --yes it only says what it would do.
 */
import { restoreDatabase } from '../../src/lib/server/db/backup';
import { databaseKind, databaseUrl } from '../../src/lib/server/db/url';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--'));
const url = databaseUrl();
if (!file) {
	console.error('Pakai / Usage: npm run restore -- <file> --yes');
	process.exit(2);
}
if (!args.includes('--yes')) {
	console.error(
		`Ini akan mengganti semua data di basis data ${databaseKind(url)} dengan isi ${file}. Hentikan aplikasi dulu, lalu jalankan lagi dengan --yes.\n` +
			`This replaces all data in the ${databaseKind(url)} database with ${file}. Stop the app first, then run again with --yes.`
	);
	process.exit(2);
}
try {
	await restoreDatabase(url, file);
	console.log(`Data dipulihkan dari / Restored from: ${file}`);
} catch (error) {
	console.error(`Pemulihan gagal / Restore failed: ${(error as Error).message}`);
	process.exit(1);
}
