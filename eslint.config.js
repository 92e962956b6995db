import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte-compiler.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'src/generated/',
			'prisma/postgres/',
			'data/',
			'test-results/',
			'playwright-report/',
			'node_modules/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript already reports undefined names, with types the rule cannot see.
			'no-undef': 'off',
			// No base path is configured, so plain absolute hrefs are the resolved ones.
			'svelte/no-navigation-without-resolve': 'off',
			// Every {@html} renders the sanitizer's output (src/lib/content/markdown.ts); its XSS
			// vectors are executed in Chromium by src/lib/content/xss.spec.ts.
			'svelte/no-at-html-tags': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Server code never imports route modules: domain code stays below the routes.
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['**/routes/**', '\\$app/*'], message: 'Domain code must not import routes or $app.' }] }
			]
		}
	},
	{
		// Routes and components may use $app; the rule above is for src/lib/server only. Tests and
		// benchmarks exercise routes (bench/read-path.ts times the lesson page's own load).
		files: ['src/routes/**', 'src/lib/components/**', 'src/hooks*.ts', 'src/service-worker/**', 'tests/**', 'bench/**'],
		rules: { 'no-restricted-imports': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	}
);
