/**
 * One structured (JSON) log line per request and per unexpected error, on standard output, with
 * pino: the fastest of the kept Node loggers and the format log shippers read. Never log query
 * strings, form fields or phone numbers: paths and route ids only.
 *
 * BERDAYA_LOG_LEVEL: fatal, error, warn, info (default), debug, or silent.
 */
import pino from 'pino';

export const log = pino({
	level: process.env.BERDAYA_LOG_LEVEL ?? 'info',
	base: { pid: process.pid },
	timestamp: pino.stdTimeFunctions.isoTime
});
