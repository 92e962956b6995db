/**
 * Pages that ship no client code (most of them: `csr = false`) get `script-src 'none'`, so an
 * injected script could not run even with a stolen nonce. Decided on the rendered HTML.
 */

/** The policy with script-src set to 'none'; the policy unchanged when it has no script-src. */
export function withoutScripts(policy: string): string {
	return policy
		.split(';')
		.map((directive) => (directive.trim().startsWith('script-src ') ? "script-src 'none'" : directive.trim()))
		.filter(Boolean)
		.join('; ');
}

/** Whether a rendered page contains a script element. */
export function hasScriptElement(html: string): boolean {
	return /<script[\s>]/i.test(html);
}
