import { defineConfig } from '@playwright/test';

// Fault tests (tests/faults/, decision 020): each test starts its own servers (scripts/scale/up.sh
// on PostgreSQL, scripts/serve.js on SQLite), breaks them on purpose, and checks what was kept.
// No browser: the clients are plain HTTP, as many as a class. One at a time, minutes each.
export default defineConfig({
	testDir: 'tests/faults',
	testMatch: '**/*.fault.ts',
	workers: 1,
	fullyParallel: false,
	retries: 0,
	timeout: 300_000,
	reporter: process.env.CI ? 'list' : 'line'
});
