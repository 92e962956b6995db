// The Svelte compiler options that editors, svelte-check and eslint-plugin-svelte read from
// this file. SvelteKit 3 takes its own options from the Vite plugin, so vite.config.ts imports
// these and passes them on (docs/decisions/009-server-folders-and-tooling.md).
import { mdsvex } from 'mdsvex';

/** @type {{ extensions: string[], preprocess: import('svelte/compiler').PreprocessorGroup[] }} */
const config = {
	// The authoring guide (docs/authoring.md) is rendered as a page through mdsvex.
	extensions: ['.svelte', '.md'],
	preprocess: [mdsvex({ extensions: ['.md'] })]
};

export default config;
