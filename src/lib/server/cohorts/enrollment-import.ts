/**
 * Bulk enrollment from a spreadsheet: upload → preview (every row checked) → import (one
 * transaction, all or nothing) → one-time PINs issued in small batches to print or send.
 *
 * - Parsing uses csv-parse (kept, linear, handles quotes, line breaks inside quotes and
 *   semicolons — what Excel writes in an Indonesian locale); the delimiter is read from the
 *   header row, UTF-8 with or without BOM, and Windows-1252 for Excel's plain "CSV" export.
 * - The uploaded rows wait in EnrollmentImport (with an expiry), never in process memory:
 *   the preview and the import may reach different instances, or a restarted one.
 * - Rows are checked again inside the import's transaction, so a number that got an account
 *   between preview and import stops the whole import instead of half of it.
 * - An organizer learns that a number belongs to a participant of THEIR program (and which
 *   cohort), or that it already has an account; never which other program has it.
 * - Import writes no PIN hash: argon2 for 5,000 PINs takes minutes on two cores. Participants
 *   start without a PIN (they cannot sign in) and get one-time PINs in batches of
 *   PIN_BATCH_SIZE when the organizer prints or sends them (issueOneTimePins).
 */
import { parse } from 'csv-parse/sync';
import { db, type DbTx } from '#lib/server/db/client';
import { normalizePersonName } from '#lib/server/accounts/account';
import { generateTemporaryPin, hashSecret } from '#lib/server/accounts/password';
import { normalizeIndonesianPhone } from '#lib/server/accounts/phone';
import { cohortOrganizedBy, type Actor } from '#lib/server/cohorts/cohort-setup';

export const MAX_IMPORT_ROWS = 5000;
/** 5,000 rows of name, phone, year, gender and village fit in well under 1 MB; Excel pads. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const IMPORT_LIFETIME_MS = 2 * 60 * 60 * 1000;
export const PIN_BATCH_SIZE = 50;
const VILLAGE_MAX = 80;

export type ImportRow = { line: number; name: string; phone: string; birthYear: string; gender: string; village: string };

export type CsvProblem =
	| { code: 'empty' }
	| { code: 'too-large'; maxBytes: number }
	| { code: 'too-many-rows'; maxRows: number; rows: number }
	| { code: 'wrong-delimiter' }
	| { code: 'missing-columns'; missing: ('name' | 'phone')[] }
	| { code: 'malformed'; line: number };

export type ParseResult = { ok: true; rows: ImportRow[] } | { ok: false; problem: CsvProblem };

/** Header cells as people write them, compared without case, spaces or punctuation. */
const COLUMN_NAMES: Record<Exclude<keyof ImportRow, 'line'>, string[]> = {
	name: ['nama', 'namalengkap', 'namapeserta', 'name', 'fullname'],
	phone: [
		'hp',
		'nohp',
		'nomorhp',
		'nomortelepon',
		'notelepon',
		'telepon',
		'telp',
		'notelp',
		'handphone',
		'nohandphone',
		'wa',
		'nowa',
		'nomorwa',
		'whatsapp',
		'nomorwhatsapp',
		'phone',
		'phonenumber'
	],
	birthYear: ['tahunlahir', 'thnlahir', 'thlahir', 'birthyear', 'yearofbirth'],
	gender: ['jeniskelamin', 'jk', 'kelamin', 'gender', 'sex', 'lp'],
	village: ['desa', 'kelurahan', 'desakelurahan', 'desakel', 'village']
};

function columnKey(header: string): keyof typeof COLUMN_NAMES | null {
	const compact = header.toLowerCase().replace(/[^a-z0-9]/g, '');
	for (const [key, names] of Object.entries(COLUMN_NAMES)) if (names.includes(compact)) return key as keyof typeof COLUMN_NAMES;
	return null;
}

