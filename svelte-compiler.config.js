// The Svelte compiler options, shared by vite.config.ts and eslint.config.js. SvelteKit 3
// refuses to start when a svelte.config.js exists (config_file_unsupported), so they cannot
// live under that name (docs/decisions/009-server-folders-and-tooling.md).
import { mdsvex } from 'mdsvex';

/** @type {{ extensions: string[], preprocess: import('svelte/compiler').PreprocessorGroup[] }} */
const config = {
	// The authoring guide (docs/authoring.md) is rendered as a page through mdsvex.
	extensions: ['.svelte', '.md'],
	preprocess: [mdsvex({ extensions: ['.md'] })]
};

export default config;
