import { defineConfig } from 'vitest/config';
import { postgresReachable, TEST_POSTGRES_ADMIN_URL } from './tests/setup/databases';

// The domain suite runs twice: on SQLite and on PostgreSQL. Pure logic (parser, formats)
// runs once, in the SQLite pass. The PostgreSQL pass is skipped, loudly, when no server answers.
const postgres = await postgresReachable();
if (!postgres) {
	console.warn(`\n!! PostgreSQL not reachable at ${TEST_POSTGRES_ADMIN_URL}: SKIPPING the PostgreSQL test pass.\n`);
}

const shared = {
	globalSetup: ['tests/setup/global.ts'],
	setupFiles: ['tests/setup/per-file.ts'],
	expect: { requireAssertions: true },
	testTimeout: 20_000,
	hookTimeout: 60_000
};

export default defineConfig({
	resolve: { tsconfigPaths: true },
	test: {
		projects: [
			{
				resolve: { tsconfigPaths: true },
				test: {
					...shared,
					name: 'sqlite',
					include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
					env: { TEST_DATABASE: 'sqlite' }
				}
			},
			...(postgres
				? [
						{
							resolve: { tsconfigPaths: true },
							test: {
								...shared,
								name: 'postgres',
								include: ['src/lib/server/**/*.spec.ts', 'scripts/**/*.spec.ts'],
								env: { TEST_DATABASE: 'postgres' }
							}
						}
					]
				: [])
		]
	}
});