/** UTF-8 (its BOM dropped); bytes that are not UTF-8 are Excel's Windows-1252 "CSV" export. */
export function decodeCsvBytes(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

/** Comma or semicolon, whichever the header row has more of (outside quotes). */
function detectDelimiter(headerLine: string): ',' | ';' | null {
	const unquoted = headerLine.replace(/"[^"]*"/g, '');
	const commas = unquoted.split(',').length - 1;
	const semicolons = unquoted.split(';').length - 1;
	if (commas === 0 && semicolons === 0) return null;
	return semicolons > commas ? ';' : ',';
}

export function parseEnrollmentCsv(bytes: Uint8Array): ParseResult {
	if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, problem: { code: 'too-large', maxBytes: MAX_IMPORT_BYTES } };
	const text = decodeCsvBytes(bytes).replace(/^\ufeff/, '');
	const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
	if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
	const delimiter = detectDelimiter(headerLine);
	if (!delimiter) {
		// One column only: either a tab/pipe file or a header without the columns we need.
		if (/[\t|]/.test(headerLine)) return { ok: false, problem: { code: 'wrong-delimiter' } };
		const only = columnKey(headerLine);
		return { ok: false, problem: { code: 'missing-columns', missing: (['name', 'phone'] as const).filter((key) => key !== only) } };
	}

	let records: { record: string[]; info: { lines: number } }[];
	try {
		records = parse(text, {
			delimiter,
			info: true,
			relax_column_count: true,
			relax_quotes: true,
			skip_empty_lines: true,
			skip_records_with_empty_values: true,
			trim: true
		}) as unknown as typeof records;
	} catch (error) {
		const line = typeof error === 'object' && error !== null && 'lines' in error ? Number(error.lines) : 0;
		return { ok: false, problem: { code: 'malformed', line } };
	}
	const [header, ...body] = records;
	if (!header) return { ok: false, problem: { code: 'empty' } };
	const columns = header.record.map(columnKey);
	const missing = (['name', 'phone'] as const).filter((key) => !columns.includes(key));
	if (missing.length > 0) {
		const otherDelimiter = delimiter === ',' ? ';' : ',';
		if (headerLine.includes('\t') || headerLine.includes(otherDelimiter)) return { ok: false, problem: { code: 'wrong-delimiter' } };
		return { ok: false, problem: { code: 'missing-columns', missing } };
	}
	if (body.length === 0) return { ok: false, problem: { code: 'empty' } };
	if (body.length > MAX_IMPORT_ROWS) return { ok: false, problem: { code: 'too-many-rows', maxRows: MAX_IMPORT_ROWS, rows: body.length } };

	const rows = body.map(({ record, info }) => {
		const row: ImportRow = { line: info.lines, name: '', phone: '', birthYear: '', gender: '', village: '' };
		columns.forEach((key, index) => {
			if (key && row[key] === '') row[key] = (record[index] ?? '').slice(0, 200);
		});
		return row;
	});
	return { ok: true, rows };
}

// ---------------------------------------------------------------- checking rows

export type RowProblem =
	| { code: 'name-invalid' }
	| { code: 'phone-missing' }
	| { code: 'phone-invalid' }
	| { code: 'phone-scientific' }
	| { code: 'phone-repeated'; firstLine: number }
	| { code: 'phone-in-cohort' }
	| { code: 'phone-in-program'; cohortName: string }
	| { code: 'phone-has-account' }
	| { code: 'birth-year-invalid' }
	| { code: 'gender-invalid' }
	| { code: 'village-too-long' };

export type CheckedRow = ImportRow & {
	participant: { name: string; phone: string; birthYear: number | null; gender: string | null; village: string | null } | null;
	problems: RowProblem[];
};

/** Excel drops the leading 0 of a number column: `81234567890` is `081234567890`. */
function normalizeSpreadsheetPhone(cell: string) {
	const compact = cell.replace(/\s/g, '');
	return normalizeIndonesianPhone(/^8\d{8,11}$/.test(compact) ? `0${compact}` : cell);
}

