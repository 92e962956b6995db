/**
 * Markdown parsing off the request thread, with a time budget (issue 13). A trainer's text can
 * take the parser seconds or minutes; on the request thread that would stop the server for
 * everyone. Here each parse runs in a kept worker thread; one that runs over its budget is
 * terminated (a busy thread stops at once) and replaced, and the trainer gets a located error,
 * `source.too-slow`, in the parser's own result shape. Shapes known to be slow are refused
 * earlier by the parser itself (src/lib/content/source-limits.ts), so the CLI refuses them too.
 *
 * The thread is the kept one of threads/kept-thread.ts: one per process (parsing is rare:
 * preview, publish, import); parses queue behind each other; the budget counts only a parse's own
 * running time.
 */
import type { ParseModuleOptions } from '#lib/content/parse';
import type { ParseResult } from '#lib/content/types';
import { contentError } from '#lib/content/messages';
import { likeliestSlowLine } from '#lib/content/source-limits';
import { keptThread } from '#lib/server/threads/kept-thread';
import type { ParseRequest } from '#lib/server/library/parse-worker-thread';

/** Far above a real module's parse (a 1 MB module takes about a second on a slow core). */
export const PARSE_BUDGET_MS = 10_000;

const parseInThread = keptThread<ParseRequest, { id: number; ok: true; result: ParseResult }, ParseResult>({
	threadUrl: async () => (await import('#lib/server/library/parse-worker-thread')).PARSE_THREAD_URL,
	workerData: { berdayaParseThread: true },
	// A parse may use memory, not the whole server's.
	resourceLimits: { maxOldGenerationSizeMb: 512, stackSizeMb: 8 },
	fromReply: (reply) => reply.result,
	failedMessage: 'module parse failed',
	stoppedMessage: 'the parse thread stopped',
	// Over the budget the trainer gets a located error in the parser's own result shape.
	overBudget: (request, budgetMs) => {
		const seconds = Math.max(1, Math.round(budgetMs / 1000));
		const tooSlow = contentError('source.too-slow', { line: likeliestSlowLine(request.source), column: 1 }, { seconds });
		const file = request.options.fileName;
		return { result: { ok: false, errors: [file ? { ...tooSlow, file } : tooSlow], warnings: [] } };
	}
});

/**
 * parseModule's result, computed in the parse thread; a parse over the budget gives
 * `{ ok: false, errors: [source.too-slow at the likeliest line] }`.
 */
export function parseModuleOffThread(
	source: string,
	options: ParseModuleOptions = {},
	{ budgetMs = PARSE_BUDGET_MS }: { budgetMs?: number } = {}
): Promise<ParseResult> {
	return parseInThread({ source, options }, budgetMs);
}

/** A result that ran out of time (for callers that want to say more than the error does). */
export function ranOutOfTime(result: ParseResult): boolean {
	return !result.ok && result.errors.some((error) => error.code === 'source.too-slow');
}
