/**
 * The certificate as a PDF (pdf-lib): A4 portrait, one column of large type so it reads on a
 * phone screen without zooming, and prints well. The QR code is drawn as vector squares (the
 * qrcode library gives the matrix), so it stays sharp and costs a few kilobytes.
 *
 * Standard Helvetica, no embedded font: its WinAnsi encoding covers every letter of Indonesian
 * names in Latin script, apostrophes and accents included (Ma'ruf, Nur’aini, André). A
 * character it cannot encode is written without its accent, or as "?", never a failed PDF; the
 * verification page shows the name exactly (docs/decisions/013).
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { longDate } from '#lib/i18n/dates';

export interface CertificateContent {
	participantName: string;
	courseTitle: string;
	minutes: number;
	completedAt: Date;
	programName: string;
	organizerName: string;
	/** Grouped code, e.g. 7K3M-Q9XZ-4D2P-HW8R. */
	code: string;
	verifyUrl: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const INK = rgb(0.12, 0.14, 0.16);
const MUTED = rgb(0.36, 0.38, 0.42);
const ACCENT = rgb(0.09, 0.42, 0.32);

export function hoursText(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (hours === 0) return `${rest} menit`;
	return rest === 0 ? `${hours} jam` : `${hours} jam ${rest} menit`;
}

export function indonesianDate(date: Date): string {
	return longDate.id(date);
}

/** Text the font can draw: accents dropped where needed, anything else as "?". */
export function encodableText(text: string, font: PDFFont): string {
	const supported = new Set(font.getCharacterSet());
	let out = '';
	for (const char of text.normalize('NFC')) {
		if (supported.has(char.codePointAt(0)!)) {
			out += char;
			continue;
		}
		const plain = char.normalize('NFD').replace(/\p{M}/gu, '');
		out += plain && [...plain].every((part) => supported.has(part.codePointAt(0)!)) ? plain : '?';
	}
	return out;
}

/** Greedy word wrap; a single word wider than the line is left whole (names rarely are). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && font.widthOfTextAtSize(candidate, size) > width) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

class Writer {
	y: number;
	constructor(
		private page: PDFPage,
		top: number
	) {
		this.y = top;
	}
	/** Centred, wrapped lines; returns nothing, moves down. */
	centred(text: string, font: PDFFont, size: number, color = INK, gapAfter = 8) {
		const width = this.page.getWidth() - 2 * MARGIN;
		for (const line of wrap(encodableText(text, font), font, size, width)) {
			this.y -= size;
			const x = (this.page.getWidth() - font.widthOfTextAtSize(line, size)) / 2;
			this.page.drawText(line, { x, y: this.y, size, font, color });
			this.y -= size * 0.3;
		}
		this.y -= gapAfter;
	}
}

function drawQr(page: PDFPage, url: string, x: number, y: number, size: number) {
	const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
	const count = qr.modules.size;
	const quiet = 2;
	const cell = size / (count + 2 * quiet);
	page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
	for (let row = 0; row < count; row++) {
		// Runs of dark modules in a row become one rectangle: fewer operators, a smaller file.
		let start = -1;
		for (let col = 0; col <= count; col++) {
			const dark = col < count && qr.modules.get(row, col) === 1;
			if (dark && start < 0) start = col;
			if (!dark && start >= 0) {
				page.drawRectangle({
					x: x + (quiet + start) * cell,
					y: y + size - (quiet + row + 1) * cell,
					width: (col - start) * cell,
					height: cell,
					color: rgb(0, 0, 0)
				});
				start = -1;
			}
		}
	}
}

export async function makeCertificatePdf(content: CertificateContent): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	pdf.setTitle(`Sertifikat ${content.courseTitle}`);
	pdf.setAuthor(content.organizerName);
	pdf.setCreator('Berdaya');
	pdf.setProducer('Berdaya (pdf-lib)');
	pdf.setLanguage('id-ID');
	// A fixed date keeps a certificate's bytes a function of what it says.
	pdf.setCreationDate(content.completedAt);
	pdf.setModificationDate(content.completedAt);
	const page = pdf.addPage(A4);
	const regular = await pdf.embedFont(StandardFonts.Helvetica);
	const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
	const [width, height] = A4;

	page.drawRectangle({ x: 20, y: 20, width: width - 40, height: height - 40, borderColor: ACCENT, borderWidth: 3 });
	page.drawRectangle({ x: 20, y: height - 34, width: width - 40, height: 14, color: ACCENT });

	const writer = new Writer(page, height - 80);
	writer.centred('SERTIFIKAT', bold, 36, ACCENT, 2);
	writer.centred('Certificate of completion', regular, 13, MUTED, 26);
	writer.centred('Diberikan kepada', regular, 16, MUTED, 6);
	writer.centred(content.participantName, bold, 30, INK, 18);
	writer.centred('yang telah menyelesaikan kursus', regular, 16, MUTED, 6);
	writer.centred(content.courseTitle, bold, 24, INK, 24);
	writer.centred(`Lama belajar: ${hoursText(content.minutes)}`, regular, 16, INK, 4);
	writer.centred(`Tanggal selesai: ${indonesianDate(content.completedAt)}`, regular, 16, INK, 18);
	writer.centred(`Program: ${content.programName}`, regular, 15, INK, 4);
	writer.centred(`Penyelenggara: ${content.organizerName}`, regular, 15, INK, 0);

	const qrSize = 150;
	const qrX = (width - qrSize) / 2;
	const qrY = 150;
	drawQr(page, content.verifyUrl, qrX, qrY, qrSize);
	const footer = new Writer(page, qrY - 8);
	footer.centred(`Kode verifikasi: ${content.code}`, bold, 16, INK, 2);
	footer.centred('Pindai kode QR atau buka alamat ini untuk memeriksa sertifikat:', regular, 11, MUTED, 0);
	footer.centred(content.verifyUrl, regular, 11, MUTED, 0);
	return pdf.save();
}
