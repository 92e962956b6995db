/**
 * Is this file the image its name says, and is it safe to serve from our origin? Used by the
 * content importer; the web editor's upload can call the same function.
 *
 * Images are served as files from /media/…, so an SVG opened directly in a browser tab would run
 * any script inside it with our cookies. Such an SVG is refused, not cleaned: the trainer gets a
 * line to fix and the file on disk stays the file in the database, byte for byte.
 */
import path from 'node:path';
import sharp from 'sharp';
import { megabytesShown } from '#lib/content/megabytes';
import { contentError } from '#lib/content/messages';
import type { ContentError } from '#lib/content/types';

export const MEDIA_CONTENT_TYPES: Record<string, string> = {
	'.svg': 'image/svg+xml',
	'.webp': 'image/webp',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg'
};

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

export function mediaContentTypeOf(fileName: string): string | undefined {
	return MEDIA_CONTENT_TYPES[path.extname(fileName).toLowerCase()];
}

export type MediaProblem = ContentError;

export type MediaCheck =
	{ ok: true; contentType: string; width: number | null; height: number | null } | { ok: false; problem: MediaProblem };

const KIND_NAMES: Record<string, string> = {
	'image/png': 'PNG',
	'image/jpeg': 'JPEG',
	'image/webp': 'WebP',
	'image/svg+xml': 'SVG'
};

/** Check an image's bytes against its file name. Reads only the header for width and height. */
export async function checkMediaFile(fileName: string, bytes: Uint8Array): Promise<MediaCheck> {
	const contentType = mediaContentTypeOf(fileName);
	if (!contentType) throw new Error(`not a media file name: ${fileName}`);
	if (bytes.byteLength > MAX_IMAGE_BYTES) return { ok: false, problem: imageTooLarge(bytes.byteLength) };
	const kind = KIND_NAMES[contentType];
	if (contentType === 'image/svg+xml') {
		const problem = checkSvg(Buffer.from(bytes).toString('utf8'));
		if (problem) return { ok: false, problem };
	} else if (!hasMagicBytes(contentType, bytes)) {
		return { ok: false, problem: contentError('media.content-mismatch', undefined, { extension: path.extname(fileName), kind }) };
	}
	const { width, height } = await dimensionsOf(bytes);
	return { ok: true, contentType, width, height };
}

export function imageTooLarge(byteSize: number): MediaProblem {
	return contentError('media.too-large', undefined, { megabytes: megabytesShown(byteSize) });
}

