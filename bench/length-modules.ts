/**
 * Two modules that differ only in length, for the "reading cost must not grow with module
 * length" budget: one screen of text, and fifty. Parsed with the real parser and published
 * the way the editor publishes, into the demo cohort's reach.
 */
import { db, disconnectDb } from '../src/lib/server/db/client';
import { parseModule } from '../src/lib/content/parse';
import { publishModuleVersion } from '../src/lib/server/library/module-version';

export const LENGTH_COURSE = 'bench-panjang';
export const SHORT_MODULE = 'satu-layar';
export const LONG_MODULE = 'lima-puluh-layar';

/** About one phone screen: a heading and two short paragraphs. */
function screen(n: number): string {
	return [
		`## Langkah ${n}`,
		'',
		`Ambil kain dan ukur ${n} sentimeter dari tepi. Tandai dengan kapur jahit. Lipat kain ke dalam, lalu sematkan jarum pentul supaya tidak bergeser.`,
		'',
		'Jahit dengan tusuk jelujur. Jaga jarak setiap tusukan sama panjang. Periksa hasilnya sebelum lanjut ke langkah berikutnya.',
		''
	].join('\n');
}

function moduleSource(title: string, screens: number): string {
	const body = Array.from({ length: screens }, (_, index) => screen(index + 1)).join('\n');
	return `---\ntitle: ${title}\nsummary: Modul untuk mengukur biaya membaca.\nminutes: ${screens}\n---\n\n${body}\n::::quiz\n### Alat apa yang dipakai untuk menandai kain?\n\n- [x] Kapur jahit\n- [ ] Gunting\n\nPenjelasan: Kapur jahit bisa dihapus.\n::::\n`;
}

export async function seedLengthModules(): Promise<void> {
	const cohort = await db.cohort.findFirstOrThrow({ select: { id: true } });
	const course = await db.course.create({
		data: { slug: LENGTH_COURSE, title: 'Uji panjang modul', summary: 'Untuk benchmark.', cohorts: { create: { cohortId: cohort.id } } }
	});
	for (const [position, [slug, title, screens]] of (
		[
			[SHORT_MODULE, 'Satu layar', 1],
			[LONG_MODULE, 'Lima puluh layar', 50]
		] as const
	).entries()) {
		const source = moduleSource(title, screens);
		const parsed = parseModule(source, { mediaBaseUrl: `/media/${LENGTH_COURSE}/` });
		if (!parsed.ok) throw new Error(`bench module ${slug}: ${JSON.stringify(parsed.errors)}`);
		const module = await db.module.create({ data: { courseId: course.id, slug, position: position + 1 } });
		await db.$transaction((tx) => publishModuleVersion(tx, { moduleId: module.id, source, module: parsed.module }));
	}
	await disconnectDb();
}
