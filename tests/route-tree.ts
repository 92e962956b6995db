/**
 * Every route of the app, read from src/routes the way SvelteKit names them: the route id is
 * the folder path ('/(teach)/tulis/[course=slug]'), the root is '/'. A folder is a route when
 * it holds a page or an endpoint. Shared by the route-rules spec and the e2e status test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/**
 * The named form actions of a route, read from its +page.server.(ts|js): the keys of
 * `export const actions = { … }` ('default' for the unnamed one). [] for a route without actions.
 * A plain scanner, not a parser: it counts braces and takes identifiers followed by `:` or `(`
 * at the object's top level, which is how every action here is written.
 */
export function listActionNames(routeId: string, dir = 'src/routes'): string[] {
	const folder = join(dir, ...routeId.split('/').filter(Boolean));
	const file = ['+page.server.ts', '+page.server.js'].map((name) => join(folder, name)).find((path) => existsSync(path));
	if (!file) return [];
	// Comments and string contents out first, so that neither braces nor words in them count.
	const source = readFileSync(file, 'utf8').replace(
		/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g,
		(token) => (token.startsWith('/') ? '' : '""')
	);
	const start = source.search(/export const actions\b[^=]*=\s*\{/);
	if (start < 0) return [];
	const names: string[] = [];
	let depth = 0;
	let i = source.indexOf('{', start);
	for (; i < source.length; i++) {
		const char = source[i];
		if (char === '{' || char === '(' || char === '[') depth++;
		else if (char === '}' || char === ')' || char === ']') {
			depth--;
			if (depth === 0) break;
		} else if (depth === 1) {
			const match = /^[A-Za-z_$][\w$]*(?=\s*[:(])/.exec(source.slice(i));
			if (match && /[{,]/.test(source.slice(0, i).trimEnd().at(-1) ?? '')) {
				names.push(match[0]);
				i += match[0].length - 1;
			}
		}
	}
	return names;
}
