import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The same browser settings as playwright.config.ts, against Berdaya on PostgreSQL with two
// instances behind nginx (scripts/scale/up.sh). A fresh database per run.
const port = Number(process.env.SCALE_PORT ?? 3100);
const database = process.env.SCALE_DATABASE ?? 'berdaya_scale_e2e';
process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:5432/${database}`;

export default defineConfig({
	...base,
	testDir: 'tests/scale',
	workers: 1,
	use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
	webServer: {
		command: `psql postgresql://postgres@127.0.0.1:5432/postgres -qc 'DROP DATABASE IF EXISTS "${database}" WITH (FORCE)' && bash scripts/scale/up.sh --foreground`,
		url: `http://127.0.0.1:${port}/healthz`,
		reuseExistingServer: false,
		timeout: 300_000,
		env: { SCALE_PORT: String(port), DATABASE_URL: process.env.DATABASE_URL, BERDAYA_DEMO: '1', BERDAYA_LOG_LEVEL: 'warn' },
		stdout: 'pipe'
	}
});
