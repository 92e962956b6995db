/**
 * One download of a report page: which stream, under which file name. Table exports are
 * computed as the page computes them (same course, split and place); raw records and xAPI are
 * read in keyset pages. Headers are in Indonesian whatever the page's language, so a program's
 * files look the same whoever downloads them.
 */
import { messagesFor } from '#lib/i18n';
import { readKeptReport } from '#lib/server/reports/kept-reports';
import { funnelCsv, isRawExport, modulesCsv, questionsCsv, rawExportStream } from '#lib/server/reports/exports';
import { readReportQuery } from '#lib/server/reports/report-query';
import { xapiStream } from '#lib/server/reports/xapi';
import type { ReportScope } from '#lib/server/reports/scope';

export interface DownloadFile {
	body: ReadableStream<Uint8Array>;
	fileName: string;
	contentType: string;
}

const CSV = 'text/csv; charset=utf-8';

export async function reportDownload(
	scope: ReportScope,
	file: string,
	search: URLSearchParams,
	origin: string
): Promise<DownloadFile | null> {
	const query = readReportQuery(search, { places: scope.cohortId === null });
	const placed = { ...scope, place: query.place };
	const stem = [scope.programName, scope.cohortName, ...Object.values(query.place)].filter(Boolean).join('-');
	const today = new Date().toISOString().slice(0, 10);
	const name = (kind: string, extension: string) => `${stem}-${kind}-${today}.${extension}`;
	if (file === 'xapi')
		return { body: await xapiStream(placed, origin), fileName: name('xapi', 'jsonl'), contentType: 'application/x-ndjson; charset=utf-8' };
	if (isRawExport(file)) return { body: rawExportStream(placed, file), fileName: name(file, 'csv'), contentType: CSV };

	const report = await readKeptReport(placed, { courseId: query.courseId, split: query.split });
	if (!report.funnel || !report.course) return null;
	const t = messagesFor('id').reports;
	const levels = messagesFor('id').learn.levels as Record<string, string>;
	const course = report.course.slug;
	switch (file) {
		case 'corong': {
			const funnel = report.funnel;
			const labels = {
				total: t.total,
				stage: (index: number) => {
					const stage = funnel.stages[index];
					return stage.module ? t.stage.module(stage.module.title) : t.stage[stage.key as 'enrolled'];
				},
				group: (key: string) => {
					if (key === '') return t.notGiven;
					if (funnel.split === 'level') return levels[key] ?? key;
					if (funnel.split === 'gender') return t.gender[key] ?? key;
					if (funnel.split === 'age') return t.ageBand(key);
					return key;
				}
			};
			return { body: funnelCsv(funnel, labels), fileName: name(`${course}-tahap`, 'csv'), contentType: CSV };
		}
		case 'modul':
			return {
				body: modulesCsv(report.modules, report.funnel.total.counts[0]),
				fileName: name(`${course}-modul`, 'csv'),
				contentType: CSV
			};
		case 'soal':
			return {
				body: questionsCsv(report.questions, (level) => levels[level] ?? level),
				fileName: name(`${course}-soal`, 'csv'),
				contentType: CSV
			};
		default:
			return null;
	}
}
