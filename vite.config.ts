import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { defineConfig } from 'vite';
import svelteConfig from './svelte-compiler.config.js';
import { CSP_DIRECTIVES } from './src/lib/server/http/csp-directives.js';

// SvelteKit 3 reads every option from the Vite plugin; the Svelte compiler options are shared
// with eslint.config.js through svelte-compiler.config.js (decision 009).
export default defineConfig({
	plugins: [
		sveltekit({
			...svelteConfig,
			adapter: adapter({ out: 'build' }),
			csrf: { trustedOrigins: [] },
			// Nonces on rendered pages, hashes on prerendered ones; pages without client code get
			// script-src 'none' from the server hook (src/lib/server/http/csp.ts).
			csp: { mode: 'auto', directives: CSP_DIRECTIVES }
		})
	],
	resolve: { tsconfigPaths: true }
});
