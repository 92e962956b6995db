/**
 * Route-side permission checks. Call them in every load AND every action: a layout's check
 * does not protect an action. Ownership of a record is checked again in the domain query.
 */
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { SessionUser } from '#lib/server/accounts/session';
import { messagesFor } from '#lib/i18n';

export type Role = 'participant' | 'trainer' | 'organizer' | 'admin';

export function requireUser(event: Pick<RequestEvent, 'locals' | 'url' | 'request'>, roles?: readonly Role[]): SessionUser {
	const user = event.locals.user;
	if (!user) sendToLogin(event);
	if (user.mustChangePin && event.url.pathname !== '/ganti-pin') redirect(303, '/ganti-pin');
	if (roles && !roles.includes(user.role as Role)) error(403, messagesFor(event.locals.locale).errors.forbidden);
	return user;
}

/** Nobody is logged in: a page goes to login and comes back; a form gets a plain 401. */
export function sendToLogin(event: Pick<RequestEvent, 'locals' | 'url' | 'request'>): never {
	// A form sent after the session ended: say so plainly rather than bounce it silently.
	if (event.request.method !== 'GET' && event.request.method !== 'HEAD') error(401, messagesFor(event.locals.locale).login.sessionExpired);
	const next = event.url.pathname + event.url.search;
	redirect(303, `/masuk?lanjut=${encodeURIComponent(next)}${event.locals.sessionExpired ? '&sesi=habis' : ''}`);
}

/** Where each role starts after logging in. */
export function homeFor(role: string): string {
	switch (role) {
		case 'trainer':
			return '/latih';
		case 'organizer':
		case 'admin':
			return '/kelola';
		default:
			return '/belajar';
	}
}

const MAX_NEXT_LENGTH = 2000;
const SAME_SITE = 'http://berdaya.invalid';

/**
 * Only same-site paths may be followed after login or a language switch, never another origin;
 * null (the caller's default page) for anything else. Control characters are refused, not
 * cleaned (a tab or CR/LF once turned a successful login into a 500 after the cookie was set),
 * and a backslash counts as a slash the way browsers read it. The result is what the URL parser
 * makes of the path: ASCII only, so it is always a valid Location header.
 */
export function safeNextPath(next: string | null): string | null {
	if (typeof next !== 'string' || next.length === 0 || next.length > MAX_NEXT_LENGTH) return null;
	// eslint-disable-next-line no-control-regex -- control characters are what is refused
	if (/[\u0000-\u001f\u007f\\]/.test(next)) return null;
	if (!next.startsWith('/') || next.startsWith('//')) return null;
	let url: URL;
	try {
		url = new URL(next, SAME_SITE);
	} catch {
		return null;
	}
	if (url.origin !== SAME_SITE) return null;
	return url.pathname + url.search + url.hash;
}
