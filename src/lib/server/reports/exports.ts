/**
 * CSV exports of a report's scope: raw records (participants, enrollments, quiz attempts,
 * practical submissions) read by keyset a page at a time, and the report's own tables. Every
 * export streams (reports/csv.ts): memory stays flat however many rows there are.
 *
 * An empty scope gives a header-only file: a valid CSV that a program's own scripts can read
 * every month without special cases. The page says beforehand that there is nothing to export.
 */
import { db } from '#lib/server/db/client';
import { leanRows } from '#lib/server/db/lean-read';
import { sql } from '#lib/server/db/raw-sql';
import { readingLevelOf } from '#lib/server/learning/levels';
import { csvStream, keysetBatches, type CsvCell } from '#lib/server/reports/csv';
import { PLACE_LEVELS, type ReportScope } from '#lib/server/reports/scope';
import {
	cohortInScope,
	percent,
	shownCount,
	type DifficultQuestion,
	type Funnel,
	type ModuleStats
} from '#lib/server/reports/progress-report';

/** Rows per database read: small enough for flat memory, large enough to be fast. */
export const EXPORT_PAGE_SIZE = 1000;

export const RAW_EXPORTS = ['peserta', 'pendaftaran', 'kuis', 'tugas'] as const;
export const TABLE_EXPORTS = ['corong', 'modul', 'soal'] as const;
export type RawExport = (typeof RAW_EXPORTS)[number];
export type TableExport = (typeof TABLE_EXPORTS)[number];

export function isRawExport(name: string): name is RawExport {
	return (RAW_EXPORTS as readonly string[]).includes(name);
}
export function isTableExport(name: string): name is TableExport {
	return (TABLE_EXPORTS as readonly string[]).includes(name);
}

/** Where clause for cohorts in the scope. */
export function cohortsInScope(scope: ReportScope) {
	return {
		programId: scope.programId,
		...(scope.cohortId ? { id: scope.cohortId } : {}),
		...Object.fromEntries(PLACE_LEVELS.filter((level) => scope.place[level] !== undefined).map((level) => [level, scope.place[level]]))
	};
}

/** Where clause for the participants of the scope. */
export function participantsOf(scope: ReportScope) {
	return { role: 'participant', enrollments: { some: { cohort: cohortsInScope(scope) } } };
}

/** Whether the scope has anyone to export (one row looked at, not all of them counted). */
export async function hasParticipants(scope: ReportScope): Promise<boolean> {
	return (await db.user.findFirst({ where: participantsOf(scope), select: { id: true } })) !== null;
}

interface ParticipantRow {
	id: string;
	name: string;
	phone: string | null;
	gender: string | null;
	birthYear: number | null;
	village: string | null;
	literacyLevel: string;
	levelSetAt: Date | null;
	digitalLevel: string | null;
	createdAt: Date;
}

/**
 * One keyset page of the scope's participants, in id order. The scope test is a scalar
 * subquery per person, so both databases walk the User key in order and look up each person's
 * enrollments by the userId index, and a page costs its thousand rows. Written as the ORM's
 * `enrollments: { some: … }`, PostgreSQL turned it into a join that gathered every enrollment
 * of the scope again for each page (a program of 100,000: 0.3 s a page, 22 s in all).
 */
function participantPage(scope: ReportScope, after: string | undefined): Promise<ParticipantRow[]> {
	return leanRows<ParticipantRow>(
		sql`SELECT u.id, u.name, u.phone, u.gender, u."birthYear", u.village, u."literacyLevel", u."levelSetAt", u."digitalLevel", u."createdAt"
			FROM "User" u
			WHERE u.role = 'participant' AND u.id > ${after ?? ''}
				AND (SELECT 1 FROM "Enrollment" e JOIN "Cohort" c ON c.id = e."cohortId"
					WHERE e."userId" = u.id AND ${cohortInScope(scope)} LIMIT 1) IS NOT NULL
			ORDER BY u.id
			LIMIT ${EXPORT_PAGE_SIZE}`,
		{ dates: ['levelSetAt', 'createdAt'], numbers: ['birthYear'] }
	);
}

type Rows = CsvCell[][];

