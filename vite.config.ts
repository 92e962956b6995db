import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { defineConfig } from 'vite';
import svelteConfig from './svelte-compiler.config.js';

// SvelteKit 3 reads every option from the Vite plugin; the Svelte compiler options are shared
// with eslint.config.js through svelte-compiler.config.js (decision 009).
export default defineConfig({
	plugins: [
		sveltekit({
			...svelteConfig,
			adapter: adapter({ out: 'build' }),
			csrf: { trustedOrigins: [] }
		})
	],
	resolve: { tsconfigPaths: true }
});
