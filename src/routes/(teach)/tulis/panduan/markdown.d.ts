// mdsvex (vite.config.ts) turns .md files into Svelte components; this tells TypeScript so.
declare module '*.md' {
	import type { Component } from 'svelte';
	const component: Component;
	export default component;
}