function pages<Row extends { id: string }>(read: (after: string | undefined) => Promise<Row[]>, toCells: (row: Row) => CsvCell[]) {
	return (async function* () {
		for await (const rows of keysetBatches(async (after: string | undefined) => {
			const page = await read(after);
			return { rows: page, last: page.length === EXPORT_PAGE_SIZE ? page[page.length - 1].id : undefined };
		}))
			yield rows.map(toCells) as Rows;
	})();
}

const after = (id: string | undefined) => (id === undefined ? {} : { id: { gt: id } });

const HEADERS: Record<RawExport, string[]> = {
	peserta: [
		'ID peserta',
		'Nama',
		'Nomor HP',
		'Jenis kelamin',
		'Tahun lahir',
		'Desa',
		'Tingkat membaca',
		'Sudah tes penempatan',
		'Tingkat digital',
		'Akun dibuat'
	],
	pendaftaran: [
		'ID pendaftaran',
		'ID peserta',
		'Nama',
		'Kelompok',
		'Provinsi',
		'Kabupaten/kota',
		'Kecamatan',
		'Desa/kelurahan',
		'Tanggal daftar'
	],
	kuis: [
		'ID percobaan',
		'ID peserta',
		'Kursus',
		'Modul',
		'Versi modul',
		'Tingkat',
		'Jawaban benar',
		'Jumlah soal',
		'Nilai (%)',
		'Lulus',
		'Waktu'
	],
	tugas: [
		'ID tugas',
		'ID peserta',
		'Nama',
		'Kelompok',
		'Kursus',
		'Modul',
		'Status',
		'Catatan peserta',
		'Umpan balik pelatih',
		'Dikirim',
		'Dinilai'
	]
};

export function rawExportStream(scope: ReportScope, kind: RawExport): ReadableStream<Uint8Array> {
	const take = EXPORT_PAGE_SIZE;
	switch (kind) {
		case 'peserta':
			return csvStream(
				HEADERS.peserta,
				pages(
					(id) => participantPage(scope, id),
					(user) => [
						user.id,
						user.name,
						user.phone,
						user.gender,
						user.birthYear,
						user.village,
						readingLevelOf(user),
						user.levelSetAt !== null,
						user.digitalLevel,
						user.createdAt
					]
				)
			);
		case 'pendaftaran':
			return csvStream(
				HEADERS.pendaftaran,
				pages(
					(id) =>
						db.enrollment.findMany({
							where: { cohort: cohortsInScope(scope), user: { role: 'participant' }, ...after(id) },
							orderBy: { id: 'asc' },
							take,
							select: {
								id: true,
								userId: true,
								createdAt: true,
								user: { select: { name: true } },
								cohort: { select: { name: true, province: true, regency: true, district: true, village: true } }
							}
						}),
					(row) => [
						row.id,
						row.userId,
						row.user.name,
						row.cohort.name,
						row.cohort.province,
						row.cohort.regency,
						row.cohort.district,
						row.cohort.village,
						row.createdAt
					]
				)
			);
		case 'kuis':
			return csvStream(
				HEADERS.kuis,
				pages(
					(id) =>
						db.quizAttempt.findMany({
							where: {
								user: participantsOf(scope),
								module: { course: { cohorts: { some: { cohort: cohortsInScope(scope) } } } },
								...after(id)
							},
							orderBy: { id: 'asc' },
							take,
							select: {
								id: true,
								userId: true,
								level: true,
								correctCount: true,
								questionCount: true,
								percent: true,
								passed: true,
								createdAt: true,
								moduleVersion: { select: { version: true, title: true } },
								module: { select: { course: { select: { title: true } } } }
							}
						}),
					(row) => [
						row.id,
						row.userId,
						row.module.course.title,
						row.moduleVersion.title,
						row.moduleVersion.version,
						row.level,
						row.correctCount,
						row.questionCount,
						row.percent,
						row.passed,
						row.createdAt
					]
				)
			);
		case 'tugas':
			return csvStream(
				HEADERS.tugas,
				pages(
					(id) =>
						db.practicalSubmission.findMany({
							where: { cohort: cohortsInScope(scope), ...after(id) },
							orderBy: { id: 'asc' },
							take,
							select: {
								id: true,
								userId: true,
								status: true,
								note: true,
								feedback: true,
								createdAt: true,
								reviewedAt: true,
								user: { select: { name: true } },
								cohort: { select: { name: true } },
								moduleVersion: { select: { title: true } },
								module: { select: { course: { select: { title: true } } } }
							}
						}),
					(row) => [
						row.id,
						row.userId,
						row.user.name,
						row.cohort.name,
						row.module.course.title,
						row.moduleVersion.title,
						({ submitted: 'menunggu', accepted: 'diterima', revise: 'perlu diperbaiki' } as Record<string, string>)[row.status] ??
							row.status,
						row.note,
						row.feedback,
						row.createdAt,
						row.reviewedAt
					]
				)
			);
	}
}