export function normalizeGender(cell: string): string | null | undefined {
	const value = cell
		.trim()
		.toLowerCase()
		.replace(/[\s-]+/g, '');
	if (value === '') return null;
	if (['p', 'perempuan', 'wanita', 'w', 'f', 'female', 'ibu'].includes(value)) return 'perempuan';
	if (['l', 'lakilaki', 'laki', 'pria', 'm', 'male', 'bapak'].includes(value)) return 'laki-laki';
	return undefined;
}

function normalizeBirthYear(cell: string, now: Date): number | null | undefined {
	const value = cell.trim();
	if (value === '') return null;
	if (!/^\d{4}$/.test(value)) return undefined;
	const year = Number(value);
	return year >= 1920 && year <= now.getUTCFullYear() - 10 ? year : undefined;
}

/** Per row, everything wrong with it (not just the first problem), in the file's order. */
export async function checkEnrollmentRows(
	rows: ImportRow[],
	target: { cohortId: string; programId: string },
	client: DbTx = db,
	now: Date = new Date()
): Promise<CheckedRow[]> {
	const firstLineOfPhone = new Map<string, number>();
	const checked = rows.map((row) => {
		const problems: RowProblem[] = [];
		const name = normalizePersonName(row.name);
		if (!name) problems.push({ code: 'name-invalid' });
		let phone: string | null = null;
		if (row.phone.trim() === '') problems.push({ code: 'phone-missing' });
		else {
			const normalized = normalizeSpreadsheetPhone(row.phone);
			if (normalized.ok) phone = normalized.e164;
			else problems.push({ code: /^\d(\.\d+)?e\+?\d+$/i.test(row.phone.replace(',', '.').trim()) ? 'phone-scientific' : 'phone-invalid' });
		}
		if (phone) {
			const firstLine = firstLineOfPhone.get(phone);
			if (firstLine !== undefined) problems.push({ code: 'phone-repeated', firstLine });
			else firstLineOfPhone.set(phone, row.line);
		}
		const birthYear = normalizeBirthYear(row.birthYear, now);
		if (birthYear === undefined) problems.push({ code: 'birth-year-invalid' });
		const gender = normalizeGender(row.gender);
		if (gender === undefined) problems.push({ code: 'gender-invalid' });
		const village = row.village.replace(/\s+/g, ' ').trim();
		if ([...village].length > VILLAGE_MAX) problems.push({ code: 'village-too-long' });
		return {
			...row,
			phoneE164: phone,
			participant: name && phone ? { name, phone, birthYear: birthYear ?? null, gender: gender ?? null, village: village || null } : null,
			problems
		};
	});

	const existing = await findExistingAccounts([...firstLineOfPhone.keys()], target.programId, client);
	return checked.map(({ phoneE164, ...row }) => {
		const account = phoneE164 ? existing.get(phoneE164) : undefined;
		if (account) {
			const here = account.enrollments.find((enrollment) => enrollment.cohortId === target.cohortId);
			const inProgram = account.enrollments[0];
			if (here) row.problems.push({ code: 'phone-in-cohort' });
			else if (inProgram) row.problems.push({ code: 'phone-in-program', cohortName: inProgram.cohort.name });
			else row.problems.push({ code: 'phone-has-account' });
		}
		if (row.problems.length > 0) row.participant = null;
		return row;
	});
}

/** Accounts with these phones, with only their enrollments in THIS program. */
async function findExistingAccounts(phones: string[], programId: string, client: DbTx) {
	const found = new Map<string, { enrollments: { cohortId: string; cohort: { name: string } }[] }>();
	// Chunks keep every query far below SQLite's and PostgreSQL's parameter limits.
	for (let start = 0; start < phones.length; start += 500) {
		const users = await client.user.findMany({
			where: { phone: { in: phones.slice(start, start + 500) } },
			select: {
				phone: true,
				enrollments: { where: { cohort: { programId } }, select: { cohortId: true, cohort: { select: { name: true } } } }
			}
		});
		for (const user of users) if (user.phone) found.set(user.phone, { enrollments: user.enrollments });
	}
	return found;
}

