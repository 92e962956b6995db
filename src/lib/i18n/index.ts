import { getContext, setContext } from 'svelte';
import { id, type Messages } from './id';
import { en } from './en';

export type { Messages };
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'id';
export const LOCALE_COOKIE = 'berdaya_locale';

const dictionaries: Record<Locale, Messages> = { id, en };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function messagesFor(locale: Locale): Messages {
	return dictionaries[locale];
}

const KEY = Symbol('messages');

/** Called once in the root layout; every component below reads the same dictionary. */
export function provideMessages(messages: Messages): void {
	setContext(KEY, messages);
}

export function useMessages(): Messages {
	return getContext<Messages>(KEY);
}
