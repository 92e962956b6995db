import type { LocalizedMessage } from './types';

/**
 * A file's size as a trainer reads it in a "too large" message: megabytes with one decimal,
 * written with Indonesian's decimal comma ("1,5") in Indonesian and a point ("1.5") in English.
 * Pure, so the server's messages and the editor page show the same number.
 */
export function megabytesShown(byteSize: number): LocalizedMessage {
	const megabytes = (byteSize / 1024 / 1024).toFixed(1);
	return { id: megabytes.replace('.', ','), en: megabytes };
}
