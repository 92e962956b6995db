/**
 * Stored photos are always WebP written by the app. Private: a shared cache must never keep a
 * participant's photo. Files are never overwritten (a new photo gets a new key), so the
 * browser itself may keep one.
 */
export function privatePhotoResponse(bytes: Uint8Array): Response {
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': 'image/webp',
			'content-length': String(bytes.byteLength),
			'cache-control': 'private, max-age=604800, immutable',
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'; sandbox"
		}
	});
}
