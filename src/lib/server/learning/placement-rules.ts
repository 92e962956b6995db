/**
 * How placement answers become levels (docs/decisions/012). Pure: no database, so the rule is
 * tested on its own and the runtime only stores answers and asks this module what comes next.
 *
 * Each part is walked from dasar upward. Within a level, items come in the author's order; the
 * level is reached as soon as `cut` of its items are right, and not reached as soon as that can
 * no longer happen or the participant says they cannot do an item ("Saya tidak bisa membaca
 * ini" / "Lewati": not reached, not a wrong guess). The first level not reached ends the part;
 * the part's level is the highest one reached, and dasar when none is.
 */
import { LITERACY_LEVELS, type LiteracyLevel } from '#lib/content/types';

export type PlacementOutcome = 'correct' | 'wrong' | 'skipped';
export type PlacementMeasure = 'reading' | 'digital';

export interface PlacementTestOption {
	id: string;
	text: string;
	html: string;
	correct: boolean;
}

export interface PlacementTestItem {
	id: string;
	level: LiteracyLevel;
	type: 'single' | 'true-false' | 'picture';
	promptHtml: string;
	bodyHtml: string;
	options: PlacementTestOption[];
}

export interface PlacementTestPart {
	slug: string;
	title: string;
	/** Read once, above the part's first item. */
	introHtml: string;
	measures: PlacementMeasure;
	cutScores: Record<LiteracyLevel, number>;
	/** Level by level from dasar, in the author's order within a level. */
	items: PlacementTestItem[];
}

/** What PlacementVersion.testJson holds. */
export interface PlacementTest {
	title: string;
	summary: string;
	parts: PlacementTestPart[];
}

type LevelWalk = { state: 'reached' | 'not-reached' } | { state: 'open'; next: PlacementTestItem; unanswered: number };

function walkLevel(items: PlacementTestItem[], cut: number, responses: ReadonlyMap<string, PlacementOutcome>): LevelWalk {
	let correct = 0;
	for (const [index, item] of items.entries()) {
		if (correct >= cut) return { state: 'reached' };
		if (correct + (items.length - index) < cut) return { state: 'not-reached' };
		const outcome = responses.get(item.id);
		if (outcome === undefined) return { state: 'open', next: item, unanswered: items.length - index };
		if (outcome === 'skipped') return { state: 'not-reached' };
		if (outcome === 'correct') correct++;
	}
	return { state: correct >= cut ? 'reached' : 'not-reached' };
}

export type PartWalk = { state: 'done'; level: LiteracyLevel } | { state: 'open'; next: PlacementTestItem; remainingAtMost: number };

export function walkPart(part: PlacementTestPart, responses: ReadonlyMap<string, PlacementOutcome>): PartWalk {
	let level: LiteracyLevel = 'dasar';
	for (const [index, current] of LITERACY_LEVELS.entries()) {
		const walk = walkLevel(
			part.items.filter((item) => item.level === current),
			part.cutScores[current],
			responses
		);
		if (walk.state === 'open') {
			const higher = part.items.filter((item) => LITERACY_LEVELS.indexOf(item.level) > index).length;
			return { state: 'open', next: walk.next, remainingAtMost: walk.unanswered + higher };
		}
		if (walk.state === 'not-reached') break;
		level = current;
	}
	return { state: 'done', level };
}

export type PlacementStep =
	| {
			kind: 'item';
			part: PlacementTestPart;
			partIndex: number;
			item: PlacementTestItem;
			/** 1-based number of this item among those the participant sees. */
			position: number;
			/** The most items this participant can still see in all, this one included; it only shrinks. */
			total: number;
			/** True for the first item of a part: the page shows the part's intro. */
			firstOfPart: boolean;
	  }
	| { kind: 'done'; levels: Record<string, LiteracyLevel> };

export function nextPlacementStep(test: PlacementTest, responses: ReadonlyMap<string, PlacementOutcome>): PlacementStep {
	const levels: Record<string, LiteracyLevel> = {};
	const answered = test.parts.reduce((sum, part) => sum + part.items.filter((item) => responses.has(item.id)).length, 0);
	for (const [partIndex, part] of test.parts.entries()) {
		const walk = walkPart(part, responses);
		if (walk.state === 'done') {
			levels[part.slug] = walk.level;
			continue;
		}
		const later = test.parts.slice(partIndex + 1).reduce((sum, other) => sum + other.items.length, 0);
		return {
			kind: 'item',
			part,
			partIndex,
			item: walk.next,
			position: answered + 1,
			total: answered + walk.remainingAtMost + later,
			firstOfPart: !part.items.some((item) => responses.has(item.id))
		};
	}
	return { kind: 'done', levels };
}

/** The level a finished test gives for what a part measures; dasar if no part measures it. */
export function levelMeasured(test: PlacementTest, levels: Record<string, LiteracyLevel>, measure: PlacementMeasure): LiteracyLevel {
	const part = test.parts.find((candidate) => candidate.measures === measure);
	return (part && levels[part.slug]) ?? 'dasar';
}
