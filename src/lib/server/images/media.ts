/**
 * Images trainers upload for their modules: a phone photo in, a small metadata-free WebP out,
 * stored as a MediaAsset at `gambar/<name>.webp` so a module can write ![…](gambar/<name>.webp).
 *
 * What an upload is gets decided from its bytes, never from its name or declared type: a phone
 * or a browser may call anything "foto.jpg". Only JPEG, PNG, WebP and AVIF reach the decoder.
 * SVG is refused here (it can carry script and is served from our origin); shipped SVG
 * illustrations come in through the content importer, which checks them line by line.
 */
import { createHash } from 'node:crypto';
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import { db } from '#lib/server/db/client';
import { isUniqueViolation } from '#lib/server/db/errors';
import { sniffImageType } from '#lib/server/images/media-file';
import { courseEditableBy, courseViewableBy, slugify, type Actor } from '#lib/server/authoring/authoring';
import { PLACEMENT_DIR } from '#lib/server/library/content-placement';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** A participant's page may show several images; each costs them prepaid data. */
export const MAX_STORED_BYTES = 120 * 1024;
export const MAX_EDGE_PIXELS = 1280;
/**
 * Decompression bombs: a tiny PNG can claim 100 000 × 100 000 pixels. 50 megapixels still
 * admits the 48–50 MP photos some phones take.
 */
export const MAX_INPUT_PIXELS = 50_000_000;
const QUALITY_STEPS = [80, 70, 60, 50, 40];
const SHRINK_STEP = 0.8;
export const UPLOAD_FOLDER = 'gambar';

export type UploadRefusal = 'too-large' | 'not-an-image' | 'heic-unsupported' | 'too-many-pixels';
export type PreparedImage = { ok: true; webp: Buffer; width: number; height: number } | { ok: false; reason: UploadRefusal };

/** Brands of the ISO file-type box: the major brand and the compatible ones after it. */
function isobmffBrands(bytes: Buffer): string[] {
	const boxSize = Math.min(bytes.readUInt32BE(0), bytes.length, 256);
	const brands = [bytes.subarray(8, 12).toString('latin1')];
	for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.push(bytes.subarray(offset, offset + 4).toString('latin1'));
	return brands;
}

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);

/**
 * The prebuilt libvips that sharp ships decodes AVIF but has no HEVC decoder, so an iPhone's
 * HEIC photo (HEVC inside the same container) cannot be read: its header parses, its pixels
 * do not. Such a photo gets its own answer, telling the trainer how to send a JPG instead.
 */
function looksLikeHeic(bytes: Buffer, compression: string | undefined): boolean {
	if (compression === 'hevc') return true;
	const brands = isobmffBrands(bytes);
	return brands.some((brand) => HEIC_BRANDS.has(brand)) && !brands.includes('avif');
}

/**
 * Decode, turn upright, shrink to fit 1280 px, and encode a WebP of at most 120 KB with no
 * metadata. The original name is taken and deliberately ignored: only the bytes decide.
 */
export async function prepareUploadedImage(buffer: Buffer, _originalName: string): Promise<PreparedImage> {
	const prepared = await prepareImageVariants(buffer, [{ maxEdge: MAX_EDGE_PIXELS, maxBytes: MAX_STORED_BYTES }]);
	return prepared.ok ? { ok: true, ...prepared.variants[0] } : prepared;
}

export interface ImageVariantLimits {
	maxEdge: number;
	maxBytes: number;
}
export type PreparedVariants =
	{ ok: true; variants: { webp: Buffer; width: number; height: number }[] } | { ok: false; reason: UploadRefusal };

/**
 * One decode, several sizes (a photo and its small preview): each a metadata-free WebP within
 * its own edge and byte budget. Same checks as every upload: the bytes decide what it is.
 */
export async function prepareImageVariants(buffer: Buffer, limits: ImageVariantLimits[]): Promise<PreparedVariants> {
	const upright = await decodeUpright(buffer, Math.max(...limits.map((limit) => limit.maxEdge)));
	if (!upright.ok) return upright;
	const variants = [];
	for (const limit of limits) variants.push(await encodeWithinBudget(upright.data, upright.info, limit));
	return { ok: true, variants };
}

