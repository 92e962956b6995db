/**
 * The part of autocannon 9's programmatic API that bench/run.ts uses. The package ships no
 * types and @types/autocannon is not a dependency; field names follow lib/run.js and
 * lib/aggregateResult.js of autocannon 9.
 */
declare module 'autocannon' {
	namespace autocannon {
		interface Options {
			url: string;
			connections?: number;
			/** Seconds. */
			duration?: number;
			method?: 'GET' | 'POST';
			headers?: Record<string, string>;
			body?: string;
			/** Seconds before a request counts as timed out. */
			timeout?: number;
			/** Requests sent in turn on each connection; setupRequest may change each one before it goes. */
			requests?: RequestSpec[];
		}

		interface RequestSpec {
			method?: 'GET' | 'POST';
			path?: string;
			headers?: Record<string, string>;
			body?: string;
			setupRequest?: (request: RequestSpec, context: Record<string, unknown>) => RequestSpec;
			onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
		}

		/** hdr-histogram-percentiles-obj: mean, spread and percentiles p50, p90, p99 and more. */
		interface Histogram {
			mean: number;
			stddev: number;
			min: number;
			max: number;
			total: number;
			p50: number;
			p90: number;
			p99: number;
		}

		interface Result {
			/** Seconds actually run. */
			duration: number;
			/** Milliseconds. */
			latency: Histogram;
			/** Responses per one-second sample; `total` is all completed responses. */
			requests: Histogram & { sent: number };
			/** Bytes per one-second sample, headers included; `total` is all bytes received. */
			throughput: Histogram;
			errors: number;
			timeouts: number;
			non2xx: number;
			statusCodeStats: Record<string, { count: number }>;
		}
	}

	function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
	export = autocannon;
}
