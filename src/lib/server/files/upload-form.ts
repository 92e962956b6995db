/**
 * Reading a multipart form whose body may be cut off halfway (a phone losing signal): the
 * parser throws, and the caller answers "sent halfway, nothing saved" instead of a 500.
 */
export async function readUploadForm(request: Request): Promise<FormData | null> {
	try {
		return await request.formData();
	} catch {
		return null;
	}
}

/** Non-empty files of a field, in order. */
export function filesOf(form: FormData, field: string): File[] {
	return form.getAll(field).filter((value): value is File => value instanceof File && value.size > 0);
}
