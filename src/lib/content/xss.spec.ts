/**
 * No trainer-written markup ever executes: every known trick, put through parseModule into
 * every place a module has HTML (shared text, level blocks, quiz prompts, options,
 * explanations), rendered in real Chromium. A vector "runs" if it calls window.__pwn(),
 * alert/confirm/prompt, or leaves anything in the DOM that could run later (a script, a frame,
 * an on* attribute, a javascript: URL, a style attribute).
 */
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseModule } from './parse';

const PWN = 'window.__pwn()';

/** Markdown and raw HTML vectors. `\0` and entities are part of the trick, not typos. */
const VECTORS: string[] = [
	`<script>${PWN}</script>`,
	`<SCRIPT>${PWN}</SCRIPT>`,
	`<ScRiPt src="https://evil.example/x.js"></ScRiPt>`,
	`<scr<script>ipt>${PWN}</scr</script>ipt>`,
	`<scr\0ipt>${PWN}</script>`,
	`<script/src="data:text/javascript,${PWN}"></script>`,
	`<img src=x onerror="${PWN}">`,
	`<img src=x onerror=${PWN}>`,
	`<IMG SRC=x OnErRoR="${PWN}">`,
	`<img src="x" onerror="&#119;indow.__pwn()">`,
	`<img src=x onerror\0="${PWN}">`,
	`<img/src=x/onerror=${PWN}>`,
	`<img src="javascript:${PWN}">`,
	`<img src=x:x onerror=alert(1)>`,
	`<svg onload="${PWN}"></svg>`,
	`<svg><script>${PWN}</script></svg>`,
	`<svg><animate onbegin="${PWN}" attributeName="x" dur="1s"/></svg>`,
	`<svg><a xlink:href="javascript:${PWN}"><text y="20">klik</text></a></svg>`,
	`<math><mtext><table><mglyph><style><img src=x onerror="${PWN}">`,
	`<iframe src="javascript:parent.__pwn()"></iframe>`,
	`<iframe srcdoc="<script>parent.__pwn()</script>"></iframe>`,
	`<object data="javascript:${PWN}"></object>`,
	`<embed src="javascript:${PWN}">`,
	`<object data="data:text/html,<script>parent.__pwn()</script>"></object>`,
	`<style>@import 'https://evil.example/x.css';</style>`,
	`<p style="background:url(javascript:${PWN})">teks</p>`,
	`<div style="width: expression(${PWN})">teks</div>`,
	`<meta http-equiv="refresh" content="0;url=javascript:${PWN}">`,
	`<link rel="import" href="https://evil.example/x.html">`,
	`<base href="javascript:${PWN}//">`,
	`<form action="javascript:${PWN}"><button>Kirim</button></form>`,
	`<button formaction="javascript:${PWN}">Kirim</button>`,
	`<input autofocus onfocus="${PWN}">`,
	`<select autofocus onfocus="${PWN}"></select>`,
	`<details open ontoggle="${PWN}">x</details>`,
	`<body onload="${PWN}">`,
	`<marquee onstart="${PWN}">x</marquee>`,
	`<video><source onerror="${PWN}"></video>`,
	`<audio src=x onerror="${PWN}"></audio>`,
	`<a href="javascript:${PWN}">klik</a>`,
	`<a href="JaVaScRiPt:${PWN}">klik</a>`,
	`<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${PWN}">klik</a>`,
	`<a href="&#x6A;avascript&#x3A;${PWN}">klik</a>`,
	`<a href="java&#x09;script:${PWN}">klik</a>`,
	`<a href=" &#14; javascript:${PWN}">klik</a>`,
	`<a href="vbscript:msgbox(1)">klik</a>`,
	`<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd24oKTwvc2NyaXB0Pg==">klik</a>`,
	`<a href="https://ok.example" onmouseover="${PWN}">klik</a>`,
	`[klik](javascript:${PWN})`,
	`[klik](JAVASCRIPT:${PWN})`,
	`[klik](javascript&#58;${PWN})`,
	`[klik](jav&#x61;script:${PWN})`,
	`[klik](java\0script:${PWN})`,
	`[klik](<javascript:${PWN}>)`,
	`[klik]( javascript:${PWN})`,
	`[klik](vbscript:msgbox(1))`,
	`[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
	`[klik](https://ok.example "judul\\" onmouseover=\\"${PWN}")`,
	`[klik][jahat]\n\n[jahat]: javascript:${PWN}`,
	`<javascript:${PWN}>`,
	`<vbscript:msgbox(1)>`,
	`![gambar](javascript:${PWN})`,
	`![gambar](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)`,
	`![gambar" onerror="${PWN}](https://ok.example/a.png)`,
	`![gambar](https://ok.example/a.png" onerror="${PWN})`,
	`![gambar][jahat]\n\n[jahat]: javascript:${PWN}`,
	`[![gambar](https://ok.example/a.png)](javascript:${PWN})`,
	`<<script>script>${PWN}<</script>/script>`,
	`<!--><script>${PWN}</script>-->`,
	`<![CDATA[<script>${PWN}</script>]]>`,
	`<noscript><p title="</noscript><img src=x onerror=${PWN}>"></noscript>`,
	`<textarea></textarea><img src=x onerror=${PWN}>`,
	`\`<script>${PWN}</script>\` and <img src=x onerror=${PWN}>`,
	`\`\`\`html\n<script>${PWN}</script>\n\`\`\``,
	`| a | b |\n|---|---|\n| <img src=x onerror=${PWN}> | [x](javascript:${PWN}) |`,
	`> <img src=x onerror=${PWN}>`,
	`- [ ] <img src=x onerror=${PWN}>`,
	`Catatan[^1]\n\n[^1]: <img src=x onerror=${PWN}> [x](javascript:${PWN})`,
	`<a id="__pwn" name="__pwn">clobber</a>`,
	`<isindex action="javascript:${PWN}" type=image>`,
	`<x onclick="${PWN}" style="display:block;width:100%;height:100%">x</x>`
];

const FRONTMATTER = '---\ntitle: Uji Keamanan\nsummary: Modul berisi kode jahat.\nminutes: 5\n---\n';

/** The vector in shared text, as its own block, and in level blocks. */
function lessonModule(vector: string): string {
	return `${FRONTMATTER}\nTeks bersama ${vector.split('\n')[0]} selesai.\n\n${vector}\n\n:::dasar\n${vector}\n:::\n\n:::level{menengah lanjut}\nTeks: ${vector}\n:::\n`;
}

/** The vector on one line, in a question's prompt, options and explanation, shared and per level. */
function quizModule(vector: string): string {
	const line = vector.replace(/\n+/g, ' ');
	const question = `### Soal ${line}\n- [x] Benar ${line}\n- [ ] Salah\n\nPenjelasan: ${line}\n`;
	return `${FRONTMATTER}\nTeks modul.\n\n::::quiz\n${question}\n:::dasar\n${question.replace('Soal', 'Soal dasar')}:::\n::::\n`;
}

/**
 * Every HTML string a parsed module carries (html per level, promptHtml, options' html,
 * explanationHtml, …), wherever it sits, so a field added later is covered without editing this.
 */
function htmlFragments(value: unknown, underHtmlKey = false): string[] {
	if (typeof value === 'string') return underHtmlKey ? [value] : [];
	if (Array.isArray(value)) return value.flatMap((inner) => htmlFragments(inner, underHtmlKey));
	if (!value || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, inner]) => htmlFragments(inner, underHtmlKey || key === 'html' || key.endsWith('Html')));
}

