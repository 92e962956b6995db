/**
 * The needs assessment of one group (or the whole program) as a one-page printable summary.
 * Pure: builds the document; pdf-worker.ts renders it off the request thread.
 */
import type { Messages } from '#lib/i18n';
import { LEVEL_KEYS, type NeedsGroup } from '#lib/server/reports/needs';
import type { ReportDocument } from '#lib/server/reports/pdf-document';

const shown = (value: number | null) => (value === null ? '< 5' : String(value));

export function needsSummaryDocument(input: {
	programName: string;
	group: NeedsGroup;
	groupLabel: string;
	t: Messages['outcomes'];
	now: Date;
}): ReportDocument {
	const { t, group } = input;
	const blocks: ReportDocument['blocks'] = [
		{ type: 'title', text: `${t.needs.title}: ${input.groupLabel}` },
		{ type: 'text', text: `${input.programName} · ${t.needs.participants(group.participants)}`, muted: true },
		{
			type: 'table',
			widths: [0.28, 0.18, 0.18, 0.18, 0.18],
			rows: [
				['', ...LEVEL_KEYS.map((key) => t.needs.levelNames[key])],
				[t.needs.reading, ...LEVEL_KEYS.map((key) => shown(group.reading[key]))],
				[t.needs.digital, ...LEVEL_KEYS.map((key) => shown(group.digital[key]))]
			]
		}
	];
	for (const course of group.courses) {
		blocks.push({ type: 'heading', text: t.needs.pretestTitle(course.title) });
		if (!course.takers) {
			blocks.push({ type: 'text', text: t.needs.noPretest, muted: true });
			continue;
		}
		blocks.push({ type: 'text', text: t.needs.pretestTaken(course.takers), muted: true });
		const shownRows = course.objectives.filter((row) => row.percent !== null);
		const sorted = [...shownRows].sort((a, b) => b.percent! - a.percent!);
		if (sorted.length >= 2) {
			blocks.push({
				type: 'text',
				text: `${t.needs.strongest}: ${sorted[0].moduleTitle ?? t.needs.otherItems} (${sorted[0].percent}%). ${t.needs.weakest}: ${sorted.at(-1)!.moduleTitle ?? t.needs.otherItems} (${sorted.at(-1)!.percent}%).`
			});
		}
		blocks.push({
			type: 'table',
			widths: [0.8, 0.2],
			rows: [
				[t.needs.objective, t.needs.correct],
				...course.objectives.map((row) => [
					`${row.moduleTitle ?? t.needs.otherItems}${row.objectives.length ? `: ${row.objectives.join('; ')}` : ''}`,
					`${row.percent === null ? '< 5' : `${row.percent}%`} (n = ${shown(row.takers)})`
				])
			]
		});
	}
	return {
		title: `${t.needs.title} · ${input.programName}`,
		footer: `Berdaya · ${input.programName} · ${input.now.toISOString().slice(0, 10)}`,
		createdAt: input.now,
		size: 8.5,
		blocks
	};
}