// ---------------------------------------------------------------- preview and import

async function cohortOf(actor: Actor, cohortId: string, client: DbTx = db) {
	return client.cohort.findFirst({
		where: { id: cohortId, ...cohortOrganizedBy(actor) },
		select: { id: true, programId: true, name: true }
	});
}

export type StartImportResult = { ok: true; importId: string } | { ok: false; problem: CsvProblem | { code: 'cohort-not-found' } };

/** Parses the file and keeps its rows for the preview; the actor's earlier upload to this cohort is replaced. */
export async function startEnrollmentImport(
	actor: Actor,
	cohortId: string,
	bytes: Uint8Array,
	now = new Date()
): Promise<StartImportResult> {
	const cohort = await cohortOf(actor, cohortId);
	if (!cohort) return { ok: false, problem: { code: 'cohort-not-found' } };
	const parsed = parseEnrollmentCsv(bytes);
	if (!parsed.ok) return parsed;
	const created = await db.$transaction(async (tx) => {
		await tx.enrollmentImport.deleteMany({
			where: { OR: [{ cohortId: cohort.id, createdById: actor.id }, { expiresAt: { lt: now } }] }
		});
		return tx.enrollmentImport.create({
			data: {
				cohortId: cohort.id,
				createdById: actor.id,
				rowsJson: JSON.stringify(parsed.rows),
				expiresAt: new Date(now.getTime() + IMPORT_LIFETIME_MS)
			},
			select: { id: true }
		});
	});
	return { ok: true, importId: created.id };
}

async function readImportRows(actor: Actor, cohortId: string, importId: string, client: DbTx = db, now = new Date()) {
	const stored = await client.enrollmentImport.findFirst({
		where: { id: importId, cohortId, createdById: actor.id, expiresAt: { gt: now }, cohort: cohortOrganizedBy(actor) },
		select: { id: true, rowsJson: true, cohort: { select: { id: true, name: true, programId: true } } }
	});
	if (!stored) return null;
	return { id: stored.id, cohort: stored.cohort, rows: JSON.parse(stored.rowsJson) as ImportRow[] };
}

export type ImportPreview = { importId: string; cohortName: string; rows: CheckedRow[]; validCount: number; invalidCount: number };

/** Every row checked now (the database may have changed since the upload); null if gone or not theirs. */
export async function previewEnrollmentImport(actor: Actor, cohortId: string, importId: string): Promise<ImportPreview | null> {
	const stored = await readImportRows(actor, cohortId, importId);
	if (!stored) return null;
	const rows = await checkEnrollmentRows(stored.rows, { cohortId, programId: stored.cohort.programId });
	const invalidCount = rows.filter((row) => row.problems.length > 0).length;
	return { importId: stored.id, cohortName: stored.cohort.name, rows, validCount: rows.length - invalidCount, invalidCount };
}

/** Keeps only the rows that pass; returns how many were dropped, or null if the upload is gone. */
export async function dropInvalidRows(actor: Actor, cohortId: string, importId: string): Promise<number | null> {
	const stored = await readImportRows(actor, cohortId, importId);
	if (!stored) return null;
	const rows = await checkEnrollmentRows(stored.rows, { cohortId, programId: stored.cohort.programId });
	const keep = rows
		.filter((row) => row.problems.length === 0)
		.map(({ line, name, phone, birthYear, gender, village }) => ({ line, name, phone, birthYear, gender, village }));
	await db.enrollmentImport.update({ where: { id: stored.id }, data: { rowsJson: JSON.stringify(keep) } });
	return rows.length - keep.length;
}

export type RunImportResult =
	{ ok: true; imported: number } | { ok: false; reason: 'import-not-found' | 'rows-invalid' | 'nothing-to-import' };

