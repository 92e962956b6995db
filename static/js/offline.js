// Offline reading and answers sent exactly once (docs/decisions/021). A plain script: pages
// are server-rendered without client JavaScript and show every text this script needs, hidden;
// without JavaScript they work online as before. Kept in Cache Storage (it survives closing the
// browser and restarting the phone): saved module pages in 'berdaya-simpan' (the service worker
// serves them), answers waiting to be sent in 'berdaya-antrian'.
(() => {
	if (!('serviceWorker' in navigator) || !window.caches) return;
	navigator.serviceWorker.register('/service-worker.js', { type: 'module' });
	const SAVED = 'berdaya-simpan';
	const QUEUE = 'berdaya-antrian';
	const META = '/offline-meta';
	const $$ = (selector, root) => [...(root || document).querySelectorAll(selector)];
	const part = (root, name) => root.querySelector(`[data-part="${name}"]`);
	const open = (name) => caches.open(name);
	const put = (cache, key, value) => cache.put(key, new Response(JSON.stringify(value)));
	const isQuota = (error) => error && (error.name === 'QuotaExceededError' || error.code === 22);
	const owner = (document.querySelector('[data-owner]') || {}).dataset?.owner;

	async function metas() {
		const cache = await open(SAVED);
		const keys = (await cache.keys()).filter((request) => new URL(request.url).pathname.startsWith(META));
		return Promise.all(keys.map(async (key) => (await cache.match(key)).json()));
	}

	async function saveModule(module, changed) {
		const cache = await open(SAVED);
		for (const { url } of module.urls) {
			const response = await fetch(url, { cache: 'reload', credentials: 'same-origin', redirect: 'error' });
			if (!response.ok) throw new Error(`${url}: ${response.status}`);
			await cache.put(url, response);
		}
		const { key, title, versionId, bytes } = module;
		await put(cache, META + key, { key, title, versionId, bytes, urls: module.urls.map((entry) => entry.url), changed });
	}

	// Images shared with another saved module stay.
	async function removeModules(keys) {
		const cache = await open(SAVED);
		const all = await metas();
		const keep = new Set(all.filter((meta) => !keys.includes(meta.key)).flatMap((meta) => meta.urls));
		for (const meta of all.filter((meta) => keys.includes(meta.key))) {
			for (const url of meta.urls) if (!keep.has(url)) await cache.delete(url);
			await cache.delete(META + meta.key);
		}
	}

	const manifest = async (url) => {
		const response = await fetch(url, { credentials: 'same-origin' });
		if (!response.ok) throw new Error(`${url}: ${response.status}`);
		return response.json();
	};

	// "Simpan untuk offline" on a lesson or a course (SaveOffline.svelte).
	function showState(root, state) {
		for (const element of $$('[data-part]', root)) if (element.dataset.part !== 'changed') element.hidden = element.dataset.part !== state;
	}

	// Told once: the saved text was replaced by a newer version.
	async function announceChanged(root) {
		const keys = root.dataset.keys.split(' ');
		const changed = (await metas()).filter((meta) => meta.changed && keys.includes(meta.key));
		if (!changed.length) return;
		part(root, 'changed').hidden = false;
		const cache = await open(SAVED);
		for (const meta of changed) await put(cache, META + meta.key, { ...meta, changed: false });
	}

	async function setUpSaving(root) {
		const keys = root.dataset.keys.split(' ');
		const saved = new Map((await metas()).map((meta) => [meta.key, meta]));
		root.hidden = false;
		showState(root, keys.every((key) => saved.has(key)) ? 'saved' : 'offer');
		await announceChanged(root);
		root.addEventListener('click', async (event) => {
			const action = event.target.closest('button')?.dataset.action;
			if (action === 'offer') showState(root, 'confirm');
			if (action === 'cancel') showState(root, 'offer');
			if (action === 'remove') {
				await removeModules(keys);
				showState(root, 'offer');
			}
			if (action !== 'save') return;
			showState(root, 'busy');
			try {
				for (const module of (await manifest(root.dataset.manifest)).modules) await saveModule(module, false);
				showState(root, 'saved');
			} catch (error) {
				// Nothing half-saved stays behind to take space.
				await removeModules(keys).catch(() => {});
				showState(root, isQuota(error) ? 'quota' : 'failed');
			}
		});
	}

	// A saved module republished since is refreshed while the phone is online.
	async function refreshSaved(keys) {
		if (!navigator.onLine) return;
		for (const meta of await metas()) {
			if (keys && !keys.includes(meta.key)) continue; // null: all
			try {
				const [module] = (await manifest(`${meta.key}/offline.json`)).modules;
				if (module.versionId !== meta.versionId) await saveModule(module, true);
			} catch {
				// Offline again, or no longer the participant's: the saved copy stays as it is.
			}
		}
	}

	// Answers and read marks made offline: kept on the phone, sent once when online.
	const queueBox = document.querySelector('[data-offline-queue]');

	function note(text, href, linkText) {
		if (!queueBox) return;
		const item = document.createElement('li');
		item.textContent = `${text} `;
		if (href) {
			const link = document.createElement('a');
			link.href = href;
			link.textContent = linkText;
			item.append(link);
		}
		queueBox.querySelector('ul').append(item);
		queueBox.hidden = false;
	}

	async function showPending() {
		if (!queueBox) return;
		const cache = await open(QUEUE);
		queueBox.querySelector('ul').replaceChildren();
		queueBox.hidden = true;
		for (const key of await cache.keys()) {
			const entry = await (await cache.match(key)).json();
			if (entry.owner === owner) note(queueBox.dataset[entry.kind === 'kuis' ? 'quiz' : 'read'].replace('§', entry.title));
		}
	}

	const newId = () =>
		btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16)))).replace(/[+/=]/g, (c) => ({ '+': '-', '/': '_', '=': '' })[c]);

	async function enqueue(entry) {
		await put(await open(QUEUE), `/antrian/${entry.id}`, { ...entry, owner });
		await showPending();
	}

	let sending = false;
	async function send() {
		if (sending || !navigator.onLine || !owner) return;
		sending = true;
		const cache = await open(QUEUE);
		const sent = [];
		try {
			for (const key of await cache.keys()) {
				const entry = await (await cache.match(key)).json();
				if (entry.owner !== owner) continue; // another person's, sent when they are logged in
				let response;
				try {
					response = await fetch(`${entry.key}/kirim?jenis=${entry.kind}`, {
						method: 'POST',
						credentials: 'same-origin',
						redirect: 'manual',
						headers: { 'content-type': 'application/x-www-form-urlencoded' },
						body: entry.body
					});
				} catch {
					break; // the connection went: try again later
				}
				// Logged out, or the server in trouble: try again later. 200 and 4xx are final.
				if (response.type === 'opaqueredirect' || response.status >= 500 || response.status === 401 || response.status === 403) continue;
				const answer = await response.json().catch(() => ({}));
				await cache.delete(key);
				sent.push({ entry, answer });
			}
		} finally {
			sending = false;
		}
		if (!sent.length) return;
		await showPending();
		const here = sent.find(({ entry, answer }) => entry.kind === 'kuis' && answer.href && location.pathname === `${entry.key}/kuis`);
		if (here) return location.assign(here.answer.href);
		for (const { answer } of sent) note(answer.message || '', answer.href, queueBox && queueBox.dataset.result);
	}

	function interceptOffline(form, kind, key, title, after) {
		form.addEventListener('submit', async (event) => {
			if (navigator.onLine) return; // online, the form is sent as without JavaScript
			event.preventDefault();
			if (!form.reportValidity()) return;
			const id = newId();
			const body = new URLSearchParams(new FormData(form));
			body.set('submissionId', id);
			try {
				await enqueue({ id, kind, key, title, body: body.toString() });
			} catch (error) {
				const full = document.querySelector('[data-offline-full]');
				if (full) full.hidden = !isQuota(error);
				return;
			}
			after();
		});
	}

	const roots = $$('[data-offline-save]');
	const ready = Promise.all(roots.map(setUpSaving));

	// The lesson: "finished reading" offline goes on to the saved quiz, if any.
	const lesson = document.querySelector('[data-offline-save][data-lesson]');
	const readForm = document.querySelector('form[action="?/read"]');
	if (lesson && readForm) {
		const key = lesson.dataset.keys;
		interceptOffline(readForm, 'baca', key, lesson.dataset.title, async () => {
			readForm.hidden = true;
			const meta = (await metas()).find((entry) => entry.key === key);
			if (meta && meta.urls.includes(`${key}/kuis`)) location.assign(`${key}/kuis`);
		});
	}

	// The quiz: a fresh id per page shown, so a page opened from the phone twice is two attempts.
	const quiz = document.querySelector('form[data-offline-quiz]');
	if (quiz) {
		quiz.elements.submissionId.value = newId();
		interceptOffline(quiz, 'kuis', quiz.dataset.key, quiz.dataset.title, () => {
			quiz.hidden = true;
			scrollTo(0, 0);
		});
	}

	// The home page: how much this phone keeps.
	const total = document.querySelector('[data-offline-total]');
	if (total) {
		metas().then((all) => {
			if (!all.length) return;
			const bytes = all.reduce((sum, meta) => sum + meta.bytes, 0);
			const kb = Math.max(1, Math.ceil(bytes / 1024));
			const mb = (bytes / 1048576).toFixed(1);
			const size = kb < 1024 ? `${kb} KB` : `${document.documentElement.lang === 'id' ? mb.replace('.', ',') : mb} MB`;
			total.textContent = total.dataset.text.replace('§1', all.length).replace('§2', size);
			total.hidden = false;
		});
	}

	// Home refreshes every saved module, a lesson its own; other pages none.
	ready
		.then(showPending)
		.then(() => refreshSaved(total ? null : lesson ? [lesson.dataset.keys] : []))
		.then(() => Promise.all(roots.map(announceChanged)))
		.then(send);
	addEventListener('online', send);
})();
