import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import {
	MAX_STORED_BYTES,
	listCourseImages,
	prepareUploadedImage,
	readMediaAsset,
	safeImageName,
	storeCourseImage
} from '#lib/server/images/media';

/**
 * A real iPhone-style HEIC (HEVC in a HEIF container, brand "heic"), 32 × 24, made with
 * libheif's heif-enc. Its header parses in sharp; its pixels cannot be decoded here.
 */
const REAL_HEIC = Buffer.from(
	'AAAAHGZ0eXBoZWljAAAAAG1pZjFoZWljbWlhZgAAAaptZXRhAAAAAAAAACFoZGxyAAAAAAAAAABwaWN0AAAAAAAAAAAAAAAAAAAAAA5waXRtAAAAAAACAAAAEGlkYXQAAAAAACAAGAAAADhpbG9jAQAAAERAAAIAAQAAAAAAAAHOAAEAAAAAAAAAJwACAAEAAAAAAAAAAQAAAAAAAAAIAAAAOGlpbmYAAAAAAAIAAAAVaW5mZQIAAAEAAQAAaHZjMQAAAAAVaW5mZQIAAAAAAgAAZ3JpZAAAAADVaXBycAAAALNpcGNvAAAAc2h2Y0MBA3AAAAAAAAAAAAAe8AD8/fj4AAAPAyAAAQAYQAEMAf//A3AAAAMAkAAAAwAAAwAeugJAIQABACdCAQEDcAAAAwCQAAADAAADAB6gIIEFluqumubAgAAAAwCAAAADAIQiAAEABkQBwXPBiQAAABRpc3BlAAAAAAAAAEAAAABAAAAAFGlzcGUAAAAAAAAAIAAAABgAAAAQcGl4aQAAAAADCAgIAAAAGmlwbWEAAAAAAAAAAgABAoECAAICA4QAAAAaaXJlZgAAAAAAAAAOZGltZwACAAEAAQAAAC9tZGF0AAAAIygBrxkhNRLvXaW/94jY7+trb5TJQKaXBNeImQsDgYCNkZ04',
	'base64'
);

/** A busy photo: random colour blobs, so WebP cannot make it small without losing detail. */
async function busyPhoto(width: number, height: number): Promise<Buffer> {
	const [w, h] = [Math.round(width / 4), Math.round(height / 4)];
	return sharp(randomBytes(w * h * 3), { raw: { width: w, height: h, channels: 3 } })
		.resize(width, height, { kernel: 'nearest' })
		.jpeg({ quality: 85 })
		.toBuffer();
}

/** WebP chunks that would carry metadata: EXIF, XMP and an ICC profile. */
function webpMetadataChunks(webp: Buffer): string[] {
	return ['EXIF', 'XMP ', 'ICCP'].filter((fourcc) => webp.includes(fourcc, 12, 'latin1'));
}

/** A PNG whose header claims `width` × `height` pixels and whose data is one empty zlib stream. */
function pngClaiming(width: number, height: number): Buffer {
	const chunk = (type: string, data: Buffer) => {
		const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
		const length = Buffer.alloc(4);
		length.writeUInt32BE(data.length);
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(crc32(typed));
		return Buffer.concat([length, typed, crc]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 2, 0, 0, 0], 8);
	return Buffer.concat([
		Buffer.from('89504e470d0a1a0a', 'hex'),
		chunk('IHDR', header),
		chunk('IDAT', Buffer.from('789c030000000001', 'hex')),
		chunk('IEND', Buffer.alloc(0))
	]);
}

