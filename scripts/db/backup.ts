/**
 * npm run backup [-- <file>]   back up DATABASE_URL (default data/berdaya.db) while the app runs:
 *                              SQLite through the online backup API, PostgreSQL with pg_dump.
 *                              Default file: data/backups/berdaya-<kind>-<time>.(db|dump)
 */
import { backupDatabase, defaultBackupFile } from '../../src/lib/server/db/backup';
import { databaseKind, databaseUrl } from '../../src/lib/server/db/url';

const url = databaseUrl();
const file = process.argv[2] ?? defaultBackupFile(url);
try {
	const { bytes } = await backupDatabase(url, file);
	console.log(`Cadangan tersimpan / Backup written: ${file} (${databaseKind(url)}, ${Math.ceil(bytes / 1024)} KB)`);
} catch (error) {
	console.error(`Cadangan gagal / Backup failed: ${(error as Error).message}`);
	process.exit(1);
}
