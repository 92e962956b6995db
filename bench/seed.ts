/**
 * `npm run bench:seed -- --size S|M|L [--postgres]`: a fresh database shaped like a large
 * deployment, for the report benchmarks (bench/reports.ts, docs/benchmarks.md).
 *
 *   L: 10 programs, 2,000 cohorts, 100,000 participants, about 5,000,000 progress and quiz
 *      attempt rows (each participant in three courses of the shipped library, dropping out on
 *      the way), certificates for those who finish; M is a tenth of that, S a hundredth.
 *
 * SQLite: data/bench-<size>.db; PostgreSQL (--postgres): database berdaya_bench_<size> on
 * 127.0.0.1:5432. The schema comes from the real migrations and the courses from content/
 * (the real importer); rows are then written in bulk straight into the tables (the domain
 * functions would take hours for 5 million rows). Answers are stored on every participant's
 * first attempt of a quiz (what the difficult-question analysis reads); retries store their
 * score with empty answers, which keeps the L database at a few GB.
 *
 * Deterministic: the same size gives the same data. Prints the logins the bench uses.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import pg from 'pg';
import { applyMigrations } from '../scripts/db/migrations';

const args = process.argv.slice(2);
const size = (args[args.indexOf('--size') + 1] ?? 'S').toUpperCase();
const SIZES: Record<string, number> = { S: 0.01, M: 0.1, L: 1 };
if (!(size in SIZES) || !args.includes('--size')) {
	console.error('Usage: npm run bench:seed -- --size S|M|L [--postgres]');
	process.exit(2);
}
const usePostgres = args.includes('--postgres');
const scale = SIZES[size];
const PROGRAMS = 10;
const COHORTS = Math.round(2000 * scale);
const PARTICIPANTS = Math.round(100_000 * scale);

function benchDatabaseUrl(sizeName: string, postgres: boolean): string {
	return postgres
		? `postgresql://postgres@127.0.0.1:5432/berdaya_bench_${sizeName.toLowerCase()}`
		: `file:./data/bench-${sizeName.toLowerCase()}.db`;
}
const url = benchDatabaseUrl(size, usePostgres);

// ------------------------------------------------------------------ a fresh database
if (usePostgres) {
	const admin = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/postgres' });
	await admin.connect();
	await admin.query(`DROP DATABASE IF EXISTS berdaya_bench_${size.toLowerCase()} WITH (FORCE)`);
	await admin.query(`CREATE DATABASE berdaya_bench_${size.toLowerCase()}`);
	await admin.end();
} else {
	fs.mkdirSync('data', { recursive: true });
	for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`data/bench-${size.toLowerCase()}.db${suffix}`, { force: true });
}
process.env.DATABASE_URL = url;
await applyMigrations(url);
const { importContentLibrary } = await import('../src/lib/server/library/content-import');
const { disconnectDb, db } = await import('../src/lib/server/db/client');
const imported = await importContentLibrary('content');
if (imported.errors.length) throw new Error(`content/ does not import: ${imported.errors.length} problems`);

// ------------------------------------------------------------------ bulk writer
type ColumnType = 'text' | 'int' | 'bool' | 'time';
type Cell = string | number | boolean | null;
interface Table {
	name: string;
	columns: [string, ColumnType][];
	/** Columns with the same constant SQL on every row (e.g. a placeholder PDF). */
	constants?: { sqlite: Record<string, string>; postgres: Record<string, string> };
}

const BATCH = 5000;
let written = 0;

const sqlite = usePostgres ? null : new Database(url.replace(/^file:/, ''));
if (sqlite) {
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = OFF');
	// Tables are written in batches as rows come (a progress row may go before its user's
	// batch); every reference is made by this script, so checks wait until the end.
	sqlite.pragma('foreign_keys = OFF');
}
// Foreign-key triggers off for the seeding session, as on SQLite (needs a superuser).
const pool = usePostgres ? new pg.Pool({ connectionString: url, max: 1, options: '-c session_replication_role=replica' }) : null;

function sqliteValue(type: ColumnType, value: Cell) {
	if (value === null) return null;
	if (type === 'bool') return value ? 1 : 0;
	if (type === 'time') return new Date(value as number).toISOString().replace('Z', '+00:00');
	return value;
}

