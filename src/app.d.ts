declare global {
	namespace App {
		interface Locals {
			user: import('#lib/server/accounts/session').SessionUser | null;
			session: import('#lib/server/accounts/session').SessionInfo | null;
			locale: import('#lib/i18n').Locale;
			/** A session cookie came with the request but its session has ended. */
			sessionExpired: boolean;
		}
		interface Error {
			message: string;
		}
	}
}
export {};
