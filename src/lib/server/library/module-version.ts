/**
 * Publishing a module version: one function for the importer and the web editor, so a module
 * published from either place is stored the same way. Versions are immutable once written.
 */
import { createHash } from 'node:crypto';
import type { DbTx } from '#lib/server/db/client';
import { quizForLevel } from '#lib/content/quiz';
import { LITERACY_LEVELS, type ParsedModule } from '#lib/content/types';

export function sourceHashOf(source: string): string {
	return createHash('sha256').update(source, 'utf8').digest('hex');
}

/** Stores the parsed module as the next version and makes it the one participants see. */
export async function publishModuleVersion(
	tx: DbTx,
	input: { moduleId: string; source: string; module: ParsedModule; publishedById?: string | null }
): Promise<{ id: string; version: number }> {
	const { module } = input;
	const last = await tx.moduleVersion.findFirst({
		where: { moduleId: input.moduleId },
		orderBy: { version: 'desc' },
		select: { version: true }
	});
	const version = (last?.version ?? 0) + 1;
	const created = await tx.moduleVersion.create({
		data: {
			moduleId: input.moduleId,
			version,
			title: module.title,
			summary: module.summary,
			minutes: module.minutes,
			masteryPercent: module.mastery,
			revealAnswersAfter: module.revealAnswersAfter,
			source: input.source,
			sourceHash: sourceHashOf(input.source),
			htmlDasar: module.html.dasar,
			htmlMenengah: module.html.menengah,
			htmlLanjut: module.html.lanjut,
			quizJson: JSON.stringify(module.quiz),
			quizLevels: LITERACY_LEVELS.filter((level) => quizForLevel(module.quiz, level).length > 0).join(','),
			objectivesJson: JSON.stringify(module.objectives),
			practicalRequired: module.practicalRequired,
			practicalJson: module.practical ? JSON.stringify(module.practical) : null,
			createdById: input.publishedById ?? null
		},
		select: { id: true }
	});
	await tx.module.update({ where: { id: input.moduleId }, data: { publishedVersionId: created.id } });
	return { id: created.id, version };
}
