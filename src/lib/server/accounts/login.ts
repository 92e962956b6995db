import { isIPv4, isIPv6 } from 'node:net';
import { db, type DbTx } from '#lib/server/db/client';
import { generateRandomCharacters, hashSecret, verifySecret } from '#lib/server/accounts/password';
import { normalizeIndonesianPhone } from '#lib/server/accounts/phone';
import { sessionUserSelect, toSessionUser, type SessionUser } from '#lib/server/accounts/session';

/**
 * Signing in with a phone number or an email and a secret (a participant's PIN, a staff
 * member's password — both live in User.secretHash), with brute-force limits that hold across
 * several app instances because they are rows in the database, not counters in memory.
 *
 * How the limits count (one LoginAttempt row per scope per attempt):
 * - Each attempt writes an `account` row (key: the normalized identifier) and an `address` row
 *   (key: the client address) BEFORE the secret is checked, then counts the rows of the last
 *   hour including its own. Concurrent guesses therefore see each other; a burst can only err
 *   towards refusing.
 * - An attempt that is refused by a limit deletes its own two rows: a locked account stays
 *   locked until its failures are an hour old, and someone hammering a locked account neither
 *   extends the lock nor grows the table.
 * - A wrong secret keeps both rows: that is what the limits count.
 * - A correct secret deletes all `account` rows of that identifier (the owner's earlier typos
 *   are forgiven) but only its own `address` row. Earlier failures from the address stay:
 *   otherwise an attacker with one valid account could reset the address counter by signing
 *   in between guesses.
 * - The account key is the identifier as typed (normalized), not a user id, so an unknown
 *   phone number locks exactly like a real one: the lock reveals nothing about who exists.
 */

/**
 * A participant's account (phone number and PIN) locks after 10 failures in an hour; its
 * trainer can lift the lock (resetting the PIN or unlocking). Before that, growing delays
 * (SLOW_DOWN_SECONDS) make typing ten wrong PINs for someone else take half an hour. Staff
 * (email and password) never lock: their delays stop growing at 15 minutes (decision 010).
 */
export const MAX_FAILED_LOGINS_PER_ACCOUNT = 10;
/** Seconds to wait after the n-th failure in the window (index n); none for the first two. */
export const SLOW_DOWN_SECONDS = [0, 0, 0, 15, 30, 60, 120, 240, 480, 900] as const;

/** How long to wait after `failures` failures before the next attempt is checked. */
export function slowDownSeconds(failures: number): number {
	return SLOW_DOWN_SECONDS[Math.min(failures, SLOW_DOWN_SECONDS.length - 1)];
}
/**
 * Per address, well above one person's typos: a training room shares one hotspot, and mobile
 * carriers put many subscribers behind one address (CGNAT). Bounds how many accounts one
 * source can spray with guesses. 300 an hour lets a class of 30 on one hotspot mistype ten
 * times each, while a sprayer gets at most 300 guesses an hour against a million PINs.
 */
export const MAX_FAILED_LOGINS_PER_ADDRESS = 300;
export const LOGIN_ATTEMPT_WINDOW_MS = 60 * 60 * 1000;

/** Longer than any password we accept; such a secret is wrong without hashing megabytes. */
const MAX_SECRET_INPUT_LENGTH = 1024;

export type LoginInput = { identifier: string; secret: string; clientAddress: string };

export type LoginFailureReason =
	'invalid-credentials' | 'account-locked' | 'address-limited' | 'malformed-identifier' | 'account-deactivated';

export type LoginResult =
	{ ok: true; user: SessionUser } | { ok: false; reason: LoginFailureReason } | { ok: false; reason: 'slow-down'; waitSeconds: number };

