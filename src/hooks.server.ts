import { sequence, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit/hooks';
import { performance } from 'node:perf_hooks';
import { building } from '$app/env';
import { startPruning } from '#lib/server/accounts/housekeeping';

import { error, isHttpError, isRedirect } from '@sveltejs/kit';
import * as session from '#lib/server/accounts/session';
import { sendToLogin, type Role } from '#lib/server/accounts/guard';
import { decide } from '#lib/server/accounts/route-rules';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, messagesFor } from '#lib/i18n';
import { refuseOversizedBody } from '#lib/server/http/body-guard';
import { hasScriptElement, withoutScripts } from '#lib/server/http/csp';

import { isDatabaseUnavailable } from '#lib/server/db/unavailable';
import { log } from '#lib/server/log';

/**
 * One structured log line per request: method, route, path (never the query: it can carry a
 * code or a phone number), status and duration. Outermost, so it times everything below.
 */
const handleRequestLog: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	let status = 500;
	try {
		const response = await resolve(event);
		status = response.status;
		return response;
	} catch (thrown) {
		// A hook's redirect (to the login page) or error() is answered with its own status, not 500.
		if (isRedirect(thrown) || isHttpError(thrown)) status = thrown.status;
		throw thrown;
	} finally {
		log.info(
			{
				method: event.request.method,
				route: event.route.id,
				path: event.url.pathname,
				status,
				ms: Math.round((performance.now() - started) * 10) / 10,
				role: event.locals.user?.role
			},
			'request'
		);
	}
};

/**
 * The database is down or restarting while a hook needs it (the session check): answer 503
 * with a plain page that says to try again, never a 500 with a stack trace. Loads and actions
 * that fail the same way go through handleError. The next request simply tries again.
 */
const handleUnavailable: Handle = async ({ event, resolve }) => {
	let response: Response;
	try {
		response = await resolve(event);
	} catch (error) {
		if (!isDatabaseUnavailable(error)) throw error;
		log.warn({ path: event.url.pathname, err: error }, 'database unavailable');
		return unavailableResponse(event.locals.locale ?? DEFAULT_LOCALE);
	}
	return response;
};

function unavailableResponse(locale: typeof DEFAULT_LOCALE): Response {
	const m = messagesFor(locale).service;
	const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${m.unavailableTitle}</title></head><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><h1>${m.unavailableTitle}</h1><p>${m.unavailableText}</p><p><a href="" style="display:inline-block;padding:.75rem 1.25rem;min-height:48px;box-sizing:border-box">${m.tryAgain}</a></p></body></html>`;
	return new Response(html, {
		status: 503,
		headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '5', 'cache-control': 'no-store' }
	});
}

/**
 * Unknown errors (bugs, or the database gone) are logged once with their stack; errors we raise
 * with error() and framework 404s keep their own status and message. A database that cannot be
 * reached becomes a 503 with a plain "try again", not a 500.
 */
export const handleError: HandleServerError = ({ kind, error, event }) => {
	if (kind !== 'unknown') return;
	if (isDatabaseUnavailable(error)) {
		log.warn({ path: event.url.pathname, err: error }, 'database unavailable');
		return { status: 503, message: messagesFor(event.locals.locale ?? DEFAULT_LOCALE).service.unavailableText };
	}
	log.error({ path: event.url.pathname, route: event.route.id, err: error }, 'unexpected error');
};

/** Once per process: ended sessions and old login attempts are pruned by one process of all (decision 017). */
export const init: ServerInit = () => {
	if (!building) startPruning();
};

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
		// A route that serves a private, never-changing file (a participant's photo) may let the browser keep it.
		if (!response.headers.get('cache-control')?.startsWith('private')) response.headers.set('cache-control', 'private, no-store');
		response.headers.set('x-content-type-options', 'nosniff');
		response.headers.set('referrer-policy', 'same-origin');
		response.headers.set('x-frame-options', 'DENY');
	}
	return response;
};

/**
 * Routes are closed by default (decision 011): the matched route's group decides who may
 * enter, before any load or action runs. No matched route means SvelteKit's own 404.
 */
const handleRouteRules: Handle = async ({ event, resolve }) => {
	if (event.route.id === null) return resolve(event);
	const role = (event.locals.user?.role ?? null) as Role | null;
	const decision = decide(event.route.id, role, event.request.method);
	if (decision === 'login') sendToLogin(event);
	if (decision === 'forbidden') error(403, messagesFor(event.locals.locale).errors.forbidden);
	return resolve(event);
};

// The body limit comes before anything that could read the body; route rules after the session.
export const handle = sequence(
	handleRequestLog,
	handleUnavailable,
	handleLocale,
	handleBodySize,
	handleScriptPolicy,
	handleSession,
	handleHeaders,
	handleRouteRules
);
