/**
 * Offline reading (decision 021). The app shell (styles, the offline script, the "needs a
 * connection" page) is kept per build; modules the participant saved are kept in their own
 * cache by static/js/offline.js, which decides what is saved. Here only:
 * - pages: the network first, so an online phone always reads the newest text (a saved copy is
 *   refreshed on the way); without a connection the saved copy, else the plain "needs a
 *   connection" page. A saved page whose network answer takes too long is shown from the phone.
 * - styles, scripts and course images: from the phone when kept, else the network.
 * Forms (POST) always go to the network: answers made offline are queued by the page script.
 */
import { self as worker } from '$app/service-worker';
import { assets, immutable } from '$app/manifest';
import { version } from '$app/env';

const SHELL = `berdaya-shell-${version}`;
/** Kept across builds: static/js/offline.js writes these (the same names are there). */
const SAVED = 'berdaya-simpan';
const OFFLINE_PAGE = '/luring';
/** On a weak signal a saved page opens from the phone after this long. */
const SAVED_PAGE_WAIT_MS = 4000;

// Pages are server-rendered without client JavaScript: of the build only the styles are used.
const shellFiles = [
	...immutable.map((file) => file.path).filter((path) => path.endsWith('.css')),
	...assets.map((file) => file.path),
	OFFLINE_PAGE
];

worker.addEventListener('install', (event) => {
	// Each file on its own: one that fails on a weak signal must not keep the worker from
	// installing (saved modules are kept apart and do not need the shell to open).
	event.waitUntil(
		caches
			.open(SHELL)
			.then((cache) => Promise.all(shellFiles.map((file) => cache.add(file).catch(() => undefined))))
			.then(() => worker.skipWaiting())
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) =>
				Promise.all(names.filter((name) => name.startsWith('berdaya-shell-') && name !== SHELL).map((name) => caches.delete(name)))
			)
			.then(() => worker.clients.claim())
	);
});

async function page(request: Request): Promise<Response> {
	const saved = await caches.open(SAVED).then((cache) => cache.match(request, { ignoreVary: true }));
	const network = fetch(request).then(async (response) => {
		// A saved page read online is kept fresh (the script refreshes the rest of the module).
		if (saved && response.ok && response.status === 200) await caches.open(SAVED).then((cache) => cache.put(request, response.clone()));
		return response;
	});
	if (!saved) return network.catch(async () => (await caches.match(OFFLINE_PAGE)) ?? Response.error());
	const slow = new Promise<Response>((resolve) => setTimeout(() => resolve(saved), SAVED_PAGE_WAIT_MS));
	return Promise.race([network, slow]).catch(() => saved);
}

async function asset(request: Request): Promise<Response> {
	return (await caches.match(request, { ignoreVary: true })) ?? fetch(request);
}

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin) return;
	// Logging out: the pages saved on this (perhaps shared) phone are that person's; they go.
	// Answers waiting to be sent stay, each kept for its own person (static/js/offline.js).
	if (request.method === 'POST' && url.pathname === '/keluar') {
		event.waitUntil(caches.delete(SAVED));
		return;
	}
	if (request.method !== 'GET') return;
	if (request.mode === 'navigate') {
		event.respondWith(page(request));
		return;
	}
	// A refresh of a saved module asks for the network on purpose (cache: 'reload').
	const kept = url.pathname.startsWith('/_app/') || url.pathname.startsWith('/js/') || url.pathname.startsWith('/media/');
	if (kept && request.cache !== 'reload') event.respondWith(asset(request));
});
