/**
 * Small groups stay hidden (issue 12): where a figure would describe fewer than 5 people, the
 * page shows "< 5" instead, so nobody in a small village cohort can be singled out. Zero is
 * shown: it describes nobody.
 */
export const SMALL_GROUP = 5;

/** A count as shown: the number, or null when it must read "< 5". */
export function shownCount(count: number): number | null {
	return count > 0 && count < SMALL_GROUP ? null : count;
}

/** A share in whole percent, or null when the group (the denominator) is too small to show. */
export function shownShare(count: number, of: number): number | null {
	if (of < SMALL_GROUP) return null;
	return of === 0 ? 0 : Math.round((count / of) * 100);
}