describe('prepareUploadedImage', () => {
	it('removes EXIF and GPS from a phone photo and turns it upright', async () => {
		const photo = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#a05a2c' } })
			.withExif({ IFD0: { Make: 'HP Murah', Model: 'A1' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 10/1 0/1' } })
			.withMetadata({ orientation: 6 })
			.jpeg()
			.toBuffer();
		const before = await sharp(photo).metadata();
		// The GPS IFD pointer (tag 0x8825, little-endian) is really in the input.
		expect(before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);

		const result = await prepareUploadedImage(photo, 'foto.jpg');
		if (!result.ok) throw new Error(result.reason);
		const after = await sharp(result.webp).metadata();
		expect(after.format).toBe('webp');
		expect(after.exif).toBeUndefined();
		expect(after.xmp).toBeUndefined();
		expect(after.icc).toBeUndefined();
		expect(after.orientation).toBeUndefined();
		expect(webpMetadataChunks(result.webp)).toEqual([]);
		expect(result.webp.includes('HP Murah', 0, 'latin1')).toBe(false);
		// Orientation 6 means "rotate 90°": the stored picture is portrait.
		expect([result.width, result.height, after.width, after.height]).toEqual([200, 400, 200, 400]);
	});

	it('shrinks a 4000 × 3000 photo to at most 1280 px and 120 KB', async () => {
		const photo = await busyPhoto(4000, 3000);
		expect(photo.byteLength).toBeGreaterThan(MAX_STORED_BYTES);
		const result = await prepareUploadedImage(photo, 'IMG_1234.JPG');
		if (!result.ok) throw new Error(result.reason);
		const after = await sharp(result.webp).metadata();
		expect(after.format).toBe('webp');
		expect(Math.max(after.width!, after.height!)).toBeLessThanOrEqual(1280);
		expect(after.width! / after.height!).toBeCloseTo(4 / 3, 1);
		expect(result.webp.byteLength).toBeLessThanOrEqual(MAX_STORED_BYTES);
	});

	it('never enlarges a small picture', async () => {
		const small = await sharp({ create: { width: 120, height: 90, channels: 3, background: '#fff' } })
			.png()
			.toBuffer();
		const result = await prepareUploadedImage(small, 'kecil.png');
		expect(result).toMatchObject({ ok: true, width: 120, height: 90 });
	});

	it('keeps the transparency of a PNG', async () => {
		const png = await sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 200, g: 30, b: 30, alpha: 0 } } })
			.composite([{ input: { create: { width: 100, height: 100, channels: 4, background: '#1e64c8' } }, left: 100, top: 50 }])
			.png()
			.toBuffer();
		const result = await prepareUploadedImage(png, 'logo.png');
		if (!result.ok) throw new Error(result.reason);
		const { data, info } = await sharp(result.webp).raw().toBuffer({ resolveWithObject: true });
		expect(info.channels).toBe(4);
		const alphaAt = (x: number, y: number) => data[(y * info.width + x) * 4 + 3];
		expect(alphaAt(5, 5)).toBeLessThan(10);
		expect(alphaAt(150, 100)).toBeGreaterThan(245);
	});

	it('accepts AVIF, which this sharp decodes', async () => {
		const avif = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } })
			.avif()
			.toBuffer();
		expect(await prepareUploadedImage(avif, 'foto.avif')).toMatchObject({ ok: true, width: 64, height: 48 });
	});

	it('says plainly that an iPhone HEIC photo cannot be read', async () => {
		expect((await sharp(REAL_HEIC).metadata()).compression).toBe('hevc');
		expect(await prepareUploadedImage(REAL_HEIC, 'IMG_0001.HEIC')).toEqual({ ok: false, reason: 'heic-unsupported' });
		// Named .jpg by a phone's share sheet: still recognised by its bytes.
		expect(await prepareUploadedImage(REAL_HEIC, 'foto.jpg')).toEqual({ ok: false, reason: 'heic-unsupported' });
	});

	it('refuses a text file named foto.jpg', async () => {
		const text = Buffer.from('Ini bukan foto, ini catatan belanja: benang, jarum, kain.\n');
		expect(await prepareUploadedImage(text, 'foto.jpg')).toEqual({ ok: false, reason: 'not-an-image' });
	});

	it('refuses an SVG upload, even a harmless-looking one named .png', async () => {
		const svg = Buffer.from(
			'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>'
		);
		expect(await prepareUploadedImage(svg, 'gambar.svg')).toEqual({ ok: false, reason: 'not-an-image' });
		expect(await prepareUploadedImage(svg, 'gambar.png')).toEqual({ ok: false, reason: 'not-an-image' });
	});

	it('refuses a PDF and a GIF', async () => {
		const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
			.gif()
			.toBuffer();
		expect(await prepareUploadedImage(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), 'materi.pdf')).toEqual({
			ok: false,
			reason: 'not-an-image'
		});
		expect(await prepareUploadedImage(gif, 'animasi.gif')).toEqual({ ok: false, reason: 'not-an-image' });
	});

	it('refuses a file whose header says PNG but whose body is not', async () => {
		const fake = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('bukan gambar sama sekali')]);
		expect(await prepareUploadedImage(fake, 'foto.png')).toEqual({ ok: false, reason: 'not-an-image' });
	});

	it('refuses more than 10 MB before decoding it', async () => {
		// A valid JPEG padded past 10 MB: a decoder ignores bytes after the image, so only the
		// size check can refuse it.
		const jpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#888' } })
			.jpeg()
			.toBuffer();
		const padded = Buffer.concat([jpeg, Buffer.alloc(11 * 1024 * 1024 - jpeg.byteLength)]);
		expect((await sharp(padded).metadata()).format).toBe('jpeg');
		expect(await prepareUploadedImage(padded, 'besar.jpg')).toEqual({ ok: false, reason: 'too-large' });
	});

	it('refuses a decompression bomb: a few bytes claiming 400 megapixels', async () => {
		const bomb = pngClaiming(20_000, 20_000);
		expect(bomb.byteLength).toBeLessThan(100);
		expect(await prepareUploadedImage(bomb, 'bom.png')).toEqual({ ok: false, reason: 'too-many-pixels' });
	});
});

