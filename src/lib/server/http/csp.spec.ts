import { describe, expect, it } from 'vitest';
import { hasScriptElement, withoutScripts } from '#lib/server/http/csp';
import { CSP_DIRECTIVES } from '#lib/server/http/csp-directives.js';

describe('the page policy', () => {
	it('forbids framing, plugins and base changes, and allows a same-origin service worker', () => {
		expect(CSP_DIRECTIVES['frame-ancestors']).toEqual(['none']);
		expect(CSP_DIRECTIVES['object-src']).toEqual(['none']);
		expect(CSP_DIRECTIVES['base-uri']).toEqual(['none']);
		expect(CSP_DIRECTIVES['worker-src']).toEqual(['self']);
		expect(CSP_DIRECTIVES['connect-src']).toEqual(['self']);
	});

	it("sets script-src to 'none' for a page without scripts", () => {
		expect(withoutScripts("default-src 'self'; script-src 'self' 'nonce-abc'; object-src 'none'")).toBe(
			"default-src 'self'; script-src 'none'; object-src 'none'"
		);
		expect(hasScriptElement('<p>teks</p><noscript>x</noscript>')).toBe(false);
		expect(hasScriptElement('<script type="module">x</script>')).toBe(true);
		expect(hasScriptElement('<SCRIPT>x</SCRIPT>')).toBe(true);
	});
});
