/**
 * content/placement/ into the database, versioned like modules: unchanged files write nothing,
 * changed files become version n+1 and are published; versions are never edited, so the
 * answers of a participant who started the test stay graded against the items they saw.
 * A folder with any error is not imported and the live version stays.
 */
import type { DbTx } from '#lib/server/db/client';
import { LITERACY_LEVELS } from '#lib/content/types';
import { sourceHashOf } from '#lib/server/library/module-version';
import { DIGITAL_PART, PLACEMENT_DIR, type LoadedPlacement } from '#lib/server/library/content-placement';
import type { PlacementTest, PlacementTestItem } from '#lib/server/learning/placement-rules';

export interface PlacementImportReport {
	status: 'created' | 'new-version' | 'unchanged' | 'failed';
	/** The version participants take after the import; null when none was ever published. */
	publishedVersion: number | null;
}

/** The files exactly as written, in a stable order, for the version's source and hash. */
function sourceOf(placement: LoadedPlacement): string {
	const files: Record<string, string> = { 'placement.yaml': placement.manifestSource };
	for (const part of placement.parts) files[`${part.slug}.md`] = part.source;
	return JSON.stringify(files);
}

/** The test as the runtime needs it. Only called for a valid folder. */
export function placementTestOf(placement: LoadedPlacement): PlacementTest {
	const manifest = placement.manifest!;
	return {
		title: manifest.title,
		summary: manifest.summary,
		parts: placement.parts.map((part) => {
			if (!part.parsed.ok) throw new Error(`placement part ${part.slug} did not parse`);
			const { module } = part.parsed;
			const items: PlacementTestItem[] = [];
			for (const level of LITERACY_LEVELS) {
				for (const question of module.quiz.questions) {
					if (question.levels[0] !== level || question.type === 'ordering' || question.type === 'numeric' || question.type === 'multiple')
						continue;
					items.push({
						id: question.id,
						level,
						type: question.type,
						promptHtml: question.promptHtml,
						bodyHtml: question.bodyHtml,
						options: question.options.map(({ id, text, html, correct }) => ({ id, text, html, correct }))
					});
				}
			}
			return {
				slug: part.slug,
				title: module.title,
				introHtml: module.html.dasar,
				// content:check admits only these two parts (placement.part-unknown).
				measures: part.slug === DIGITAL_PART ? ('digital' as const) : ('reading' as const),
				cutScores: manifest.cutScores[part.slug],
				items
			};
		})
	};
}

export async function importPlacement(tx: DbTx, placement: LoadedPlacement): Promise<PlacementImportReport> {
	const existing = await tx.placement.findUnique({
		where: { slug: PLACEMENT_DIR },
		select: { id: true, publishedVersion: { select: { version: true, sourceHash: true } } }
	});
	if (!placement.valid || !placement.manifest) {
		return { status: 'failed', publishedVersion: existing?.publishedVersion?.version ?? null };
	}
	// Images first: the published items show them.
	for (const file of placement.media) {
		const data = {
			contentType: file.contentType,
			bytes: file.bytes,
			byteSize: file.byteSize,
			sha256: file.sha256,
			width: file.width,
			height: file.height
		};
		const stored = await tx.placementMedia.findUnique({ where: { path: file.path }, select: { sha256: true } });
		if (stored?.sha256 === file.sha256) continue;
		await tx.placementMedia.upsert({ where: { path: file.path }, create: { path: file.path, ...data }, update: data });
	}
	const source = sourceOf(placement);
	const sourceHash = sourceHashOf(source);
	if (existing?.publishedVersion?.sourceHash === sourceHash)
		return { status: 'unchanged', publishedVersion: existing.publishedVersion.version };

	const placementId = existing?.id ?? (await tx.placement.create({ data: { slug: PLACEMENT_DIR }, select: { id: true } })).id;
	const last = await tx.placementVersion.findFirst({ where: { placementId }, orderBy: { version: 'desc' }, select: { version: true } });
	const version = (last?.version ?? 0) + 1;
	const created = await tx.placementVersion.create({
		data: {
			placementId,
			version,
			title: placement.manifest.title,
			summary: placement.manifest.summary,
			source,
			sourceHash,
			testJson: JSON.stringify(placementTestOf(placement))
		},
		select: { id: true }
	});
	await tx.placement.update({ where: { id: placementId }, data: { publishedVersionId: created.id } });
	return { status: existing ? 'new-version' : 'created', publishedVersion: version };
}
