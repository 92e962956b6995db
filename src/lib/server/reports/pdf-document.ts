/**
 * Reports as PDF (the needs summary, the evidence pack): a list of simple blocks laid out on A4
 * pages with pdf-lib, the library the certificates use. Pure and synchronous on purpose: it runs
 * inside the PDF thread (pdf-worker.ts), never on the request thread. Standard Helvetica, like the
 * certificate: letters it cannot draw lose their accent or become "?" (encodableText).
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { encodableText } from '#lib/server/learning/certificate-pdf';

export type ReportBlock =
	| { type: 'title'; text: string }
	| { type: 'heading'; text: string }
	| { type: 'text'; text: string; muted?: boolean }
	/** Column widths are fractions of the line; the first row is the header. */
	| { type: 'table'; widths: number[]; rows: string[][] }
	/** A JPEG (made by sharp before the thread is asked) with a caption under it. */
	| { type: 'image'; jpeg: Uint8Array; width: number; height: number; caption: string };

export interface ReportDocument {
	title: string;
	/** Printed small at the foot of every page. */
	footer: string;
	/** Fixed so that the same content gives the same bytes. */
	createdAt: Date;
	/** Body size in points; the one-page summary uses a smaller one. */
	size?: number;
	blocks: ReportBlock[];
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 40;
const INK = rgb(0.12, 0.14, 0.16);
const MUTED = rgb(0.36, 0.38, 0.42);
const ACCENT = rgb(0.04, 0.43, 0.31);
const LINE = rgb(0.85, 0.83, 0.78);

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(/\s+/).filter(Boolean)) {
			const candidate = line ? `${line} ${word}` : word;
			if (line && font.widthOfTextAtSize(candidate, size) > width) {
				lines.push(line);
				line = word;
			} else line = candidate;
		}
		lines.push(line);
	}
	return lines;
}

class Layout {
	page!: PDFPage;
	y = 0;
	constructor(
		private pdf: PDFDocument,
		private fonts: { regular: PDFFont; bold: PDFFont },
		private footer: string
	) {
		this.newPage();
	}
	get width() {
		return A4[0] - 2 * MARGIN;
	}
	newPage() {
		this.page = this.pdf.addPage(A4);
		this.y = A4[1] - MARGIN;
		const text = encodableText(this.footer, this.fonts.regular);
		this.page.drawText(text, { x: MARGIN, y: MARGIN / 2, size: 7, font: this.fonts.regular, color: MUTED });
	}
	room(height: number) {
		if (this.y - height < MARGIN) this.newPage();
	}
	lines(text: string, font: PDFFont, size: number, color = INK, x = MARGIN, width = this.width) {
		for (const line of wrap(encodableText(text, font), font, size, width)) {
			this.room(size * 1.3);
			this.y -= size * 1.3;
			this.page.drawText(line, { x, y: this.y + size * 0.3, size, font, color });
		}
	}
	table(widths: number[], rows: string[][], size: number) {
		rows.forEach((row, index) => {
			const font = index === 0 ? this.fonts.bold : this.fonts.regular;
			const cells = row.map((cell, column) => wrap(encodableText(cell, font), font, size, widths[column] * this.width - 6));
			const height = Math.max(...cells.map((cell) => cell.length)) * size * 1.25 + 4;
			this.room(height);
			let x = MARGIN;
			cells.forEach((cell, column) => {
				cell.forEach((line, lineIndex) => {
					this.page.drawText(line, { x: x + 2, y: this.y - (lineIndex + 1) * size * 1.25 + size * 0.25, size, font, color: INK });
				});
				x += widths[column] * this.width;
			});
			this.y -= height;
			this.page.drawLine({
				start: { x: MARGIN, y: this.y + 1 },
				end: { x: MARGIN + this.width, y: this.y + 1 },
				thickness: 0.5,
				color: LINE
			});
		});
		this.y -= size * 0.6;
	}
}

export async function renderReportPdf(document: ReportDocument): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	pdf.setTitle(document.title);
	pdf.setCreator('Berdaya');
	pdf.setProducer('Berdaya (pdf-lib)');
	pdf.setLanguage('id-ID');
	pdf.setCreationDate(document.createdAt);
	pdf.setModificationDate(document.createdAt);
	const fonts = { regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) };
	const size = document.size ?? 10;
	const layout = new Layout(pdf, fonts, document.footer);
	for (const block of document.blocks) {
		if (block.type === 'title') {
			layout.lines(block.text, fonts.bold, size * 1.8, ACCENT);
			layout.y -= size * 0.4;
		} else if (block.type === 'heading') {
			layout.y -= size * 0.5;
			layout.room(size * 4);
			layout.lines(block.text, fonts.bold, size * 1.25, INK);
			layout.y -= size * 0.2;
		} else if (block.type === 'text') {
			layout.lines(block.text, fonts.regular, size, block.muted ? MUTED : INK);
			layout.y -= size * 0.3;
		} else if (block.type === 'table') {
			layout.table(block.widths, block.rows, size * 0.95);
		} else {
			const image = await pdf.embedJpg(block.jpeg);
			const scale = Math.min(1, (layout.width * 0.6) / block.width, 220 / block.height);
			const width = block.width * scale;
			const height = block.height * scale;
			layout.room(height + size * 2);
			layout.y -= height;
			layout.page.drawImage(image, { x: MARGIN, y: layout.y, width, height });
			layout.lines(block.caption, fonts.regular, size * 0.9, MUTED);
			layout.y -= size * 0.6;
		}
	}
	return pdf.save();
}
