/**
 * Images in a module: where they may come from, and how their addresses reach the page.
 * A module names images relative to its own file (`gambar/jarum.webp`); the app serves them
 * from a media URL, so the parser rewrites those paths once, at publish time.
 */
import type { Root } from 'mdast';
import { walk } from './blocks';

/** The file types the importer and the media route serve (src/lib/server/media-file.ts). */
const IMAGE_EXTENSIONS = ['.svg', '.webp', '.png', '.jpg', '.jpeg'];

/**
 * Images come from the course folder or from an https address. Everything else (http, data:,
 * javascript:, protocol-relative //host, absolute /paths, ../ escapes) is refused.
 */
export function imageSourceKind(src: string): 'relative' | 'https' | 'unsafe' {
	const value = src.trim();
	if (/^https:\/\/[^/\s]+/i.test(value)) return 'https';
	if (!value || /^[a-z][a-z0-9+.-]*:/i.test(value) || /^[/\\]/.test(value) || /\\/.test(value)) return 'unsafe';
	if (value.split('/').some((segment) => segment === '..')) return 'unsafe';
	return 'relative';
}

/** A relative image path the app can serve: one of the image types, judged by its name. */
export function hasImageExtension(src: string): boolean {
	const path = src.split(/[?#]/)[0].toLowerCase();
	return IMAGE_EXTENSIONS.some((extension) => path.endsWith(extension));
}

/**
 * Every image gets loading="lazy" (a participant on prepaid data downloads only what they
 * scroll to) and, with a media base URL, relative paths become `${mediaBaseUrl}${path}`.
 * Runs on the tree before anything is rendered, so lesson, quiz and task HTML all agree, and
 * the result still passes the sanitizer like any other URL.
 */
export function prepareImages(tree: Root, mediaBaseUrl: string | undefined): void {
	const base = mediaBaseUrl === undefined || mediaBaseUrl === '' || mediaBaseUrl.endsWith('/') ? (mediaBaseUrl ?? '') : `${mediaBaseUrl}/`;
	const referencedByImage = new Set<string>();
	walk(tree, (node) => {
		if (node.type !== 'image' && node.type !== 'imageReference') return;
		node.data = { ...node.data, hProperties: { ...node.data?.hProperties, loading: 'lazy' } };
		if (node.type === 'imageReference') referencedByImage.add(node.identifier);
		else node.url = served(node.url, base);
	});
	walk(tree, (node) => {
		if (node.type === 'definition' && referencedByImage.has(node.identifier)) node.url = served(node.url, base);
	});
}

function served(src: string, base: string): string {
	if (!base || imageSourceKind(src) !== 'relative') return src;
	const path = src.trim().split('/').filter((segment) => segment !== '.' && segment !== '').join('/');
	return `${base}${path}`;
}
