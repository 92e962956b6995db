/** 1500000 → "1.500.000": how the form shows a limit, and how an organizer types one. */
export function rupiahPlain(value: number): string {
	return value.toLocaleString('id-ID');
}
