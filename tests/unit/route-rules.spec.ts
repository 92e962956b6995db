import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decide, ROLES, ROUTE_RULES, ruleFor } from '#lib/server/accounts/route-rules';
import { listRouteIds, pathOf } from '../route-tree';

const routes = listRouteIds();

describe('route rules', () => {
	it('finds the routes of the app in src/routes', () => {
		expect(routes).toContain('/(learn)/belajar');
		expect(routes).toContain('/media/[course=slug]/[...path]');
		expect(routes.length).toBeGreaterThan(15);
	});

	it.each(routes)('%s has a rule', (routeId) => {
		expect(ruleFor(routeId), `${routeId} has no rule in src/lib/server/accounts/route-rules.ts`).not.toBeNull();
	});

	it('every group used in src/routes is a group with a rule', () => {
		const groups = new Set(routes.flatMap((id) => id.split('/').filter((segment) => /^\(.*\)$/.test(segment))));
		for (const group of groups)
			expect(
				ROUTE_RULES.some((rule) => rule.route === `/${group}`),
				group
			).toBe(true);
	});

	it('a route added without a rule is found and refused', () => {
		const tree = mkdtempSync(join(tmpdir(), 'routes-'));
		mkdirSync(join(tree, '(learn)', 'belajar'), { recursive: true });
		writeFileSync(join(tree, '(learn)', 'belajar', '+page.svelte'), '');
		mkdirSync(join(tree, 'rahasia'), { recursive: true });
		writeFileSync(join(tree, 'rahasia', '+page.server.ts'), '');
		const found = listRouteIds(tree);
		expect(found).toEqual(['/(learn)/belajar', '/rahasia']);
		expect(found.filter((id) => ruleFor(id) === null)).toEqual(['/rahasia']);
		expect(decide('/rahasia', null, 'GET')).toBe('login');
		for (const role of ROLES) expect(decide('/rahasia', role, 'GET')).toBe('forbidden');
	});

	it('a new page in a known group needs no rule of its own', () => {
		expect(decide('/(learn)/belajar/sertifikat', 'participant', 'GET')).toBe('enter');
		expect(decide('/(organize)/kelola/program/[program=id]', 'organizer', 'POST')).toBe('enter');
		expect(decide('/(admin)/admin/pengguna', 'admin', 'GET')).toBe('enter');
		expect(decide('/(admin)/admin/pengguna', 'organizer', 'GET')).toBe('forbidden');
	});

	it('the ungrouped routes are exact: a page below them is closed', () => {
		expect(decide('/bahasa', null, 'POST')).toBe('enter');
		expect(decide('/bahasa/lain', 'admin', 'GET')).toBe('forbidden');
		expect(decide('/keluar/[x]', null, 'GET')).toBe('login');
	});

	// Who enters which group, as the table says; anonymous is null.
	const table: [string, string, (string | null)[]][] = [
		['/(public)/masuk', 'POST', [null, 'participant', 'trainer', 'organizer', 'admin']],
		['/(authed)/ganti-pin', 'POST', ['participant', 'trainer', 'organizer', 'admin']],
		['/(learn)/belajar', 'GET', ['participant']],
		['/(teach)/latih', 'GET', ['trainer']],
		['/(teach)/tulis', 'GET', ['trainer', 'organizer', 'admin']],
		['/(teach)/tulis', 'POST', ['trainer', 'admin']],
		['/(teach)/tulis/[course=slug]/[module=slug]', 'POST', ['trainer', 'admin']],
		['/(teach)/tulis/[course=slug]/gambar', 'GET', ['trainer', 'admin']],
		['/(organize)/kelola', 'GET', ['organizer', 'admin']],
		['/media/[course=slug]/[...path]', 'GET', [null, 'participant', 'trainer', 'organizer', 'admin']]
	];
	it.each(table)('%s %s: entered by %j', (routeId, method, allowed) => {
		for (const role of [null, ...ROLES]) {
			const expected = allowed.includes(role) ? 'enter' : role === null ? 'login' : 'forbidden';
			expect(decide(routeId, role, method), `${role ?? 'anonymous'}`).toBe(expected);
		}
	});

	it('fills a route id into a path', () => {
		expect(pathOf('/(learn)/belajar/[course=slug]/[module=slug]/kuis', { course: 'a', module: 'b' })).toBe('/belajar/a/b/kuis');
		expect(pathOf('/', {})).toBe('/');
		expect(() => pathOf('/(teach)/latih/[cohort=id]', {})).toThrow(/cohort/);
	});
});
