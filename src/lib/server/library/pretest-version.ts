/**
 * A course's pre-test (content/<course>/pretest.md) into the database, versioned like modules:
 * unchanged text writes nothing, changed text becomes version n+1. Attempts point at the version
 * they were taken on, so a post-test compares the same items (docs/decisions/013).
 */
import type { DbTx } from '#lib/server/db/client';
import { sourceHashOf } from '#lib/server/library/module-version';
import type { ParsedModule } from '#lib/content/types';

export type PretestImportStatus = 'created' | 'new-version' | 'unchanged';

export async function importPretestVersion(
	tx: DbTx,
	input: { courseId: string; source: string; module: ParsedModule }
): Promise<{ status: PretestImportStatus; version: number }> {
	const sourceHash = sourceHashOf(input.source);
	const last = await tx.courseTestVersion.findFirst({
		where: { courseId: input.courseId },
		orderBy: { version: 'desc' },
		select: { version: true, sourceHash: true }
	});
	if (last?.sourceHash === sourceHash) return { status: 'unchanged', version: last.version };
	const version = (last?.version ?? 0) + 1;
	await tx.courseTestVersion.create({
		data: {
			courseId: input.courseId,
			version,
			title: input.module.title,
			summary: input.module.summary,
			source: input.source,
			sourceHash,
			// Assessments have no level text (content-placement checks it): one intro for all.
			introHtml: input.module.html.dasar,
			quizJson: JSON.stringify(input.module.quiz)
		}
	});
	return { status: last ? 'new-version' : 'created', version };
}
