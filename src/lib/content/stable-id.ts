/**
 * Stable ids for questions, options, ordering steps and rubric criteria, so that stored answers,
 * reviews and item analysis keep pointing at the same thing when a trainer edits another one.
 * Pure (no node:crypto) so the web editor can show ids while typing.
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

export function derivedStepId(stepText: string): string {
	return `s-${shortHash(normalizeForId(stepText))}`;
}

export function derivedCriterionId(criterionText: string): string {
	return `r-${shortHash(normalizeForId(criterionText))}`;
}

/** Explicit ids are written by people: short, lower-case, URL- and JSON-safe. */
export const EXPLICIT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** `Question text {#my-id}` → the text and the id; without a marker, id is undefined. */
export function splitExplicitId(text: string): { text: string; id: string | undefined } {
	const match = /\s*\{#([^}]*)\}\s*$/.exec(text);
	if (!match) return { text, id: undefined };
	return { text: text.slice(0, match.index), id: match[1] };
}

/**
 * `Question text {#my-id type=multiple}` → the text, the id, the type and anything else that was
 * inside the braces (reported by the caller). `jenis=` is the Indonesian spelling of `type=`.
 * Only a brace group at the very end counts, so "{" elsewhere in a sentence is plain text.
 */
export function splitAttributes(text: string): {
	text: string;
	id: string | undefined;
	type: string | undefined;
	module?: string;
	unknown: string[];
} {
	const match = /\s*\{([^{}]*)\}\s*$/.exec(text);
	if (!match) return { text, id: undefined, type: undefined, unknown: [] };
	let id: string | undefined;
	let type: string | undefined;
	let module: string | undefined;
	const unknown: string[] = [];
	const tokens = match[1].trim().split(/\s+/).filter(Boolean);
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index];
		const typed = /^(?:type|jenis)=(.*)$/i.exec(token);
		if (token.startsWith('#') && id === undefined) {
			// Words after "#" up to the next name=value belong to the id, so "{#Soal Satu}" is
			// reported as one invalid id rather than as a stray word.
			const words = [token.slice(1)];
			while (index + 1 < tokens.length && !tokens[index + 1].includes('=')) words.push(tokens[++index]);
			id = words.join(' ');
		} else if (typed && type === undefined) type = typed[1];
		else if (/^(?:modul|module)=[a-z0-9][a-z0-9-]*$/i.test(token) && module === undefined) module = token.slice(token.indexOf('=') + 1).toLowerCase();
		else unknown.push(token);
	}
	// "{}" or "{ }" is left as text: nothing there reads as an attribute.
	if (id === undefined && type === undefined && module === undefined && unknown.length === 0)
		return { text, id: undefined, type: undefined, unknown: [] };
	return { text: text.slice(0, match.index), id, type, ...(module !== undefined && { module }), unknown };
}