export async function login({ identifier, secret, clientAddress }: LoginInput): Promise<LoginResult> {
	// Decided on the text alone, before any database work: reveals nothing about accounts.
	const accountKey = normalizeLoginIdentifier(identifier);
	if (accountKey === null) return { ok: false, reason: 'malformed-identifier' };
	const addressKey = addressRateLimitKey(clientAddress);

	const now = new Date();
	const [accountAttempt, addressAttempt] = await Promise.all([
		db.loginAttempt.create({ data: { scope: 'account', key: accountKey, createdAt: now }, select: { id: true } }),
		db.loginAttempt.create({ data: { scope: 'address', key: addressKey, createdAt: now }, select: { id: true } })
	]);

	const since = new Date(now.getTime() - LOGIN_ATTEMPT_WINDOW_MS);
	const [accountAttempts, addressAttempts, lastFailure] = await Promise.all([
		db.loginAttempt.count({ where: { scope: 'account', key: accountKey, createdAt: { gt: since } } }),
		db.loginAttempt.count({ where: { scope: 'address', key: addressKey, createdAt: { gt: since } } }),
		db.loginAttempt.findFirst({
			where: { scope: 'account', key: accountKey, createdAt: { gt: since }, id: { not: accountAttempt.id } },
			orderBy: { createdAt: 'desc' },
			select: { createdAt: true }
		})
	]);
	// Staff sign in with an email: never locked, and never by an address's limit, so that a
	// stranger (or a busy hotspot) cannot keep a trainer or admin out with no way back.
	const staff = accountKey.includes('@');
	const earlierFailures = accountAttempts - 1;
	const accountLocked = !staff && earlierFailures >= MAX_FAILED_LOGINS_PER_ACCOUNT;
	const refuse = async () => db.loginAttempt.deleteMany({ where: { id: { in: [accountAttempt.id, addressAttempt.id] } } });
	if (accountLocked || (!staff && addressAttempts > MAX_FAILED_LOGINS_PER_ADDRESS)) {
		await refuse();
		// The account reason wins: "ask your trainer" is something a participant can act on.
		return { ok: false, reason: accountLocked ? 'account-locked' : 'address-limited' };
	}
	const waitMs = lastFailure ? lastFailure.createdAt.getTime() + slowDownSeconds(earlierFailures) * 1000 - now.getTime() : 0;
	if (waitMs > 0) {
		// Refused without checking the secret and without counting: waiting is the only way on.
		await refuse();
		return { ok: false, reason: 'slow-down', waitSeconds: Math.ceil(waitMs / 1000) };
	}

	const user = await db.user.findUnique({
		where: accountKey.includes('@') ? { email: accountKey } : { phone: accountKey },
		select: { ...sessionUserSelect, secretHash: true, deactivatedAt: true }
	});
	// '' matches no stored hash: we never store a hash of an empty secret.
	const candidate = typeof secret === 'string' && secret.length <= MAX_SECRET_INPUT_LENGTH ? secret : '';
	// Unknown account: the same argon2 work against a dummy hash, so the response time does not
	// tell whether the phone number has an account.
	const secretMatches = await verifySecret(user?.secretHash ?? (await getDummySecretHash()), candidate);
	if (!user || !secretMatches || candidate === '') return { ok: false, reason: 'invalid-credentials' };
	// Said only after the right secret: a guesser learns nothing they could not learn before.
	if (user.deactivatedAt) return { ok: false, reason: 'account-deactivated' };

	await db.loginAttempt.deleteMany({
		where: { OR: [{ scope: 'account', key: accountKey }, { id: addressAttempt.id }] }
	});
	const { secretHash: _secretHash, deactivatedAt: _deactivatedAt, ...sessionUser } = user;
	return { ok: true, user: toSessionUser(sessionUser) };
}

/**
 * Phone (anything normalizeIndonesianPhone accepts) → `+628…`; email → trimmed, lower-case.
 * The result is both the lookup key for User and the `account` key for LoginAttempt.
 */
export function normalizeLoginIdentifier(identifier: string): string | null {
	if (typeof identifier !== 'string') return null;
	if (identifier.includes('@')) return normalizeEmail(identifier);
	const phone = normalizeIndonesianPhone(identifier);
	return phone.ok ? phone.e164 : null;
}

/**
 * Trimmed, NFC, lower-case (nobody here relies on a case-sensitive mailbox, and lower-casing
 * ourselves keeps the unique index working the same on SQLite and PostgreSQL). A plain shape
 * check, not RFC 5322: one @, no spaces, a dot in the domain, at most 254 characters.
 */
