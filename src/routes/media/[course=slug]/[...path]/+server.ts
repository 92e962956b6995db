/**
 * Course images, by the path a module writes: /media/<course>/gambar/jarum.webp.
 *
 * Public on purpose once the course has published a module: course images are teaching
 * illustrations, not secrets, and serving them without a session lets a participant's phone
 * (and any proxy on the way) keep them for a day instead of paying prepaid data for them on
 * every lesson. A course never published shows its images only to those who may view it in
 * the editor (images/media.ts readMediaAsset), and nobody else's cache keeps them.
 */
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as media from '#lib/server/images/media';
import { messagesFor } from '#lib/i18n';

const MAX_PATH_LENGTH = 300;

/**
 * Paths are looked up, never opened as files, but a traversal-shaped path is still refused
 * before any query: nothing legitimate looks like one, and it keeps the rule in one place.
 */
function isSafeMediaPath(path: string): boolean {
	if (!path || path.length > MAX_PATH_LENGTH) return false;
	// eslint-disable-next-line no-control-regex -- a path with control characters is refused
	if (path.startsWith('/') || path.includes('\\') || /[\u0000-\u001f\u007f]/.test(path)) return false;
	return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** If-None-Match may list several tags, weak (W/"…") or strong, or be "*". */
function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	return ifNoneMatch.split(',').some((tag) => {
		const value = tag.trim();
		return value === '*' || value.replace(/^W\//, '') === etag;
	});
}

export const GET: RequestHandler = async ({ params, request, locals }) => {
	if (!isSafeMediaPath(params.path)) error(404, messagesFor(locals.locale).errors.notFound);
	const asset = await media.readMediaAsset(params.course, params.path, locals.user);
	if (!asset) error(404, messagesFor(locals.locale).errors.notFound);

	const etag = `"${asset.sha256}"`;
	const headers = new Headers({
		etag,
		'cache-control': asset.public ? 'public, max-age=86400' : 'private, no-cache',
		'x-content-type-options': 'nosniff'
	});
	// Shipped SVG illustrations are checked on import; this is the second lock: opened on its
	// own in a tab, an SVG runs no script, loads nothing and is sandboxed from our cookies.
	if (asset.contentType === 'image/svg+xml') {
		headers.set('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
	}
	if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });

	headers.set('content-type', asset.contentType);
	headers.set('content-length', String(asset.bytes.byteLength));
	return new Response(new Uint8Array(asset.bytes), { headers });
};
