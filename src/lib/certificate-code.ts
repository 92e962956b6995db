/**
 * Certificate verification codes: 16 symbols of Crockford's base32 (80 random bits), shown and
 * linked in groups of four ("7K3M-Q9XZ-4D2P-HW8R"). Crockford's alphabet has no I, L, O or U,
 * and reading a code aloud or typing it from paper forgives them: I and L are 1, O is 0.
 * Plain TypeScript with no server imports.
 */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 16;

/** Encodes 10 random bytes as 16 symbols; the caller supplies the bytes (crypto.getRandomValues). */
export function encodeCertificateCode(bytes: Uint8Array): string {
	if (bytes.length !== 10) throw new Error('a certificate code is made of 10 random bytes');
	let bits = 0n;
	for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
	let code = '';
	for (let index = CODE_LENGTH - 1; index >= 0; index--) code += CODE_ALPHABET[Number((bits >> BigInt(index * 5)) & 31n)];
	return code;
}

/** "7K3MQ9XZ4D2PHW8R" → "7K3M-Q9XZ-4D2P-HW8R". */
export function groupedCertificateCode(code: string): string {
	return code.match(/.{1,4}/g)!.join('-');
}

/** A code as typed or linked, in its stored form; undefined when it cannot be a code. */
export function normalizeCertificateCode(input: string): string | undefined {
	const compact = input.replace(/[\s-]/g, '').toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
	if (compact.length !== CODE_LENGTH) return undefined;
	for (const symbol of compact) if (!CODE_ALPHABET.includes(symbol)) return undefined;
	return compact;
}