/**
 * All or nothing: rows are checked again inside the transaction; any problem (or a phone that
 * got an account a moment ago, caught by the unique index) rolls everything back.
 */
export async function runEnrollmentImport(actor: Actor, cohortId: string, importId: string): Promise<RunImportResult> {
	try {
		return await db.$transaction(
			async (tx) => {
				const stored = await readImportRows(actor, cohortId, importId, tx);
				if (!stored) return { ok: false, reason: 'import-not-found' } as const;
				if (stored.rows.length === 0) return { ok: false, reason: 'nothing-to-import' } as const;
				const rows = await checkEnrollmentRows(stored.rows, { cohortId, programId: stored.cohort.programId }, tx);
				if (rows.some((row) => !row.participant)) return { ok: false, reason: 'rows-invalid' } as const;
				const users = await tx.user.createManyAndReturn({
					// No PIN yet ('' matches no secret): issueOneTimePins hashes them in batches.
					data: rows.map((row) => ({ role: 'participant', secretHash: '', mustChangePin: true, ...row.participant! })),
					select: { id: true }
				});
				await tx.enrollment.createMany({ data: users.map((user) => ({ cohortId, userId: user.id, enrolledById: actor.id })) });
				await tx.enrollmentImport.delete({ where: { id: stored.id } });
				return { ok: true, imported: users.length } as const;
			},
			{ timeout: 60_000, maxWait: 10_000 }
		);
	} catch (error) {
		if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002')
			return { ok: false, reason: 'rows-invalid' };
		throw error;
	}
}

// ---------------------------------------------------------------- one-time PINs

export type IssuedPin = { id: string; name: string; phone: string; pin: string };

/**
 * One-time PINs for participants of the cohort who have none yet, at most PIN_BATCH_SIZE per
 * call (each costs an argon2 hash), returned once to print or send. `remaining` says how many
 * still wait for the next batch.
 */
export async function issueOneTimePins(actor: Actor, cohortId: string): Promise<{ issued: IssuedPin[]; remaining: number } | null> {
	// Organizers of the program, and the cohort's trainers (not its mentors), hand PINs out.
	const where = actor.role === 'trainer' ? { trainers: { some: { userId: actor.id, role: 'trainer' } } } : cohortOrganizedBy(actor);
	const cohort = await db.cohort.findFirst({ where: { id: cohortId, ...where }, select: { id: true } });
	if (!cohort) return null;
	const waiting = { role: 'participant', secretHash: '', enrollments: { some: { cohortId: cohort.id } } };
	const participants = await db.user.findMany({
		where: waiting,
		orderBy: { name: 'asc' },
		take: PIN_BATCH_SIZE,
		select: { id: true, name: true, phone: true }
	});
	const issued: IssuedPin[] = [];
	// Four at a time: the argon2 thread pool's size; more only queues.
	for (let start = 0; start < participants.length; start += 4) {
		const batch = participants.slice(start, start + 4);
		const hashed = await Promise.all(
			batch.map(async (participant) => {
				const pin = generateTemporaryPin();
				return { participant, pin, secretHash: await hashSecret(pin) };
			})
		);
		for (const { participant, pin, secretHash } of hashed) {
			// secretHash '' in the where: a second tab issuing at the same time does not overwrite this PIN.
			const { count } = await db.user.updateMany({
				where: { id: participant.id, secretHash: '' },
				data: { secretHash, mustChangePin: true }
			});
			if (count === 1) issued.push({ id: participant.id, name: participant.name, phone: participant.phone ?? '', pin });
		}
	}
	const remaining = await db.user.count({ where: waiting });
	return { issued, remaining };
}

/** `https://wa.me/6281…?text=…`: opens WhatsApp with the message to that number, ready to send. */
export function whatsAppLink(phoneE164: string, text: string): string {
	return `https://wa.me/${phoneE164.replace(/^\+/, '')}?text=${encodeURIComponent(text)}`;
}
