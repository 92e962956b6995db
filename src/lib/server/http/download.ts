/**
 * A streamed download: the body is a stream made by a domain module (reports/csv.ts), sent
 * as it is produced. Private, never cached by a proxy, never sniffed into HTML.
 */
import { safeFileName } from '#lib/server/reports/csv';

export function downloadResponse(body: ReadableStream<Uint8Array>, fileName: string, contentType: string): Response {
	return new Response(body, {
		headers: {
			'content-type': contentType,
			'content-disposition': `attachment; filename="${safeFileName(fileName)}"`,
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}
