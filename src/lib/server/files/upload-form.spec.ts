import { describe, expect, it } from 'vitest';
import { filesOf, readUploadForm } from './upload-form';

const BOUNDARY = '----berdaya';
const part = (name: string, fileName: string, body: string) =>
	`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"; filename="${fileName}"\r\nContent-Type: image/jpeg\r\n\r\n${body}\r\n`;

function multipart(body: BodyInit): Request {
	return new Request('http://localhost/tugas', {
		method: 'POST',
		headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
		body,
		duplex: 'half'
	} as RequestInit);
}

describe('readUploadForm', () => {
	it('reads a whole form and its non-empty files in order', async () => {
		const read = await readUploadForm(
			multipart(part('foto', 'a.jpg', 'AAA') + part('foto', 'b.jpg', '') + part('foto', 'c.jpg', 'CC') + `--${BOUNDARY}--\r\n`),
			1000
		);
		expect(read.ok && filesOf(read.form, 'foto').map((file) => file.name)).toEqual(['a.jpg', 'c.jpg']);
	});

	it('says cut-off for an upload cut off halfway (no closing boundary)', async () => {
		expect(await readUploadForm(multipart(part('foto', 'a.jpg', 'AAA').slice(0, 60)), 1000)).toEqual({ ok: false, reason: 'cut-off' });
	});

	it('says cut-off when the connection drops while the body streams in', async () => {
		const stream = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(new TextEncoder().encode(part('foto', 'a.jpg', 'AAAA').slice(0, 80)));
				controller.error(new Error('socket hang up'));
			}
		});
		expect(await readUploadForm(multipart(stream), 1000)).toEqual({ ok: false, reason: 'cut-off' });
	});

	it('says too-large when a body declared larger than any valid form fails to parse (the body limit)', async () => {
		const request = new Request('http://localhost/tugas', {
			method: 'POST',
			headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'content-length': '31457280' },
			body: part('foto', 'a.jpg', 'AAA').slice(0, 60)
		});
		expect(await readUploadForm(request, 1000)).toEqual({ ok: false, reason: 'too-large' });
	});
});