export function normalizeEmail(input: string): string | null {
	if (typeof input !== 'string') return null;
	const email = input.trim().normalize('NFC').toLowerCase();
	if (email.length > 254 || !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email)) return null;
	return email;
}

/**
 * The `address` key for a client address. IPv6 is keyed by its /64: one subscriber usually
 * gets a whole /64 and could otherwise rotate through addresses. IPv4-mapped IPv6 counts as
 * the IPv4 address.
 */
export function addressRateLimitKey(clientAddress: string): string {
	const address = typeof clientAddress === 'string' ? clientAddress.trim().toLowerCase() : '';
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
	if (mapped && isIPv4(mapped[1])) return mapped[1];
	if (isIPv4(address)) return address;
	const withoutZone = address.split('%')[0];
	if (isIPv6(withoutZone)) return `${expandIPv6(withoutZone).slice(0, 4).join(':')}::/64`;
	// Not an IP (a test, a misconfigured proxy): still limited, under its own name.
	return address.slice(0, 100) || 'unknown';
}

/** `2001:db8::1` → eight 4-digit groups. Only called with a string isIPv6 accepted. */
function expandIPv6(address: string): string[] {
	const toGroups = (part: string): string[] => {
		if (part === '') return [];
		return part.split(':').flatMap((group) => {
			if (!group.includes('.')) return [group];
			const [a, b, c, d] = group.split('.').map(Number);
			return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
		});
	};
	const [head, tail] = address.split('::');
	const headGroups = toGroups(head);
	const tailGroups = tail === undefined ? [] : toGroups(tail);
	const zeros = Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
	return [...headGroups, ...zeros, ...tailGroups].map((group) => group.padStart(4, '0'));
}

/**
 * Forget failed logins of these account keys (normalized phone or email): a trainer who just
 * reset a participant's PIN means "let them in now", not "in an hour".
 */
export async function clearLoginFailures(accountKeys: string[], client: DbTx = db): Promise<void> {
	if (accountKeys.length === 0) return;
	await client.loginAttempt.deleteMany({ where: { scope: 'account', key: { in: accountKeys } } });
}

/**
 * Whether sign-in is locked now for any of these account keys (normalized phone or email): the
 * same count login() makes. Staff keys (emails) never lock.
 */
export async function isLoginLocked(accountKeys: string[], client: DbTx = db): Promise<boolean> {
	const keys = accountKeys.filter((key) => !key.includes('@'));
	if (keys.length === 0) return false;
	const since = new Date(Date.now() - LOGIN_ATTEMPT_WINDOW_MS);
	const counts = await Promise.all(
		keys.map((key) => client.loginAttempt.count({ where: { scope: 'account', key, createdAt: { gt: since } } }))
	);
	return counts.some((failures) => failures >= MAX_FAILED_LOGINS_PER_ACCOUNT);
}

/** Rows older than the window no longer count; delete them from a periodic job. */
export async function pruneOldLoginAttempts(olderThan: Date = new Date(Date.now() - LOGIN_ATTEMPT_WINDOW_MS)): Promise<number> {
	const { count } = await db.loginAttempt.deleteMany({ where: { createdAt: { lt: olderThan } } });
	return count;
}

/**
 * One argon2 verification against the dummy hash: for a path that refused before checking a
 * secret but must take as long as one that checked (joining with a registered number).
 */
export async function spendOneVerification(): Promise<void> {
	await verifySecret(await getDummySecretHash(), generateRandomCharacters('0123456789', 6));
}

/**
 * Hashed once per process on first need (not a shared counter, just a cached constant, so it
 * is safe with several instances). The very first unknown-account login of a process pays one
 * extra hash; every later one costs exactly one verify, like a real account.
 */
let dummySecretHash: Promise<string> | undefined;

function getDummySecretHash(): Promise<string> {
	dummySecretHash ??= hashSecret(generateRandomCharacters('abcdefghijklmnopqrstuvwxyz0123456789', 24)).catch((error: unknown) => {
		dummySecretHash = undefined;
		throw error;
	});
	return dummySecretHash;
}