async function decodeUpright(
	buffer: Buffer,
	maxEdge: number
): Promise<{ ok: true; data: Buffer; info: OutputInfo } | { ok: false; reason: UploadRefusal }> {
	// Checked before any decoding, so an oversized upload costs no CPU.
	if (buffer.byteLength > MAX_UPLOAD_BYTES) return { ok: false, reason: 'too-large' };
	const kind = sniffImageType(buffer);
	if (!kind) return { ok: false, reason: 'not-an-image' };

	let metadata: Metadata;
	try {
		// Header only; the pixel limit is applied below and again by the decoder.
		metadata = await sharp(buffer, { limitInputPixels: false }).metadata();
	} catch {
		return { ok: false, reason: kind === 'isobmff' && looksLikeHeic(buffer, undefined) ? 'heic-unsupported' : 'not-an-image' };
	}
	const expected = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp', isobmff: 'heif' } as const;
	if (metadata.format !== expected[kind]) return { ok: false, reason: 'not-an-image' };
	const isAvif = kind === 'isobmff' && metadata.compression === 'av1';
	if (kind === 'isobmff' && !isAvif && !looksLikeHeic(buffer, metadata.compression)) return { ok: false, reason: 'not-an-image' };
	if ((metadata.width ?? 0) * (metadata.height ?? 0) > MAX_INPUT_PIXELS) return { ok: false, reason: 'too-many-pixels' };

	try {
		// Raw pixels carry no EXIF, GPS, XMP or ICC: whatever the encoder writes next starts clean.
		const upright = await sharp(buffer, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', pages: 1 })
			.rotate()
			.resize(maxEdge, maxEdge, { fit: 'inside', withoutEnlargement: true })
			.toColourspace('srgb')
			.raw({ depth: 'uchar' })
			.toBuffer({ resolveWithObject: true });
		return { ok: true, ...upright };
	} catch {
		return { ok: false, reason: kind === 'isobmff' && !isAvif ? 'heic-unsupported' : 'not-an-image' };
	}
}

async function encodeWithinBudget(
	pixels: Buffer,
	info: OutputInfo,
	limit: ImageVariantLimits
): Promise<{ webp: Buffer; width: number; height: number }> {
	const raw = { width: info.width, height: info.height, channels: info.channels as 1 | 2 | 3 | 4 };
	const encode = (quality: number, width: number, height: number) => {
		const image = sharp(pixels, { raw });
		if (width !== raw.width) image.resize(width, height, { fit: 'fill' });
		return image.webp({ quality, alphaQuality: quality, effort: 4 }).toBuffer();
	};
	const scale = Math.min(1, limit.maxEdge / Math.max(raw.width, raw.height));
	let [width, height] = [Math.max(1, Math.round(raw.width * scale)), Math.max(1, Math.round(raw.height * scale))];
	let webp = Buffer.alloc(0);
	for (const quality of QUALITY_STEPS) {
		webp = await encode(quality, width, height);
		if (webp.byteLength <= limit.maxBytes) return { webp, width, height };
	}
	// Still too big at the lowest acceptable quality (a busy, noisy photo): fewer pixels.
	while (webp.byteLength > limit.maxBytes && Math.max(width, height) > 64) {
		[width, height] = [Math.max(1, Math.round(width * SHRINK_STEP)), Math.max(1, Math.round(height * SHRINK_STEP))];
		webp = await encode(QUALITY_STEPS.at(-1)!, width, height);
	}
	return { webp, width, height };
}

/** "IMG_2024 Jahitan Jelujur.JPG" → "img-2024-jahitan-jelujur"; a name of only symbols → "gambar". */
export function safeImageName(originalName: string): string {
	const withoutExtension = originalName.replace(/\.[A-Za-z0-9]{1,5}$/, '');
	return slugify(withoutExtension) || 'gambar';
}

/** Where clause: the course by slug, if this person may change it. Admin or CourseEditor, from the database. */
async function editableCourseWhere(userId: string, courseSlug: string) {
	const actor = await db.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
	if (!actor) return null;
	return { slug: courseSlug, ...courseEditableBy(actor) };
}

export type StoreResult =
	| { ok: true; path: string; reused: boolean; byteSize: number; width: number | null; height: number | null }
	| { ok: false; reason: UploadRefusal | 'course-not-found' };

/**
 * Prepare and store an upload. Same picture again (same WebP bytes) → the stored one is reused,
 * whatever its name; a name already taken by another picture → -2, -3 … The WebP is encoded
 * outside the transaction so a slow encode never holds the database's write lock.
 */
export async function storeCourseImage(upload: {
	userId: string;
	courseSlug: string;
	fileName: string;
	buffer: Buffer;
}): Promise<StoreResult> {
	const where = await editableCourseWhere(upload.userId, upload.courseSlug);
	// Checked before the costly decode; checked again in the transaction's where.
	if (!where || !(await db.course.findFirst({ where, select: { id: true } }))) return { ok: false, reason: 'course-not-found' };
	const prepared = await prepareUploadedImage(upload.buffer, upload.fileName);
	if (!prepared.ok) return prepared;
	const sha256 = createHash('sha256').update(prepared.webp).digest('hex');
	const base = `${UPLOAD_FOLDER}/${safeImageName(upload.fileName)}`;
	// Two trainers saving the same name at once: the loser of the unique index tries the next number.
	for (let attempt = 0; ; attempt++) {
		try {
			return await db.$transaction(async (tx) => {
				const course = await tx.course.findFirst({ where, select: { id: true } });
				if (!course) return { ok: false, reason: 'course-not-found' } as const;
				const same = await tx.mediaAsset.findFirst({
					where: { courseId: course.id, sha256 },
					orderBy: { createdAt: 'asc' },
					select: { path: true, byteSize: true, width: true, height: true }
				});
				if (same) return { ok: true, reused: true, ...same } as const;
				const taken = await tx.mediaAsset.findMany({
					where: { courseId: course.id, path: { startsWith: base } },
					select: { path: true }
				});
				const path = firstFreePath(base, new Set(taken.map((asset) => asset.path)));
				const asset = await tx.mediaAsset.create({
					data: {
						courseId: course.id,
						path,
						contentType: 'image/webp',
						bytes: new Uint8Array(prepared.webp),
						byteSize: prepared.webp.byteLength,
						width: prepared.width,
						height: prepared.height,
						sha256,
						createdById: upload.userId
					},
					select: { path: true, byteSize: true, width: true, height: true }
				});
				await tx.auditEvent.create({
					data: {
						actorId: upload.userId,
						action: 'media.upload',
						courseId: course.id,
						detail: JSON.stringify({ path, byteSize: asset.byteSize, width: asset.width, height: asset.height })
					}
				});
				return { ok: true, reused: false, ...asset } as const;
			});
		} catch (error) {
			if (!isUniqueViolation(error) || attempt >= 4) throw error;
		}
	}
}

function firstFreePath(base: string, taken: Set<string>): string {
	if (!taken.has(`${base}.webp`)) return `${base}.webp`;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}.webp`)) return `${base}-${n}.webp`;
}

/** The course and its images for the upload page; null when the course is unknown or not this person's to edit. */
export async function listCourseImages(userId: string, courseSlug: string) {
	const where = await editableCourseWhere(userId, courseSlug);
	if (!where) return null;
	return db.course.findFirst({
		where,
		select: {
			slug: true,
			title: true,
			media: {
				orderBy: [{ createdAt: 'desc' }, { path: 'asc' }],
				select: { path: true, contentType: true, byteSize: true, width: true, height: true }
			}
		}
	});
}

/**
 * One image for the /media route. Images of a course that has published a module are public:
 * illustrations, not secrets, and being public lets phones and proxies cache them instead of
 * paying for them twice. A course never published is still being written: its images only for
 * those who may view it in the editor (its editors, organizers of programs using it, admins),
 * and never cached by a shared cache (`public: false`).
 */
export async function readMediaAsset(courseSlug: string, path: string, viewer: Actor | null) {
	// The placement test is not a course; its images live beside it (library/placement-import)
	// and are public: every new participant sees them before their first lesson.
	if (courseSlug === PLACEMENT_DIR) {
		const image = await db.placementMedia.findUnique({ where: { path }, select: { contentType: true, bytes: true, sha256: true } });
		return image ? { ...image, public: true } : null;
	}
	const published = { modules: { some: { publishedVersionId: { not: null } } } };
	const viewable = viewer ? courseViewableBy(viewer) : null;
	// An admin's rule is "every course" ({}), which Prisma would not match inside OR.
	const course =
		viewable && Object.keys(viewable).length === 0
			? { slug: courseSlug }
			: { slug: courseSlug, OR: viewable ? [published, viewable] : [published] };
	const asset = await db.mediaAsset.findFirst({
		where: { path, course },
		select: {
			contentType: true,
			bytes: true,
			sha256: true,
			course: { select: { modules: { where: { publishedVersionId: { not: null } }, select: { id: true }, take: 1 } } }
		}
	});
	if (!asset) return null;
	const { course: owner, ...rest } = asset;
	return { ...rest, public: owner.modules.length > 0 };
}