async function insert(table: Table, rows: Cell[][]) {
	if (rows.length === 0) return;
	const names = table.columns.map(([name]) => `"${name}"`);
	if (sqlite) {
		const constants = table.constants?.sqlite ?? {};
		const sql = `INSERT INTO "${table.name}" (${[...names, ...Object.keys(constants).map((c) => `"${c}"`)].join(', ')}) VALUES (${[
			...table.columns.map(() => '?'),
			...Object.values(constants)
		].join(', ')})`;
		const statement = sqlite.prepare(sql);
		sqlite.transaction(() => {
			for (const row of rows) statement.run(...row.map((value, index) => sqliteValue(table.columns[index][1], value)));
		})();
	} else {
		const constants = table.constants?.postgres ?? {};
		const types: Record<ColumnType, string> = { text: 'text[]', int: 'int[]', bool: 'boolean[]', time: 'timestamp(3)[]' };
		const sql = `INSERT INTO "${table.name}" (${[...names, ...Object.keys(constants).map((c) => `"${c}"`)].join(', ')})
			SELECT *${Object.values(constants).length ? ', ' + Object.values(constants).join(', ') : ''} FROM unnest(${table.columns
				.map(([, type], index) => `$${index + 1}::${types[type]}`)
				.join(', ')})`;
		const columns = table.columns.map(([, type], index) =>
			rows.map((row) => {
				const value = row[index];
				if (value === null) return null;
				return type === 'time' ? new Date(value as number).toISOString().replace('Z', '') : value;
			})
		);
		await pool!.query(sql, columns);
	}
	written += rows.length;
}

class Writer {
	private rows: Cell[][] = [];
	count = 0;
	constructor(private table: Table) {}
	async add(row: Cell[]) {
		this.rows.push(row);
		this.count++;
		if (this.rows.length >= BATCH) await this.flush();
	}
	async flush() {
		const rows = this.rows;
		this.rows = [];
		await insert(this.table, rows);
	}
}

