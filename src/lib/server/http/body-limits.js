/**
 * How many bytes a request body may have, per route: the one table both the server hook and
 * scripts/serve.js read, so a body too large is refused from its Content-Length before a single
 * byte of it is read. Ordinary form actions get a small limit; only routes that take a module
 * text or an upload get more. A new upload route needs one line here.
 *
 * Plain JavaScript (with JSDoc types) because scripts/serve.js runs without a compiler.
 */

const KB = 1024;
const MB = 1024 * KB;

/** Every form action not named below: logins, quiz answers, settings. */
export const DEFAULT_BODY_LIMIT = 64 * KB;

/**
 * `*` matches one path segment, `**` any rest (at least one segment). First match wins.
 * @type {ReadonlyArray<{ pattern: string; bytes: number; why: string }>}
 */
export const BODY_LIMITS = [
	{ pattern: '/tulis/*/gambar', bytes: 12 * MB, why: 'one course image up to 10 MB (images/media.ts refuses more)' },
	{ pattern: '/tulis/*/*', bytes: Math.round(1.2 * MB), why: 'a module text of up to 1 MB: save, preview, publish' },
	{ pattern: '/belajar/*/*/kirim', bytes: 64 * KB, why: 'quiz answers or a read mark made offline (quiz-form.ts bounds the fields)' },
	{ pattern: '/belajar/*/*/tugas', bytes: 32 * MB, why: 'practical work: up to 3 phone photos of about 10 MB' },
	{ pattern: '/belajar/*/*/tanya', bytes: 12 * MB, why: 'a question to the trainer with one photo' },
	{ pattern: '/belajar/*/tanya', bytes: 12 * MB, why: 'a question to the trainer with one photo' },
	{ pattern: '/latih/*/tanya/*', bytes: 12 * MB, why: 'a trainer answer (text only today; room for a photo)' },
	{
		pattern: '/kelola/kelompok/*/impor',
		bytes: 2 * MB,
		why: 'an enrollment CSV of up to 5,000 rows (cohorts/enrollment-import.ts refuses more)'
	}
];

/** The largest limit in the table: what the HTTP server itself may ever accept. */
export const LARGEST_BODY_LIMIT = Math.max(DEFAULT_BODY_LIMIT, ...BODY_LIMITS.map((entry) => entry.bytes));

/**
 * @param {string} pattern
 * @param {string[]} segments
 */
function matches(pattern, segments) {
	const parts = pattern.split('/').filter(Boolean);
	for (let i = 0; i < parts.length; i++) {
		if (parts[i] === '**') return segments.length > i;
		if (i >= segments.length || (parts[i] !== '*' && parts[i] !== segments[i])) return false;
	}
	return parts.length === segments.length;
}

/**
 * The limit for a request to this path (without query string).
 * @param {string} pathname
 * @returns {number}
 */
export function bodyLimitFor(pathname) {
	const segments = pathname.split('/').filter(Boolean);
	return BODY_LIMITS.find((entry) => matches(entry.pattern, segments))?.bytes ?? DEFAULT_BODY_LIMIT;
}

/**
 * What to do with a request before its body is read: `ok`, `too-large` (413) when the declared
 * length is over the route's limit, or `length-required` (411) when a body comes without a
 * length (chunked), which no browser form sends and which could otherwise not be refused early.
 * @param {{ method: string; pathname: string; contentLength: string | null | undefined; transferEncoding: string | null | undefined }} request
 * @returns {{ verdict: 'ok' | 'too-large' | 'length-required'; limit: number }}
 */
export function checkBodySize({ method, pathname, contentLength, transferEncoding }) {
	const limit = bodyLimitFor(pathname);
	if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return { verdict: 'ok', limit };
	if (contentLength === null || contentLength === undefined || contentLength === '') {
		return { verdict: transferEncoding ? 'length-required' : 'ok', limit };
	}
	const length = Number(contentLength);
	if (!Number.isSafeInteger(length) || length < 0) return { verdict: 'length-required', limit };
	return { verdict: length > limit ? 'too-large' : 'ok', limit };
}
