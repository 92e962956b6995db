/**
 * Every route of the app, read from src/routes the way SvelteKit names them: the route id is
 * the folder path ('/(teach)/tulis/[course=slug]'), the root is '/'. A folder is a route when
 * it holds a page or an endpoint. Shared by the route-rules spec and the e2e status test.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROUTE_FILES = /^\+(page(\.server)?\.(ts|js|svelte|md)|server\.(ts|js))$/;
/** A folder that renders a page a person sees (not only a redirect or an endpoint). */
const PAGE_FILES = /^\+page\.(svelte|md)$/;

export function listRouteIds(dir = 'src/routes', files = ROUTE_FILES): string[] {
	const ids: string[] = [];
	const walk = (folder: string, segments: string[]) => {
		const entries = readdirSync(folder, { withFileTypes: true });
		if (entries.some((entry) => entry.isFile() && files.test(entry.name))) ids.push('/' + segments.join('/'));
		for (const entry of entries) if (entry.isDirectory()) walk(join(folder, entry.name), [...segments, entry.name]);
	};
	walk(dir, []);
	return ids.sort();
}

/** The routes that render a page. */
export function listPageIds(dir = 'src/routes'): string[] {
	return listRouteIds(dir, PAGE_FILES);
}

/** The parameter names of a route id: '[course=slug]' → 'course', '[...path]' → 'path'. */
export function paramNames(routeId: string): string[] {
	return [...routeId.matchAll(/\[(?:\.\.\.)?([a-zA-Z_]+)(?:=[a-zA-Z]+)?\]/g)].map((match) => match[1]);
}

/** The URL of a route with its params filled: groups vanish, '[x]' becomes params.x. */
export function pathOf(routeId: string, params: Record<string, string>): string {
	const segments = routeId
		.split('/')
		.filter((segment) => segment && !/^\(.*\)$/.test(segment))
		.map((segment) =>
			segment.replace(/\[(?:\.\.\.)?([a-zA-Z_]+)(?:=[a-zA-Z]+)?\]/g, (_, name: string) => {
				if (!(name in params)) throw new Error(`No demo value for the route param "${name}" (${routeId}): add one in tests/e2e/pages.ts`);
				return params[name];
			})
		);
	return '/' + segments.join('/');
}
