/**
 * Numbers as people in Indonesia type them: "15.000", "Rp 15.000,-", "2,5", "15rb". Used for
 * a numeric question's answer in the module file and for what a participant types. Pure.
 *
 * Rules (docs/authoring.md explains them to trainers):
 * - a comma is the decimal mark: "2,5" is two and a half;
 * - a dot followed by exactly three digits groups thousands: "15.000", "1.250.000";
 *   any other dot is a decimal point, for phones with an English keyboard: "2.5";
 * - "15,000" (comma and exactly three digits, no dot) could mean fifteen thousand or fifteen,
 *   so it is refused rather than guessed; so is any mix the rules do not cover;
 * - "Rp" in front, "rupiah" or ",-" behind, and spaces between digit groups are ignored;
 * - "rb"/"ribu"/"k" multiply by a thousand and "jt"/"juta" by a million: "2,5 juta".
 */

const MAX_DIGITS = 15; // beyond this a double no longer holds every digit

const POWER_OF_TEN: Record<string, number> = { rb: 3, ribu: 3, k: 3, jt: 6, juta: 6 };

export function parseIndonesianNumber(raw: string): number | null {
	let text = raw.normalize('NFKC').trim().toLowerCase().replaceAll('−', '-');
	let negative = false;
	const takeSign = () => {
		if (text.startsWith('-')) {
			if (negative) return false;
			negative = true;
			text = text.slice(1).trimStart();
		}
		return true;
	};
	if (!takeSign()) return null;
	text = text.replace(/^rp\.?\s*/, '');
	if (!takeSign()) return null;

	text = text.replace(/\s*(rupiah|rp)$/, '').replace(/[,.]-$/, '');
	let exponent = 0;
	const multiplier = /\s*(rb|ribu|k|jt|juta)\.?$/.exec(text);
	if (multiplier) {
		exponent = POWER_OF_TEN[multiplier[1]];
		text = text.slice(0, multiplier.index);
	}
	text = text.replace(/(\d)\s+(?=\d)/g, '$1');

	const parts = splitDigits(text);
	if (!parts) return null;
	const digits = (parts.whole + parts.fraction).replace(/^0+(?=\d)/, '');
	if (digits.length > MAX_DIGITS) return null;
	// Through a decimal string, so "2,5 juta" is exactly 2500000 (2.5 * 1e6 can drift).
	const value = Number(`${parts.whole}.${parts.fraction || '0'}e${exponent}`);
	if (!Number.isFinite(value)) return null;
	return negative && value !== 0 ? -value : value;
}

function splitDigits(text: string): { whole: string; fraction: string } | null {
	const thousands = '[1-9]\\d{0,2}(?:\\.\\d{3})+';
	let match = new RegExp(`^(\\d+|${thousands})(?:,(\\d+))?$`).exec(text);
	if (match) {
		const [, whole, fraction = ''] = match;
		// "15,000": an English thousands separator or a decimal? Refuse to guess.
		if (!whole.includes('.') && fraction.length === 3) return null;
		return { whole: whole.replaceAll('.', ''), fraction };
	}
	match = /^(\d+)\.(\d+)$/.exec(text);
	if (match && match[2].length !== 3) return { whole: match[1], fraction: match[2] };
	// "0.500" cannot be thousands (no leading zero group), so it is a decimal.
	if (match && /^0+$/.test(match[1])) return { whole: match[1], fraction: match[2] };
	return null;
}
