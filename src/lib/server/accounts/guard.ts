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

/** Only same-site paths may be followed after login, never another origin. */
export function safeNextPath(next: string | null): string | null {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
	return next;
}
