/**
 * The Content-Security-Policy of every page (SvelteKit adds a nonce or hash to script-src for
 * its own scripts). Plain JavaScript because vite.config.ts reads it. Same-origin connections
 * and workers are allowed for the service worker that offline sync will bring.
 */
/** @type {Record<string, any>} SvelteKit's CspDirectives (not exported) */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self'],
	// Svelte writes a few style attributes (app.html's display: contents, transitions).
	'style-src': ['self', 'unsafe-inline'],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'worker-src': ['self'],
	'manifest-src': ['self'],
	'form-action': ['self'],
	'frame-ancestors': ['none'],
	'object-src': ['none'],
	'base-uri': ['none']
};
