/**
 * The body of the report PDF thread (pdf-worker.ts starts it). On the main thread this module
 * only tells where it lives: in build/ it becomes its own chunk because pdf-worker.ts imports
 * it dynamically (the same arrangement as library/parse-worker-thread.ts).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { renderReportPdf, type ReportDocument } from '#lib/server/reports/pdf-document';

export const PDF_THREAD_URL = import.meta.url;

export type PdfRequest = { id: number; document: ReportDocument };

if (!isMainThread && parentPort && (workerData as { berdayaPdfThread?: boolean } | null)?.berdayaPdfThread) {
	const port = parentPort;
	port.on('message', async ({ id, document }: PdfRequest) => {
		try {
			const bytes = await renderReportPdf(document);
			port.postMessage({ id, ok: true, bytes }, [bytes.buffer as ArrayBuffer]);
		} catch (error) {
			port.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
		}
	});
	port.postMessage({ ready: true });
}