describe('safeImageName', () => {
	it('makes a readable file name from what the phone called it', () => {
		expect(safeImageName('Jahitan Jelujur.JPG')).toBe('jahitan-jelujur');
		expect(safeImageName('IMG_20240101_0930.jpeg')).toBe('img-20240101-0930');
		expect(safeImageName('../../etc/passwd')).toBe('etc-passwd');
		expect(safeImageName('😀.png')).toBe('gambar');
	});
});

async function person(role: 'trainer' | 'admin' | 'participant') {
	const tag = randomBytes(4).toString('hex');
	return db.user.create({
		data: { role, name: `${role} ${tag}`, email: `${role}-${tag}@contoh.test`, secretHash: 'not-used-here' },
		select: { id: true, role: true }
	});
}

async function courseEditedBy(userId: string) {
	const tag = randomBytes(4).toString('hex');
	return db.course.create({
		data: { slug: `kursus-${tag}`, title: `Kursus ${tag}`, summary: 'Untuk tes.', editors: { create: { userId, role: 'owner' } } },
		select: { id: true, slug: true }
	});
}

const solid = (background: string) =>
	sharp({ create: { width: 64, height: 64, channels: 3, background } })
		.jpeg()
		.toBuffer();

describe('storeCourseImage', () => {
	it('stores a WebP under gambar/, records who uploaded it, and serves it', async () => {
		const trainer = await person('trainer');
		const course = await courseEditedBy(trainer.id);
		const result = await storeCourseImage({
			userId: trainer.id,
			courseSlug: course.slug,
			fileName: 'Jahitan Jelujur.jpg',
			buffer: await solid('#c33')
		});
		expect(result).toMatchObject({ ok: true, path: 'gambar/jahitan-jelujur.webp', reused: false, width: 64, height: 64 });

		const served = await readMediaAsset(course.slug, 'gambar/jahitan-jelujur.webp', trainer);
		expect(served?.contentType).toBe('image/webp');
		expect((await sharp(Buffer.from(served!.bytes)).metadata()).format).toBe('webp');
		expect(served?.sha256).toMatch(/^[0-9a-f]{64}$/);
		const events = await db.auditEvent.findMany({ where: { courseId: course.id }, select: { action: true, actorId: true, detail: true } });
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({ action: 'media.upload', actorId: trainer.id });
		expect(JSON.parse(events[0].detail)).toMatchObject({ path: 'gambar/jahitan-jelujur.webp' });
		expect(await readMediaAsset(course.slug, 'gambar/tidak-ada.webp', trainer)).toBeNull();
		// Never published: only for those who may view the course in the editor, never cached publicly.
		expect(served?.public).toBe(false);
		expect(await readMediaAsset(course.slug, 'gambar/jahitan-jelujur.webp', null)).toBeNull();
		expect(await readMediaAsset(course.slug, 'gambar/jahitan-jelujur.webp', await person('participant'))).toBeNull();
		expect(await readMediaAsset(course.slug, 'gambar/jahitan-jelujur.webp', await person('trainer'))).toBeNull();
		const admin = await person('admin');
		expect((await readMediaAsset(course.slug, 'gambar/jahitan-jelujur.webp', admin))?.public).toBe(false);
	});

	it('numbers a second picture with the same name, and reuses the same picture', async () => {
		const trainer = await person('trainer');
		const course = await courseEditedBy(trainer.id);
		const store = async (fileName: string, background: string) =>
			storeCourseImage({ userId: trainer.id, courseSlug: course.slug, fileName, buffer: await solid(background) });
		expect(await store('benang.jpg', '#c33')).toMatchObject({ ok: true, path: 'gambar/benang.webp', reused: false });
		expect(await store('benang.jpg', '#33c')).toMatchObject({ ok: true, path: 'gambar/benang-2.webp', reused: false });
		expect(await store('benang.jpg', '#3c3')).toMatchObject({ ok: true, path: 'gambar/benang-3.webp', reused: false });
		// Sent again, even under another name: nothing new is stored.
		expect(await store('lagi.jpg', '#33c')).toMatchObject({ ok: true, path: 'gambar/benang-2.webp', reused: true });
		expect(await db.mediaAsset.count({ where: { courseId: course.id } })).toBe(3);
		expect(await db.auditEvent.count({ where: { courseId: course.id, action: 'media.upload' } })).toBe(3);
	});

	it('lets only the course editors and admins store or list images', async () => {
		const owner = await person('trainer');
		const otherTrainer = await person('trainer');
		const participant = await person('participant');
		const admin = await person('admin');
		const course = await courseEditedBy(owner.id);
		const buffer = await solid('#963');
		for (const outsider of [otherTrainer, participant]) {
			expect(await storeCourseImage({ userId: outsider.id, courseSlug: course.slug, fileName: 'x.jpg', buffer })).toEqual({
				ok: false,
				reason: 'course-not-found'
			});
			expect(await listCourseImages(outsider.id, course.slug)).toBeNull();
		}
		expect(await storeCourseImage({ userId: 'no-such-user', courseSlug: course.slug, fileName: 'x.jpg', buffer })).toEqual({
			ok: false,
			reason: 'course-not-found'
		});
		expect(await db.mediaAsset.count({ where: { courseId: course.id } })).toBe(0);

		expect(await storeCourseImage({ userId: admin.id, courseSlug: course.slug, fileName: 'x.jpg', buffer })).toMatchObject({
			ok: true,
			path: 'gambar/x.webp'
		});
		const listed = await listCourseImages(owner.id, course.slug);
		expect(listed?.media.map((image) => [image.path, image.contentType])).toEqual([['gambar/x.webp', 'image/webp']]);
	});

	it('stores nothing when the upload is not an image', async () => {
		const trainer = await person('trainer');
		const course = await courseEditedBy(trainer.id);
		const result = await storeCourseImage({
			userId: trainer.id,
			courseSlug: course.slug,
			fileName: 'foto.jpg',
			buffer: Buffer.from('teks')
		});
		expect(result).toEqual({ ok: false, reason: 'not-an-image' });
		expect(await db.mediaAsset.count({ where: { courseId: course.id } })).toBe(0);
		expect(await db.auditEvent.count({ where: { courseId: course.id } })).toBe(0);
	});
});