let browser: Browser;
let context: BrowserContext;
let executions = 0;

beforeAll(async () => {
	browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
	});
	context = await browser.newContext({ javaScriptEnabled: true });
	// No network: an https image fails at once, and nothing leaves the machine.
	await context.route('**/*', (route) => route.abort());
	await context.exposeBinding('__pwn', () => {
		executions += 1;
	});
	await context.addInitScript(() => {
		const flagged = window as unknown as { __xss: number; __pwn: () => void };
		flagged.__xss = 0;
		const caught = () => {
			flagged.__xss += 1;
			flagged.__pwn();
		};
		window.alert = caught;
		window.confirm = () => (caught(), false);
		window.prompt = () => (caught(), null);
	});
});

afterAll(async () => {
	await browser?.close();
});

interface RenderedModule {
	label: string;
	fragments: string[];
}

/**
 * Render modules as lesson pages would (each fragment in its own section), give handlers a
 * chance to fire, and report what ran and what could run later, with the module it came from.
 */
async function render(modules: RenderedModule[]): Promise<{ executed: number; findings: string[] }> {
	// A fresh page each time: setContent keeps the window, so globals would leak between renders.
	const page = await context.newPage();
	page.on('dialog', (dialog) => {
		executions += 1;
		void dialog.dismiss();
	});
	const before = executions;
	const body = modules
		.map((module, index) => `<article data-module="${index}">${module.fragments.map((html) => `<section>${html}</section>`).join('\n')}</article>`)
		.join('\n');
	await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`, { waitUntil: 'load' });
	const result = await page.evaluate(async () => {
		const findings: { module: string | null; what: string }[] = [];
		for (const element of document.body.querySelectorAll('*')) {
			// Hover and focus everything, in case a handler slipped through under a name we did not list.
			element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
			if (element instanceof HTMLElement) element.focus();
			const name = element.tagName.toLowerCase();
			const found = (what: string) => findings.push({ module: element.closest('[data-module]')?.getAttribute('data-module') ?? null, what });
			if (['script', 'iframe', 'frame', 'object', 'embed', 'form', 'meta', 'link', 'base', 'style', 'svg', 'math'].includes(name)) found(`<${name}>`);
			for (const attribute of element.attributes) {
				if (/^on/i.test(attribute.name)) found(`${name}[${attribute.name}]`);
				if (attribute.name === 'style') found(`${name}[style]`);
				if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc'].includes(attribute.name)) {
					// eslint-disable-next-line no-control-regex -- browsers ignore control characters in a scheme
					const url = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
					if (/^(?:javascript|vbscript|data):/.test(url)) found(`${name}[${attribute.name}=${attribute.value}]`);
				}
			}
		}
		await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
		return { findings, flagged: (window as unknown as { __xss: number }).__xss };
	});
	await page.close();
	const findings = result.findings.map(({ module, what }) => `${module === null ? '?' : modules[Number(module)].label}: ${what}`);
	return { executed: executions - before + result.flagged, findings };
}

/** Narrow a failing render down to the modules that run code: groups of ten, then one by one. */
async function modulesThatRun(modules: RenderedModule[]): Promise<string[]> {
	const labels: string[] = [];
	for (let start = 0; start < modules.length; start += 10) {
		const group = modules.slice(start, start + 10);
		if ((await render(group)).executed === 0) continue;
		for (const module of group) if ((await render([module])).executed > 0) labels.push(module.label);
	}
	return labels;
}

describe('XSS vectors in real Chromium', () => {
	it('the detector sees a vector that runs (so a pass below means something)', async () => {
		const { executed, findings } = await render([
			{ label: 'kontrol', fragments: [`<img src=x onerror="${PWN}">`, `<a href="javascript:${PWN}">x</a>`, '<script>alert(1)</script>'] }
		]);
		expect(executed).toBeGreaterThanOrEqual(2);
		expect(findings).toEqual(expect.arrayContaining(['kontrol: img[onerror]', 'kontrol: a[href=javascript:window.__pwn()]', 'kontrol: <script>']));
	});

	it(`runs none of ${VECTORS.length} vectors anywhere a module renders HTML`, async () => {
		expect(VECTORS.length).toBeGreaterThanOrEqual(60);
		const modules: RenderedModule[] = [];
		for (const vector of VECTORS) {
			for (const [place, source] of [
				['lesson', lessonModule(vector)],
				['quiz', quizModule(vector)]
			] as const) {
				const parsed = parseModule(source);
				// A module refused with errors never reaches a reader: that is safe too.
				if (!parsed.ok) continue;
				if (place === 'quiz') expect(parsed.module.quiz.questions.length).toBe(2);
				modules.push({ label: `${place} ${JSON.stringify(vector)}`, fragments: htmlFragments(parsed.module) });
			}
		}
		// Most vectors must get through parsing, or this test would prove little.
		expect(modules.length).toBeGreaterThanOrEqual(VECTORS.length);
		expect(modules.every((module) => module.fragments.length >= 3)).toBe(true);

		// All at once keeps the test fast; if anything ran, render one by one to name the culprit.
		const all = await render(modules);
		const culprits: string[] = [];
		if (all.executed > 0) culprits.push(...(await modulesThatRun(modules)));
		expect({ executed: all.executed, culprits, findings: all.findings }).toEqual({ executed: 0, culprits: [], findings: [] });
	});
});
