declare global {
	namespace App {
		interface Locals {
			user: import('#lib/server/session').SessionUser | null;
			session: import('#lib/server/session').SessionInfo | null;
			locale: import('#lib/i18n').Locale;
		}
		interface Error {
			message: string;
		}
	}
}
export {};