// ---------------------------------------------------------------- the report's own tables

/** A table already computed for the page (small: stages × groups), as one batch. */
function oneBatch(rows: Rows): AsyncIterable<Rows> {
	return (async function* () {
		if (rows.length) yield rows;
	})();
}

const SMALL = '< 5';

function cell(count: number, groupSize: number, split: boolean): CsvCell {
	if (!split) return count;
	return shownCount(count, groupSize) ?? SMALL;
}

function cellPercent(count: number, groupSize: number, split: boolean): CsvCell {
	if (split && shownCount(count, groupSize) === null) return SMALL;
	return percent(count, groupSize);
}

export interface TableLabels {
	stage: (stageIndex: number) => string;
	group: (key: string) => string;
	total: string;
}

export function funnelCsv(funnel: Funnel, labels: TableLabels): ReadableStream<Uint8Array> {
	const header = ['Tahap', `${labels.total}: jumlah`, `${labels.total}: %`];
	for (const group of funnel.groups) header.push(`${labels.group(group.key)}: jumlah`, `${labels.group(group.key)}: %`);
	const rows: Rows = funnel.stages.map((_, index) => {
		const row: CsvCell[] = [labels.stage(index), funnel.total.counts[index], percent(funnel.total.counts[index], funnel.total.counts[0])];
		for (const group of funnel.groups) {
			const size = group.counts[0];
			row.push(cell(group.counts[index], size, true), cellPercent(group.counts[index], size, true));
		}
		return row;
	});
	return csvStream(header, oneBatch(rows));
}

export function modulesCsv(modules: ModuleStats[], enrolled: number): ReadableStream<Uint8Array> {
	return csvStream(
		['Modul', 'Selesai', 'Selesai (%)', 'Lulus kuis', 'Median percobaan sampai lulus', 'Median menit sampai lulus'],
		oneBatch(
			modules.map((stats) => [
				stats.module.title,
				stats.completed,
				percent(stats.completed, enrolled),
				stats.passed,
				stats.medianAttempts,
				stats.medianMinutes
			])
		)
	);
}

export function questionsCsv(questions: DifficultQuestion[], levelLabel: (level: string) => string): ReadableStream<Uint8Array> {
	return csvStream(
		[
			'Modul',
			'Soal',
			'Dijawab (percobaan pertama)',
			'Benar (%)',
			'Jawaban salah paling sering',
			'Dipilih',
			...['dasar', 'menengah', 'lanjut'].flatMap((level) => [`${levelLabel(level)}: dijawab`, `${levelLabel(level)}: benar (%)`])
		],
		oneBatch(
			questions.map((question) => {
				const small = question.answered < 5;
				const row: CsvCell[] = [
					question.module.title,
					question.prompt,
					question.answered,
					small ? SMALL : percent(question.correct, question.answered),
					small ? '' : (question.topWrong?.text ?? ''),
					small ? '' : (question.topWrong?.count ?? '')
				];
				for (const level of ['dasar', 'menengah', 'lanjut']) {
					const stats = question.byLevel.find((entry) => entry.level === level);
					if (!stats) row.push(0, '');
					else row.push(cell(stats.answered, stats.answered, true), stats.answered < 5 ? SMALL : percent(stats.correct, stats.answered));
				}
				return row;
			})
		)
	);
}
