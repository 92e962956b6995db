import { defineConfig, devices } from '@playwright/test';
import { DEMO_ENV } from './tests/e2e/demo-secrets';

// Debian's Chromium, never a downloaded browser (playwright install needs the internet).
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4173);
// One database per run, shared by the server and the fixtures that seed it.
process.env.DATABASE_URL = process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db';
// The same file store for the server and the fixtures that put photos in it.
process.env.BERDAYA_FILES_DIR ??= 'data/e2e-files';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	// On CI one retry, reported as flaky in the list: a browser test on a shared 2-core machine
	// can miss a timeout without a bug (the service worker's first activation, an editor's
	// typing); a test that fails twice still fails the run.
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? 'list' : 'line',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		...devices['Pixel 5'],
		viewport: { width: 360, height: 740 },
		browserName: 'chromium',
		launchOptions: {
			executablePath: chromium,
			args: [
				'--no-sandbox',
				'--headless',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	webServer: {
		// A fresh SQLite file per run; the server migrates, imports content/ and seeds demo data.
		command: `rm -rf data/e2e.db data/e2e.db-wal data/e2e.db-shm data/e2e-files && node_modules/.bin/node node_modules/.bin/tsx scripts/setup.ts --build && node_modules/.bin/node scripts/serve.js`,
		url: `http://127.0.0.1:${port}/masuk`,
		reuseExistingServer: false,
		timeout: 240_000,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_URL: process.env.DATABASE_URL,
			BERDAYA_FILES_DIR: process.env.BERDAYA_FILES_DIR,
			BERDAYA_LOG_LEVEL: 'warn',
			...DEMO_ENV
		},
		stdout: 'pipe'
	}
});
