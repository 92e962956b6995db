/**
 * The practical task: `:::tugas` holds what to make, a "Foto:" paragraph saying what the photo
 * must show, and the criteria the trainer checks, as a list under "Kriteria:" (or
 * "Penilaian:"). The lesson page shows it apart from the lesson text, so it is taken out of the
 * per-level HTML.
 */
import type { ContainerDirective } from 'mdast-util-directive';
import type { List, RootContent } from 'mdast';
import { blockContent } from './blocks';
import { plainText, renderBlocks } from './markdown';
import { contentError } from './messages';
import { checkedId, withoutExplicitId } from './quiz-inline';
import { derivedCriterionId } from './stable-id';
import type { ContentError, PracticalTask } from './types';

const PHOTO_LABEL = /^\s*(foto|photo)\s*:\s*/i;
/** A paragraph that is only the label; the criteria are the list right after it. */
const RUBRIC_LABEL = /^\s*(kriteria(\s+penilaian)?|penilaian|criteria|rubric)\s*:?\s*$/i;

export function parsePractical(node: ContainerDirective, errors: ContentError[]): PracticalTask | undefined {
	const at = node.position?.start;
	const errorCountBefore = errors.length;
	const taskContent: RootContent[] = [];
	let photo: string | undefined;
	let rubricList: List | undefined;
	let rubricLabelSeen = false;

	const content = blockContent(node);
	for (const [index, child] of content.entries()) {
		if (child.type === 'paragraph' && PHOTO_LABEL.test(plainText(child))) {
			if (photo !== undefined) errors.push(contentError('practical.photo-twice', child.position?.start));
			photo = plainText(child).replace(PHOTO_LABEL, '').trim();
			if (!photo) errors.push(contentError('practical.empty-photo', child.position?.start));
			continue;
		}
		if (child.type === 'paragraph' && RUBRIC_LABEL.test(plainText(child))) {
			if (rubricLabelSeen) errors.push(contentError('practical.rubric-twice', child.position?.start));
			rubricLabelSeen = true;
			const next = content[index + 1];
			if (next?.type === 'list' && !rubricList) rubricList = next;
			continue;
		}
		if (child === rubricList) continue;
		taskContent.push(child);
	}

	if (!taskContent.some((child) => plainText(child).trim() || child.type === 'containerDirective')) {
		errors.push(contentError('practical.no-text', at));
	}
	if (photo === undefined) errors.push(contentError('practical.no-photo', at));
	const rubric = rubricList ? readRubric(rubricList, errors) : [];
	if (rubric.length === 0 && !rubricList?.children.length) errors.push(contentError('practical.empty-rubric', at));

	if (errors.length > errorCountBefore || photo === undefined) return undefined;
	return { html: renderBlocks(taskContent), photo, rubric, line: at?.line ?? 1 };
}

function readRubric(list: List, errors: ContentError[]): PracticalTask['rubric'] {
	const rubric: PracticalTask['rubric'] = [];
	const seen = new Set<string>();
	for (const item of list.children) {
		const at = item.position?.start;
		// A box ("- [ ] Jahitan lurus") is how some trainers write a checklist; it means nothing here.
		const [first, ...rest] = item.children;
		const { children, explicitId } = withoutExplicitId(first?.type === 'paragraph' ? first.children : []);
		const text = [plainText(children), ...rest.map((extra) => plainText(extra))].join(' ').replace(/\s+/g, ' ').trim();
		if (!text) {
			errors.push(contentError('practical.empty-criterion', at));
			continue;
		}
		const id = checkedId(explicitId, () => derivedCriterionId(text), at, errors);
		if (seen.has(id)) {
			errors.push(contentError('id.duplicate-criterion', at, { id }));
			continue;
		}
		seen.add(id);
		rubric.push({ id, text });
	}
	return rubric;
}
