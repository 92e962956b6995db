/**
 * Who may enter which route, decided from the matched route's id before any load or action
 * runs (decision 011). Routes are closed by default: a route no rule covers is refused.
 *
 * Route groups name the audience, so a new page in a known group needs no new line here.
 * Pages still call requireUser() in every load and action, and ownership stays in the query:
 * this table is the outer wall, not the only one.
 */
import type { Role } from '#lib/server/accounts/guard';

export const ROLES: readonly Role[] = ['participant', 'trainer', 'organizer', 'admin'];

/** 'anyone' (no login needed), 'user' (any logged-in person) or a list of roles. */
export type Audience = 'anyone' | 'user' | readonly Role[];

export interface RouteRule {
	/** A route id prefix ('/(learn)') or, with exact, one route id ('/bahasa'). */
	route: string;
	exact?: boolean;
	/** Who may send any request. */
	enter: Audience;
	/** Who may also read (GET, HEAD) without being allowed to send forms. */
	read?: Audience;
}

export const ROUTE_RULES: readonly RouteRule[] = [
	// Groups: a new route in one of these needs no line of its own.
	{ route: '/(public)', enter: 'anyone' },
	{ route: '/(authed)', enter: 'user' },
	{ route: '/(learn)', enter: ['participant'] },
	{ route: '/(teach)', enter: ['trainer', 'admin'] },
	// Organizers read courses and modules (to know what their cohorts learn) but never edit.
	{ route: '/(teach)/tulis', enter: ['trainer', 'admin'], read: ['organizer'] },
	// The course's images page is for editing only.
	{ route: '/(teach)/tulis/[course=slug]/gambar', enter: ['trainer', 'admin'] },
	// A trainer's cohorts: only trainers have cohorts to run.
	{ route: '/(teach)/latih', enter: ['trainer'] },
	{ route: '/(organize)', enter: ['organizer', 'admin'] },
	{ route: '/(admin)', enter: ['admin'] },
	// Routes outside the groups, each on purpose and exactly.
	{ route: '/', exact: true, enter: 'anyone' }, // sends each person to their start page or to login
	{ route: '/bahasa', exact: true, enter: 'anyone' }, // the language switch works before login
	{ route: '/keluar', exact: true, enter: 'anyone' }, // logging out with an ended session still clears the cookie
	{ route: '/media/[course=slug]/[...path]', exact: true, enter: 'anyone' } // course images are public (see the route)
];

function segments(routeId: string): string[] {
	return routeId.split('/').filter(Boolean);
}

function covers(rule: RouteRule, routeId: string): boolean {
	if (rule.exact) return rule.route === routeId;
	const prefix = segments(rule.route);
	const route = segments(routeId);
	return prefix.length <= route.length && prefix.every((segment, i) => route[i] === segment);
}

/** The most specific rule for a route id, or null when none covers it (the route is closed). */
export function ruleFor(routeId: string): RouteRule | null {
	let best: RouteRule | null = null;
	for (const rule of ROUTE_RULES) {
		if (!covers(rule, routeId)) continue;
		if (!best || rule.exact || (!best.exact && segments(rule.route).length > segments(best.route).length)) best = rule;
	}
	return best;
}

function admits(audience: Audience | undefined, role: Role | null): boolean {
	if (!audience) return false;
	if (audience === 'anyone') return true;
	if (role === null) return false;
	return audience === 'user' || audience.includes(role);
}

export type Decision = 'enter' | 'login' | 'forbidden';

/**
 * What happens to a request: 'enter'; 'login' (nobody is logged in and the route wants
 * someone); 'forbidden' (no rule, or this person's role may not).
 */
export function decide(routeId: string, role: Role | null, method: string): Decision {
	const rule = ruleFor(routeId);
	const reading = method === 'GET' || method === 'HEAD';
	if (rule && (admits(rule.enter, role) || (reading && admits(rule.read, role)))) return 'enter';
	return role === null ? 'login' : 'forbidden';
}
