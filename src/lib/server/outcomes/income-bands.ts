/**
 * A program's monthly income bands in rupiah. Stored as ascending upper limits, so the bands
 * cannot overlap or leave gaps: [500000, 1000000] means "< Rp500.000", "Rp500.000 – Rp1.000.000"
 * and "> Rp1.000.000". Pure: the settings form, the check-in forms and the reports share it.
 */

/** < Rp500.000, Rp500.000–1 juta, 1–2 juta, 2–5 juta, > 5 juta. */
export const DEFAULT_INCOME_LIMITS: readonly number[] = [500_000, 1_000_000, 2_000_000, 5_000_000];
/** At least two bands; at most eight, so the question fits a phone screen. */
export const MAX_INCOME_LIMITS = 7;
/** A limit above Rp1 miliar a month is a typing mistake in these programs. */
export const MAX_INCOME_RP = 1_000_000_000;

export interface IncomeBand {
	index: number;
	/** Inclusive lower limit in rupiah. */
	minRp: number;
	/** Exclusive upper limit; null for the top band. */
	maxRp: number | null;
}

export function bandsFromLimits(limits: readonly number[]): IncomeBand[] {
	const bands: IncomeBand[] = [];
	let min = 0;
	limits.forEach((limit, index) => {
		bands.push({ index, minRp: min, maxRp: limit });
		min = limit;
	});
	bands.push({ index: limits.length, minRp: min, maxRp: null });
	return bands;
}

/** The program's limits, or the default ones when unset or unreadable. */
export function limitsOfProgram(incomeBandsJson: string | null | undefined): number[] {
	if (!incomeBandsJson) return [...DEFAULT_INCOME_LIMITS];
	try {
		const parsed: unknown = JSON.parse(incomeBandsJson);
		const checked = checkLimits(Array.isArray(parsed) ? parsed.map(String) : []);
		return checked.ok ? checked.limits : [...DEFAULT_INCOME_LIMITS];
	} catch {
		return [...DEFAULT_INCOME_LIMITS];
	}
}

export type LimitsProblem = 'none' | 'too-many' | 'not-a-number' | 'out-of-range' | 'not-ascending';

/**
 * Limits typed by an organizer: blanks are skipped; "1.500.000", "1500000" and "Rp 1.500.000"
 * all read as 1,500,000 (Indonesian writes thousands with dots).
 */
export function checkLimits(inputs: readonly string[]): { ok: true; limits: number[] } | { ok: false; problem: LimitsProblem } {
	const typed = inputs.map((input) => input.trim()).filter(Boolean);
	if (typed.length === 0) return { ok: false, problem: 'none' };
	if (typed.length > MAX_INCOME_LIMITS) return { ok: false, problem: 'too-many' };
	const limits: number[] = [];
	for (const text of typed) {
		const digits = text.replace(/^rp\.?\s*/i, '').replace(/[.\s]/g, '');
		if (!/^\d{1,10}$/.test(digits)) return { ok: false, problem: 'not-a-number' };
		const value = Number(digits);
		if (value < 1_000 || value > MAX_INCOME_RP) return { ok: false, problem: 'out-of-range' };
		if (limits.length > 0 && value <= limits.at(-1)!) return { ok: false, problem: 'not-ascending' };
		limits.push(value);
	}
	return { ok: true, limits };
}

export function rupiah(value: number): string {
	return `Rp${value.toLocaleString('id-ID')}`;
}

/** "< Rp500.000", "Rp500.000 – Rp1.000.000", "> Rp5.000.000" (the same in both languages). */
export function bandLabel(band: IncomeBand): string {
	if (band.minRp === 0 && band.maxRp !== null) return `< ${rupiah(band.maxRp)}`;
	if (band.maxRp === null) return `> ${rupiah(band.minRp)}`;
	return `${rupiah(band.minRp)} – ${rupiah(band.maxRp)}`;
}
