/**
 * Stable ids for questions and options, so that stored answers and item analysis keep pointing
 * at the same question when a trainer edits a different one. Pure (no node:crypto) so the web
 * editor can show ids while typing.
 */

/** Case, spacing and Unicode form do not change an id; wording does. */
export function normalizeForId(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** FNV-1a (32-bit) over UTF-8 bytes, as 8 hex digits. Not for security, only for identity. */
export function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(text)) {
		hash ^= byte;
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}

export function derivedQuestionId(promptText: string): string {
	return `q-${shortHash(normalizeForId(promptText))}`;
}

export function derivedOptionId(optionText: string): string {
	return `o-${shortHash(normalizeForId(optionText))}`;
}

/** Explicit ids are written by people: short, lower-case, URL- and JSON-safe. */
export const EXPLICIT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** `Question text {#my-id}` → the text and the id; without a marker, id is undefined. */
export function splitExplicitId(text: string): { text: string; id: string | undefined } {
	const match = /\s*\{#([^}]*)\}\s*$/.exec(text);
	if (!match) return { text, id: undefined };
	return { text: text.slice(0, match.index), id: match[1] };
}
