/** Addresses and Markdown for a course image, as the upload page shows them. */
import type { Messages } from '#lib/i18n';

export type UploadErrorCode = keyof Messages['media']['errors'];

/** Each segment encoded: imported images may have spaces or other characters in their names. */
export function mediaUrl(courseSlug: string, path: string): string {
	return `/media/${courseSlug}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The exact text a trainer pastes into a module. A path with spaces or brackets is wrapped in
 * <…>, the form Markdown accepts for such paths; uploaded images never need it.
 */
export function markdownImageSnippet(alt: string, path: string): string {
	const target = /[\s()<>]/.test(path) ? `<${path}>` : path;
	return `![${alt}](${target})`;
}
