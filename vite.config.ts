import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { mdsvex } from 'mdsvex';
import { defineConfig } from 'vite';

// SvelteKit 3 reads its configuration from the Vite plugin; svelte.config.js is no longer used
// (docs/decisions/001-stack.md).
export default defineConfig({
	plugins: [
		sveltekit({
			adapter: adapter({ out: 'build' }),
			extensions: ['.svelte', '.md'],
			preprocess: [mdsvex({ extensions: ['.md'] })],
			// Reading pages ship no JavaScript; only pages that opt in get hydrated.
			csrf: { trustedOrigins: [] }
		})
	],
	resolve: { tsconfigPaths: true }
});