/** The image type a file's first bytes announce, whatever its name says. The one sniffer of the app. */
export function sniffImageType(bytes: Uint8Array): 'image/jpeg' | 'image/png' | 'image/webp' | 'isobmff' | undefined {
	const at = (offset: number, signature: number[]) => signature.every((byte, index) => bytes[offset + index] === byte);
	if (at(0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
	if (at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
	if (at(0, [0x52, 0x49, 0x46, 0x46]) && at(8, [0x57, 0x45, 0x42, 0x50])) return 'image/webp';
	// ISO base media (HEIC, AVIF): 'ftyp' after the box size.
	if (at(4, [0x66, 0x74, 0x79, 0x70])) return 'isobmff';
	return undefined;
}

function hasMagicBytes(contentType: string, bytes: Uint8Array): boolean {
	return sniffImageType(bytes) === contentType;
}

/** Width and height from the header; null when the header does not say (an SVG without a size). */
async function dimensionsOf(bytes: Uint8Array): Promise<{ width: number | null; height: number | null }> {
	try {
		const metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
		return { width: metadata.width ?? null, height: metadata.height ?? null };
	} catch {
		return { width: null, height: null };
	}
}

const EVENT_HANDLER = /^on/i;
const FORBIDDEN_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);

/**
 * A small, strict XML reader: enough to find the root element, to check tags are balanced and
 * to see every element and attribute with its position. DOCTYPEs are refused outright: they
 * can declare entities that hide a script from this check (and expand without bound).
 */
export function checkSvg(text: string): MediaProblem | undefined {
	const source = text.replace(/^\uFEFF/, '');
	const at = (offset: number) => lineColumn(source, offset);
	const open: string[] = [];
	let root: string | undefined;
	let index = 0;
	while (index < source.length) {
		const next = source.indexOf('<', index);
		if (next === -1) break;
		index = next;
		if (source.startsWith('<!--', index)) {
			const end = source.indexOf('-->', index + 4);
			if (end === -1) return notXml(at(index));
			index = end + 3;
			continue;
		}
		if (source.startsWith('<![CDATA[', index)) {
			if (open.length === 0) return notXml(at(index));
			const end = source.indexOf(']]>', index);
			if (end === -1) return notXml(at(index));
			index = end + 3;
			continue;
		}
		if (source.startsWith('<?', index)) {
			const end = source.indexOf('?>', index);
			if (end === -1) return notXml(at(index));
			index = end + 2;
			continue;
		}
		if (source.startsWith('<!', index)) return unsafe(at(index), '<!DOCTYPE>');
		const tag = /^<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(source.slice(index));
		if (!tag) return notXml(at(index));
		const [whole, closing, name, attributes, selfClosing] = tag;
		const localName = name.slice(name.indexOf(':') + 1).toLowerCase();
		if (closing) {
			if (attributes || selfClosing || open.pop() !== name) return notXml(at(index));
		} else {
			if (open.length === 0 && root !== undefined) return notXml(at(index));
			root ??= localName;
			if (root !== 'svg') return notSvg(at(index));
			if (FORBIDDEN_ELEMENTS.has(localName)) return unsafe(at(index), `<${name}>`);
			const problem = checkAttributes(attributes, index + 1 + name.length, at);
			if (problem) return problem;
			if (!selfClosing) open.push(name);
		}
		index += whole.length;
	}
	if (root === undefined) return notSvg(at(0));
	if (open.length > 0) return notXml(at(source.length));
	return undefined;
}

function checkAttributes(attributes: string, offset: number, at: (offset: number) => { line: number; column: number }) {
	const attribute = /\s+([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
	for (let match = attribute.exec(attributes); match; match = attribute.exec(attributes)) {
		const [, name, doubleQuoted, singleQuoted] = match;
		const position = at(offset + match.index + match[0].indexOf(name));
		if (EVENT_HANDLER.test(name.slice(name.indexOf(':') + 1))) return unsafe(position, name);
		// Browsers ignore entities, tabs, newlines and control characters inside a scheme.
		const value = decodeXmlEntities(doubleQuoted ?? singleQuoted ?? '')
			// eslint-disable-next-line no-control-regex -- control characters are what is being removed
			.replace(/[\u0000-\u0020]/g, '')
			.toLowerCase();
		// <set attributeName="onclick" to="…"> would add a handler after this check.
		if (name === 'attributeName' && EVENT_HANDLER.test(value)) return unsafe(position, `attributeName="${value}"`);
		if (/(?:java|vb)script:/.test(value)) return unsafe(position, `${name}="…script:"`);
	}
	return undefined;
}

function decodeXmlEntities(value: string): string {
	return value.replace(/&#(x[0-9a-f]+|\d+);?/gi, (entity, code: string) => {
		const point = code[0].toLowerCase() === 'x' ? parseInt(code.slice(1), 16) : parseInt(code, 10);
		return point <= 0x10ffff ? String.fromCodePoint(point) : entity;
	});
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

function notXml(position: { line: number; column: number }): MediaProblem {
	return contentError('media.svg-invalid', position, { reason: 'not-xml' });
}

function notSvg(position: { line: number; column: number }): MediaProblem {
	return contentError('media.svg-invalid', position, { reason: 'not-svg' });
}

function unsafe(position: { line: number; column: number }, what: string): MediaProblem {
	return contentError('media.svg-unsafe', position, { what });
}
