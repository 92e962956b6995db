/**
 * Refuses a request body that is too large for its route before any of it is read (the limits
 * are in body-limits.js), with a short page in the reader's language and the right status.
 */
import { checkBodySize } from '#lib/server/http/body-limits.js';
import { messagesFor, type Locale } from '#lib/i18n';

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function refusalPage(locale: Locale, status: number, title: string, text: string): Response {
	const m = messagesFor(locale);
	const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${status} · ${escapeHtml(m.appName)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem;line-height:1.5"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p><p><a href="/">${escapeHtml(m.security.back)}</a></p></body></html>`;
	return new Response(html, {
		status,
		// The unread rest of the body is discarded by Node's HTTP server, never parsed.
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'cache-control': 'private, no-store',
			'content-security-policy':
				"default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
		}
	});
}

/** A Response that refuses the request, or null when its body may be read. */
export function refuseOversizedBody(request: Request, url: URL, locale: Locale): Response | null {
	const { verdict, limit } = checkBodySize({
		method: request.method,
		pathname: url.pathname,
		contentLength: request.headers.get('content-length'),
		transferEncoding: request.headers.get('transfer-encoding')
	});
	const m = messagesFor(locale).security;
	if (verdict === 'too-large') return refusalPage(locale, 413, m.tooLargeTitle, m.tooLarge(limit));
	if (verdict === 'length-required') return refusalPage(locale, 411, m.lengthRequiredTitle, m.lengthRequired);
	return null;
}
