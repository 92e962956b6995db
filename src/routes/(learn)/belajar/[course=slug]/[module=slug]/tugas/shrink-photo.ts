/**
 * On the phone, before sending: a photo of 3–12 MB becomes at most 1,600 px on its long side
 * and at most 300 KB, as WebP where the browser can encode it, else JPEG. The server checks
 * and re-encodes whatever arrives; this only saves the participant's prepaid data.
 */
export const MAX_EDGE = 1600;
export const MAX_BYTES = 300 * 1024;
const QUALITIES = [0.82, 0.72, 0.62, 0.52, 0.42];

function toBlob(canvas: HTMLCanvasElement, type: string, quality: number): Promise<Blob | null> {
	return new Promise((resolve) => canvas.toBlob(resolve, type, quality));
}

/** The shrunken photo, or the original file when the browser cannot decode it (the server explains why). */
export async function shrinkPhoto(file: File): Promise<File> {
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
	} catch {
		return file;
	}
	let scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
	const canvas = document.createElement('canvas');
	try {
		for (let round = 0; round < 6; round++) {
			canvas.width = Math.max(1, Math.round(bitmap.width * scale));
			canvas.height = Math.max(1, Math.round(bitmap.height * scale));
			canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
			for (const quality of QUALITIES) {
				let blob = await toBlob(canvas, 'image/webp', quality);
				// Browsers that cannot encode WebP hand back a PNG instead.
				if (!blob || blob.type !== 'image/webp') blob = await toBlob(canvas, 'image/jpeg', quality);
				if (blob && blob.size <= MAX_BYTES) {
					const extension = blob.type === 'image/webp' ? 'webp' : 'jpg';
					return new File([blob], `foto.${extension}`, { type: blob.type });
				}
			}
			scale *= 0.8;
		}
		return file;
	} finally {
		bitmap.close();
	}
}
