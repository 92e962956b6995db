/**
 * Issue 13's bar, as a benchmark that asserts: while one client posts the 80,000-repeat quiz
 * body and another a 300,000-bracket draft to the preview, a concurrent GET /masuk answers in
 * under a second. Run against a started server (npm start, or the e2e server):
 *
 *   BASE_URL=http://127.0.0.1:3000 PARTICIPANT=0812-0000-0001:592847 TRAINER=pelatih@berdaya.test:… \
 *     COURSE=menjahit-dasar MODULE=alat-dan-keselamatan npx tsx bench/hold-the-door.ts
 */
const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const [participantId, participantPin] = (process.env.PARTICIPANT ?? '0812-0000-0001:592847').split(':');
const [trainerId, trainerPassword] = (process.env.TRAINER ?? 'pelatih@berdaya.test:e2e-pelatih-rahasia').split(':');
const course = process.env.COURSE ?? 'menjahit-dasar';
const module = process.env.MODULE ?? 'alat-dan-keselamatan';
const headers = { 'content-type': 'application/x-www-form-urlencoded', origin: base, accept: 'text/html', 'x-forwarded-proto': 'http' };

async function logIn(identifier: string, secret: string): Promise<string> {
	const response = await fetch(`${base}/masuk`, {
		method: 'POST',
		headers,
		body: new URLSearchParams({ identifier, secret }),
		redirect: 'manual'
	});
	const cookie = response.headers.get('set-cookie')?.split(';')[0];
	if (!cookie) throw new Error(`login as ${identifier} failed (${response.status})`);
	return cookie;
}

async function timed(label: string, request: () => Promise<Response>) {
	const started = performance.now();
	const response = await request();
	await response.arrayBuffer();
	const ms = performance.now() - started;
	console.log(`${label.padEnd(34)} ${response.status} ${ms.toFixed(0).padStart(6)} ms`);
	return { status: response.status, ms };
}

const participant = await logIn(participantId, participantPin);
const trainer = await logIn(trainerId, trainerPassword);
const flood = 'version=x&' + 'q:a=b&'.repeat(80_000);
const draft = new URLSearchParams({ source: '---\ntitle: A\nsummary: B\nminutes: 5\n---\n' + '['.repeat(300_000) }).toString();

const [quiz, preview, ...gets] = await Promise.all([
	timed('POST quiz, 80,000 repeats', () =>
		fetch(`${base}/belajar/${course}/${module}/kuis`, { method: 'POST', headers: { ...headers, cookie: participant }, body: flood })
	),
	timed('POST preview, 300,000 [', () =>
		fetch(`${base}/tulis/${course}/${module}?/preview`, { method: 'POST', headers: { ...headers, cookie: trainer }, body: draft })
	),
	...Array.from({ length: 5 }, (_, i) => timed(`GET /masuk #${i + 1}`, () => fetch(`${base}/masuk`)))
]);

const failures: string[] = [];
if (quiz.status < 400 || quiz.status >= 500) failures.push(`quiz flood answered ${quiz.status}, not a 4xx`);
if (quiz.ms >= 1000) failures.push(`quiz flood took ${quiz.ms.toFixed(0)} ms`);
if (preview.status >= 500) failures.push(`preview answered ${preview.status}`);
for (const get of gets) if (get.status !== 200 || get.ms >= 1000) failures.push(`GET /masuk: ${get.status} in ${get.ms.toFixed(0)} ms`);
if (failures.length) {
	console.error(`FAILED:\n  ${failures.join('\n  ')}`);
	process.exit(1);
}
console.log('OK: the server kept answering GET /masuk in under 1 s.');
