/**
 * Run first by `npm test` and `npm run test:e2e`: the end-to-end tests drive Debian's Chromium
 * (Playwright's own download needs the internet). Installs it when this machine can (root with
 * apt-get), else stops at once with one line saying what to run. Plain Node, no dependencies.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.CHROMIUM_PATH;

if (!existsSync(chromium) && canInstall) {
	console.log('Chromium is missing: installing Debian’s chromium package with apt-get…');
	try {
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
	} catch {
		// Said in one line below.
	}
}
if (!existsSync(chromium)) {
	console.error(
		process.env.CHROMIUM_PATH
			? `No browser at CHROMIUM_PATH=${chromium}: point it at a Chromium binary, then run the tests again.`
			: 'Chromium is missing: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary), then run the tests again.'
	);
	process.exit(1);
}
