/**
 * A download size as a participant reads it beside "save for offline": whole KB below 1 MB
 * (rounded up), else MB with one decimal, with Indonesian's decimal comma in Indonesian.
 * static/js/offline.js writes the stored total the same way.
 */
export function sizeShown(bytes: number, locale: 'id' | 'en'): string {
	const kb = Math.max(1, Math.ceil(bytes / 1024));
	if (kb < 1024) return `${kb} KB`;
	const mb = (bytes / 1024 / 1024).toFixed(1);
	return `${locale === 'id' ? mb.replace('.', ',') : mb} MB`;
}
