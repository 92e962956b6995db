/**
 * Report PDFs off the request thread with a time budget (issue 12: PDFs never block the
 * server). pdf-lib is synchronous JavaScript: a 20-page evidence pack with photos would hold
 * the event loop for everyone. Each PDF runs in the kept thread of threads/kept-thread.ts; PDFs
 * queue behind each other. One over its budget is stopped (the thread is terminated and
 * replaced) and the caller gets an error to show as "try again".
 */
import { keptThread } from '#lib/server/threads/kept-thread';
import type { ReportDocument } from '#lib/server/reports/pdf-document';
import type { PdfRequest } from '#lib/server/reports/pdf-worker-thread';

/** Far above a real report (a summary takes milliseconds; a pack with photos well under a second). */
export const PDF_BUDGET_MS = 15_000;

const renderInThread = keptThread<PdfRequest, { id: number; ok: true; bytes: Uint8Array }, Uint8Array>({
	threadUrl: async () => (await import('#lib/server/reports/pdf-worker-thread')).PDF_THREAD_URL,
	workerData: { berdayaPdfThread: true },
	resourceLimits: { maxOldGenerationSizeMb: 512 },
	fromReply: (reply) => new Uint8Array(reply.bytes),
	failedMessage: 'report PDF failed',
	stoppedMessage: 'the PDF thread stopped',
	overBudget: (_request, budgetMs) => ({ error: new Error(`report PDF ran over its budget of ${budgetMs} ms`) })
});

/** The document as PDF bytes, rendered in the PDF thread. Rejects on failure or over budget. */
export function renderPdfOffThread(
	document: ReportDocument,
	{ budgetMs = PDF_BUDGET_MS }: { budgetMs?: number } = {}
): Promise<Uint8Array> {
	return renderInThread({ document }, budgetMs);
}
