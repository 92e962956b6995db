/**
 * Reading a multipart form whose body may be cut off halfway (a phone losing signal) or be
 * larger than the server's body limit: the parser throws, and the caller answers in words
 * ("too large" or "sent halfway, nothing saved") instead of a 500.
 */
export type UploadForm = { ok: true; form: FormData } | { ok: false; reason: 'too-large' | 'cut-off' };

/** `largestExpected`: the biggest body a valid form can have; a failed parse of a bigger one was the body limit. */
export async function readUploadForm(request: Request, largestExpected: number): Promise<UploadForm> {
	const declared = Number(request.headers.get('content-length') ?? NaN);
	try {
		return { ok: true, form: await request.formData() };
	} catch {
		return { ok: false, reason: declared > largestExpected ? 'too-large' : 'cut-off' };
	}
}

/** Non-empty files of a field, in order. */
export function filesOf(form: FormData, field: string): File[] {
	return form.getAll(field).filter((value): value is File => value instanceof File && value.size > 0);
}
