import { sequence, type Handle } from '@sveltejs/kit/hooks';

import * as session from '#lib/server/accounts/session';
import { refuseOversizedBody } from '#lib/server/http/body-guard';
import { hasScriptElement, withoutScripts } from '#lib/server/http/csp';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from '#lib/i18n';

/** Language: the cookie set by the switch, else the user's saved choice, else Indonesian. */
const handleLocale: Handle = async ({ event, resolve }) => {
	const fromCookie = event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};

/** A body too large for its route is refused before it is read (src/lib/server/http/body-limits.js). */
const handleBodySize: Handle = async ({ event, resolve }) =>
	refuseOversizedBody(event.request, event.url, event.locals.locale) ?? resolve(event);

/** A page rendered without any script element may run none (src/lib/server/http/csp.ts). */
const handleScriptPolicy: Handle = async ({ event, resolve }) => {
	let sawScript: boolean | null = null;
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => {
			sawScript = (sawScript ?? false) || hasScriptElement(html);
			return html;
		}
	});
	const policy = response.headers.get('content-security-policy');
	if (sawScript === false && policy) response.headers.set('content-security-policy', withoutScripts(policy));
	return response;
};

/** Session as the Lucia guide teaches: validate, slide the expiry, drop a dead cookie. */
const handleSession: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	event.locals.sessionExpired = false;
	const token = event.cookies.get(session.SESSION_COOKIE_NAME);
	if (token) {
		const result = await session.validateSessionToken(token);
		if (result) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			if (result.session.fresh) {
				event.cookies.set(
					session.SESSION_COOKIE_NAME,
					token,
					session.sessionCookieOptions(result.session.expiresAt, event.url.protocol === 'https:')
				);
			}
			if (!event.cookies.get(LOCALE_COOKIE) && isLocale(result.user.locale)) event.locals.locale = result.user.locale;
		} else {
			event.locals.sessionExpired = true;
			event.cookies.delete(session.SESSION_COOKIE_NAME, { path: '/' });
		}
	}
	return resolve(event);
};

/**
 * Pages are per-person: never let a shared cache keep one. Course images (/media/…) are public
 * and set their own caching; their error pages (which may name the person) stay private.
 */
const handleHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const publicMedia = event.url.pathname.startsWith('/media/') && (response.status === 200 || response.status === 304);
	if (!event.url.pathname.startsWith('/_app/') && !publicMedia) {
		response.headers.set('cache-control', 'private, no-store');
		response.headers.set('x-content-type-options', 'nosniff');
		response.headers.set('referrer-policy', 'same-origin');
		response.headers.set('x-frame-options', 'DENY');
	}
	return response;
};

export const handle = sequence(handleLocale, handleBodySize, handleScriptPolicy, handleSession, handleHeaders);