// ------------------------------------------------------------------ deterministic randomness
let seed = 0x5eed + size.charCodeAt(0);
function random(): number {
	// mulberry32
	seed = (seed + 0x6d2b79f5) | 0;
	let t = seed;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
let idCounter = 0;
/** Ids the route matcher accepts (20–40 lower-case letters and digits), unique per seed. */
const newId = (prefix: string) => `${prefix}${(idCounter++).toString(36).padStart(20, '0')}`;

// ------------------------------------------------------------------ the shipped courses
interface SeedQuestion {
	id: string;
	levels: string[];
	type: string;
	options?: { id: string; correct: boolean }[];
	steps?: { id: string }[];
	answer?: { value: number };
	/** How likely a participant gets it right on a first attempt (some questions are hard). */
	ease: number;
}
const courses = await db.course.findMany({
	orderBy: { slug: 'asc' },
	select: {
		id: true,
		slug: true,
		title: true,
		modules: {
			where: { archivedAt: null, publishedVersionId: { not: null } },
			orderBy: { position: 'asc' },
			select: {
				id: true,
				publishedVersion: { select: { id: true, quizJson: true, quizLevels: true, masteryPercent: true, minutes: true } }
			}
		}
	}
});
const courseModules = courses.map((course) => ({
	...course,
	minutes: course.modules.reduce((sum, module) => sum + (module.publishedVersion?.minutes ?? 0), 0),
	modules: course.modules.map((module) => {
		const version = module.publishedVersion!;
		const questions = (JSON.parse(version.quizJson).questions as SeedQuestion[]).map((question) => ({
			...question,
			ease: 0.35 + random() * 0.6
		}));
		return { id: module.id, versionId: version.id, quizLevels: version.quizLevels.split(','), mastery: version.masteryPercent, questions };
	})
}));
const LEVELS = ['dasar', 'menengah', 'lanjut'];
/** Each course's newest pre-test (the needs assessment reads them by learning objective). */
const pretests = new Map<string, { versionId: string; questions: SeedQuestion[] }>();
for (const version of await db.courseTestVersion.findMany({
	orderBy: { version: 'asc' },
	select: { id: true, courseId: true, quizJson: true }
}))
	pretests.set(version.courseId, {
		versionId: version.id,
		questions: (JSON.parse(version.quizJson).questions as SeedQuestion[]).map((question) => ({ ...question, ease: 0.3 + random() * 0.6 }))
	});

function answerFor(question: SeedQuestion, right: boolean): object {
	if (question.type === 'numeric') {
		const value = question.answer!.value;
		const given = right ? value : Math.round(value * 1.2 + 100);
		return { kind: 'numeric', raw: String(given), value: given };
	}
	if (question.type === 'ordering') {
		const order = question.steps!.map((step) => step.id);
		if (!right && order.length > 1) [order[0], order[order.length - 1]] = [order[order.length - 1], order[0]];
		return { kind: 'ordering', order };
	}
	const options = question.options!;
	const correct = options.filter((option) => option.correct).map((option) => option.id);
	const wrong = options.filter((option) => !option.correct);
	if (right || wrong.length === 0) return { kind: 'choice', optionIds: correct };
	// Wrong answers cluster on one tempting option, as in real classes.
	const tempting = random() < 0.6 ? wrong[0] : pick(wrong);
	return { kind: 'choice', optionIds: question.type === 'multiple' ? [...correct.slice(1), tempting.id] : [tempting.id] };
}

// ------------------------------------------------------------------ people and places
const PROVINCES = [
	'Jawa Tengah',
	'Jawa Timur',
	'Jawa Barat',
	'DI Yogyakarta',
	'Bali',
	'Nusa Tenggara Barat',
	'Sulawesi Selatan',
	'Sumatera Utara',
	'Lampung',
	'Kalimantan Barat'
];
const NAMES = [
	'Siti',
	'Sri',
	'Dewi',
	'Rina',
	'Wati',
	'Yuni',
	'Budi',
	'Agus',
	'Eko',
	'Joko',
	'Made',
	'Ketut',
	'Nur',
	'Ani',
	'Lestari',
	'Rahmat'
];

const start = performance.now();
const t0 = Date.UTC(2026, 0, 5);
const DAY = 86_400_000;

const userTable = new Writer({
	name: 'User',
	columns: [
		['id', 'text'],
		['role', 'text'],
		['name', 'text'],
		['phone', 'text'],
		['email', 'text'],
		['secretHash', 'text'],
		['literacyLevel', 'text'],
		['levelSetAt', 'time'],
		['digitalLevel', 'text'],
		['gender', 'text'],
		['birthYear', 'int'],
		['village', 'text'],
		['createdAt', 'time'],
		['updatedAt', 'time']
	]
});
const programTable = new Writer({
	name: 'Program',
	columns: [
		['id', 'text'],
		['name', 'text'],
		['createdAt', 'time']
	]
});
const organizerTable = new Writer({
	name: 'ProgramOrganizer',
	columns: [
		['programId', 'text'],
		['userId', 'text']
	]
});
const cohortTable = new Writer({
	name: 'Cohort',
	columns: [
		['id', 'text'],
		['programId', 'text'],
		['name', 'text'],
		['joinCode', 'text'],
		['province', 'text'],
		['regency', 'text'],
		['district', 'text'],
		['village', 'text'],
		['startsOn', 'time'],
		['createdAt', 'time']
	]
});
const trainerTable = new Writer({
	name: 'CohortTrainer',
	columns: [
		['cohortId', 'text'],
		['userId', 'text'],
		['role', 'text']
	]
});
const cohortCourseTable = new Writer({
	name: 'CohortCourse',
	columns: [
		['cohortId', 'text'],
		['courseId', 'text']
	]
});
const enrollmentTable = new Writer({
	name: 'Enrollment',
	columns: [
		['id', 'text'],
		['cohortId', 'text'],
		['userId', 'text'],
		['createdAt', 'time']
	]
});
const progressTable = new Writer({
	name: 'ModuleProgress',
	columns: [
		['id', 'text'],
		['userId', 'text'],
		['moduleId', 'text'],
		['status', 'text'],
		['bestPercent', 'int'],
		['completedAt', 'time'],
		['readAt', 'time'],
		['updatedAt', 'time']
	]
});
const attemptTable = new Writer({
	name: 'QuizAttempt',
	columns: [
		['id', 'text'],
		['userId', 'text'],
		['moduleId', 'text'],
		['moduleVersionId', 'text'],
		['level', 'text'],
		['correctCount', 'int'],
		['questionCount', 'int'],
		['percent', 'int'],
		['passed', 'bool'],
		['answersJson', 'text'],
		['createdAt', 'time']
	]
});
const certificateTable = new Writer({
	name: 'Certificate',
	columns: [
		['id', 'text'],
		['code', 'text'],
		['userId', 'text'],
		['courseId', 'text'],
		['programId', 'text'],
		['participantName', 'text'],
		['courseTitle', 'text'],
		['programName', 'text'],
		['organizerName', 'text'],
		['minutes', 'int'],
		['completedAt', 'time'],
		['issuedAt', 'time']
	],
	constants: { sqlite: { pdf: "x'255044462d73656564'" }, postgres: { pdf: "convert_to('%PDF-seed', 'UTF8')" } }
});
/** Outcome check-ins (decision 024): a baseline at joining, then the 3- and 6-month follow-ups. */
const outcomeTable = new Writer({
	name: 'OutcomeCheckIn',
	columns: [
		['id', 'text'],
		['enrollmentId', 'text'],
		['kind', 'text'],
		['working', 'bool'],
		['ownBusiness', 'bool'],
		['sellingOnline', 'bool'],
		['incomeBand', 'int'],
		['incomeMinRp', 'int'],
		['incomeMaxRp', 'int'],
		['channel', 'text'],
		['answeredById', 'text'],
		['createdAt', 'time']
	]
});
/** Pre-tests (decision 024): most participants take the course's pre-test when they join; some skip it. */
const pretestTable = new Writer({
	name: 'CourseTestAttempt',
	columns: [
		['id', 'text'],
		['userId', 'text'],
		['courseId', 'text'],
		['versionId', 'text'],
		['kind', 'text'],
		['skipped', 'bool'],
		['correctCount', 'int'],
		['questionCount', 'int'],
		['percent', 'int'],
		['answersJson', 'text'],
		['createdAt', 'time']
	]
});
async function addPretest(userId: string, courseId: string, at: number, skill: number): Promise<void> {
	const pretest = pretests.get(courseId);
	if (!pretest) return;
	if (random() < 0.15) {
		await pretestTable.add([newId('pret'), userId, courseId, pretest.versionId, 'pretest', true, null, null, null, '{}', at]);
		return;
	}
	const answers: Record<string, object> = {};
	let correct = 0;
	for (const question of pretest.questions) {
		const right = random() < Math.min(0.95, question.ease + skill);
		if (right) correct++;
		answers[question.id] = answerFor(question, right);
	}
	const count = pretest.questions.length;
	const percent = count === 0 ? 0 : Math.round((correct / count) * 100);
	await pretestTable.add([
		newId('pret'),
		userId,
		courseId,
		pretest.versionId,
		'pretest',
		false,
		correct,
		count,
		percent,
		JSON.stringify(answers),
		at
	]);
}

/** The default bands (outcomes/income-bands.ts): upper limits in rupiah, the last band open. */
const INCOME_LIMITS = [500_000, 1_000_000, 2_000_000, 5_000_000];
/**
 * Three answers for one participant, a little better at each follow-up on average, so the
 * before/after report has something to show; a third answered by the trainer on a call.
 */
async function addOutcomes(enrollmentId: string, trainerId: string, joined: number): Promise<void> {
	let working = random() < 0.4;
	let ownBusiness = random() < 0.2;
	let sellingOnline = ownBusiness && random() < 0.3;
	let band = Math.floor(random() * 3);
	for (const [kind, days] of [
		['baseline', 0],
		['month3', 120],
		['month6', 210]
	] as const) {
		if (kind !== 'baseline') {
			working ||= random() < 0.15;
			ownBusiness ||= random() < 0.1;
			sellingOnline ||= ownBusiness && random() < 0.25;
			band = Math.min(INCOME_LIMITS.length, band + (random() < 0.3 ? 1 : 0));
		}
		const byTrainer = kind !== 'baseline' && random() < 0.33;
		await outcomeTable.add([
			newId('outc'),
			enrollmentId,
			kind,
			working,
			ownBusiness,
			sellingOnline,
			band,
			band === 0 ? 0 : INCOME_LIMITS[band - 1],
			band < INCOME_LIMITS.length ? INCOME_LIMITS[band] : null,
			byTrainer ? 'phone' : 'self',
			byTrainer ? trainerId : null,
			joined + days * DAY
		]);
	}
}

const logins: { programId: string; organizerEmail: string; trainerEmail: string; cohortId: string }[] = [];
const cohortsPerProgram = Math.max(1, Math.round(COHORTS / PROGRAMS));
const perCohort = Math.max(1, Math.round(PARTICIPANTS / (cohortsPerProgram * PROGRAMS)));
let phone = 0;

for (let p = 0; p < PROGRAMS; p++) {
	const programId = newId('prog');
	const programName = `Program ${p + 1} ${['Menjahit', 'Usaha Desa', 'Kain Tenun', 'UMKM Daring', 'Kerajinan'][p % 5]}`;
	await programTable.add([programId, programName, t0]);
	const organizerId = newId('orgn');
	const organizerEmail = `penyelenggara${p + 1}@bench.test`;
	await userTable.add([
		organizerId,
		'organizer',
		`Penyelenggara ${p + 1}`,
		null,
		organizerEmail,
		'x',
		'menengah',
		null,
		null,
		null,
		null,
		null,
		t0,
		t0
	]);
	await organizerTable.add([programId, organizerId]);
	const provinces = [PROVINCES[p % PROVINCES.length], PROVINCES[(p + 3) % PROVINCES.length], PROVINCES[(p + 7) % PROVINCES.length]];
	for (let c = 0; c < cohortsPerProgram; c++) {
		const cohortId = newId('coho');
		const province = provinces[c % 3];
		const regency = `Kabupaten ${province.split(' ')[0]} ${(c % 4) + 1}`;
		const district = `Kecamatan ${(c % 5) + 1}`;
		const village = `Desa ${c + 1}`;
		const cohortStart = t0 + (c % 60) * DAY;
		await cohortTable.add([
			cohortId,
			programId,
			`Kelompok ${p + 1}.${c + 1}`,
			`B${p}C${c}X`.toUpperCase(),
			province,
			regency,
			district,
			village,
			cohortStart,
			t0
		]);
		const trainerId = newId('trai');
		const trainerEmail = `pelatih${p + 1}-${c + 1}@bench.test`;
		await userTable.add([
			trainerId,
			'trainer',
			`Pelatih ${p + 1}.${c + 1}`,
			null,
			trainerEmail,
			'x',
			'menengah',
			null,
			null,
			null,
			null,
			null,
			t0,
			t0
		]);
		await trainerTable.add([cohortId, trainerId, 'trainer']);
		if (c === 0) logins.push({ programId, organizerEmail, trainerEmail, cohortId });
		const cohortCourses = [0, 1, 2].map((k) => courseModules[(c + k) % courseModules.length]);
		for (const course of cohortCourses) await cohortCourseTable.add([cohortId, course.id]);

		for (let i = 0; i < perCohort; i++) {
			const userId = newId('user');
			const placed = random() > 0.1;
			const level = placed ? (random() < 0.35 ? 'dasar' : random() < 0.7 ? 'menengah' : 'lanjut') : 'menengah';
			const readingLevel = placed ? level : 'dasar';
			const gender = random() < 0.02 ? null : random() < 0.56 ? 'perempuan' : 'laki-laki';
			const birthYear = random() < 0.03 ? null : 1962 + Math.floor(random() * 44);
			const name = `${pick(NAMES)} ${pick(NAMES)} ${i + 1}`;
			const joined = cohortStart + Math.floor(random() * 3) * DAY;
			await userTable.add([
				userId,
				'participant',
				name,
				`+62857${String(10_000_000 + phone++)}`,
				null,
				'x',
				level,
				placed ? joined + 3_600_000 : null,
				placed ? pick(LEVELS) : null,
				gender,
				birthYear,
				village,
				joined,
				joined
			]);
			const enrollmentId = newId('enro');
			await enrollmentTable.add([enrollmentId, cohortId, userId, joined]);
			await addOutcomes(enrollmentId, trainerId, joined);

			// Each course: modules in order, a few drop out at each one.
			for (const course of cohortCourses) {
				let time = joined + DAY + Math.floor(random() * 5) * DAY;
				const skill = random() * 0.3 - 0.1 - (readingLevel === 'dasar' ? 0.05 : 0);
				await addPretest(userId, course.id, joined + 3_600_000, skill - 0.15);
				let finished = true;
				for (const module of course.modules) {
					if (random() < 0.03) {
						finished = false;
						break;
					}
					const questions = module.questions.filter((question) => question.levels.includes(readingLevel));
					const readAt = time + 600_000;
					if (questions.length === 0 || !module.quizLevels.includes(readingLevel)) {
						await progressTable.add([newId('prog'), userId, module.id, 'completed', 0, readAt, readAt, readAt]);
						time += DAY / 2;
						continue;
					}
					let best = 0;
					let passedAt: number | null = null;
					for (let attempt = 1; attempt <= 6 && passedAt === null; attempt++) {
						const at = readAt + attempt * (300_000 + Math.floor(random() * 1_200_000));
						let correct = 0;
						const answers: Record<string, object> = {};
						for (const question of questions) {
							const right = random() < Math.min(0.98, question.ease + skill + (attempt - 1) * 0.18);
							if (right) correct++;
							if (attempt === 1) answers[question.id] = answerFor(question, right);
						}
						const percent = Math.round((correct / questions.length) * 100);
						const passed = percent >= module.mastery;
						best = Math.max(best, percent);
						await attemptTable.add([
							newId('atte'),
							userId,
							module.id,
							module.versionId,
							readingLevel,
							correct,
							questions.length,
							percent,
							passed,
							attempt === 1 ? JSON.stringify(answers) : '{}',
							at
						]);
						if (passed) passedAt = at;
						// Some give up after failing.
						else if (random() < 0.08) break;
					}
					await progressTable.add([
						newId('prog'),
						userId,
						module.id,
						passedAt ? 'completed' : 'started',
						best,
						passedAt,
						readAt,
						passedAt ?? readAt
					]);
					if (!passedAt) {
						finished = false;
						break;
					}
					time = passedAt + DAY / 2;
				}
				if (finished && random() < 0.92) {
					await certificateTable.add([
						newId('cert'),
						newId('c').slice(-16).toUpperCase(),
						userId,
						course.id,
						programId,
						name,
						course.title,
						programName,
						`Penyelenggara ${p + 1}`,
						course.minutes,
						time,
						time
					]);
				}
			}
		}
	}
}
for (const writer of [
	programTable,
	userTable,
	organizerTable,
	cohortTable,
	trainerTable,
	cohortCourseTable,
	enrollmentTable,
	progressTable,
	attemptTable,
	certificateTable,
	outcomeTable,
	pretestTable
])
	await writer.flush();

if (sqlite) {
	const broken = sqlite.prepare('PRAGMA foreign_key_check').all();
	if (broken.length) throw new Error(`seed wrote ${broken.length} rows with a missing reference`);
	sqlite.exec('ANALYZE');
	sqlite.close();
} else {
	// A bulk load leaves no visibility map: index-only scans then visit every row until autovacuum
	// runs, as it would soon on a live database (the dashboard's count at L: 157 → 52 ms).
	await pool!.query('VACUUM ANALYZE');
	await pool!.end();
}
await disconnectDb();

const seconds = ((performance.now() - start) / 1000).toFixed(1);
console.log(`Seeded size ${size} into ${url} in ${seconds} s (${written.toLocaleString('en')} rows written):`);
console.log(`  ${PROGRAMS} programs, ${cohortTable.count} cohorts, ${enrollmentTable.count} participants`);
console.log(`  ${progressTable.count} progress rows + ${attemptTable.count} quiz attempts = ${progressTable.count + attemptTable.count}`);
console.log(`  ${certificateTable.count} certificates`);
console.log(`  ${outcomeTable.count} outcome answers (baseline, 3 and 6 months)`);
console.log(`  ${pretestTable.count} pre-test attempts (some skipped)`);
fs.writeFileSync(
	`data/bench-${size.toLowerCase()}${usePostgres ? '-postgres' : ''}.json`,
	JSON.stringify({ url, size, logins, participants: enrollmentTable.count, rows: progressTable.count + attemptTable.count }, null, '\t')
);
