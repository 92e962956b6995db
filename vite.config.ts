import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { defineConfig } from 'vite';
import svelteConfig from './svelte.config.js';

// SvelteKit 3 reads its own options from the Vite plugin; the Svelte compiler options live in
// svelte.config.js so that editors and svelte-check see the same ones (decision 009).
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
