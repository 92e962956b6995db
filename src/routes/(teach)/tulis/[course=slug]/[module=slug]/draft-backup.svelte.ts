/**
 * A copy of the editor's text in this browser's localStorage, so a dropped signal or a closed
 * tab never costs a trainer their writing. The server's draft stays the real one; this only
 * offers the device's text back when it differs from it and was never saved.
 */
const PREFIX = 'berdaya-draf:';

interface StoredText {
	text: string;
	/** When it was typed, by this device's clock. */
	at: number;
	/** The server draft's save time the text was typed on top of. */
	basedOn: number;
}

export class DraftBackup {
	/** A text on this device that the server does not have, or null. */
	unsaved = $state<string | null>(null);
	#key: string;
	#serverSavedAt: number;

	constructor(courseSlug: string, moduleSlug: string, serverSavedAt: number) {
		this.#key = `${PREFIX}${courseSlug}/${moduleSlug}`;
		this.#serverSavedAt = serverSavedAt;
	}

	/** Call once in the browser, with the text the server sent. */
	compare(serverText: string): void {
		const stored = this.#read();
		if (!stored || stored.text === serverText) return;
		// Typed on top of exactly this draft, or later than it was saved (the device's clock may be off).
		if (stored.basedOn === this.#serverSavedAt || stored.at > this.#serverSavedAt) this.unsaved = stored.text;
	}

	/** The server now holds a newer draft (after a save): later typing is on top of it. */
	rebase(serverSavedAt: number): void {
		this.#serverSavedAt = serverSavedAt;
	}

	store(text: string): void {
		const value = JSON.stringify({ text, at: Date.now(), basedOn: this.#serverSavedAt } satisfies StoredText);
		try {
			localStorage.setItem(this.#key, value);
		} catch {
			// Full (about 5 MB per site): drop the copies of other modules, keep this one.
			try {
				for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX) && key !== this.#key) localStorage.removeItem(key);
				localStorage.setItem(this.#key, value);
			} catch {
				// Private mode or no storage at all: the server draft is still there.
			}
		}
	}

	dismiss(): void {
		this.unsaved = null;
		try {
			localStorage.removeItem(this.#key);
		} catch {
			// Nothing to remove when storage is unavailable.
		}
	}

	#read(): StoredText | null {
		try {
			const value: unknown = JSON.parse(localStorage.getItem(this.#key) ?? 'null');
			if (typeof value !== 'object' || value === null) return null;
			const { text, at, basedOn } = value as Partial<StoredText>;
			return typeof text === 'string' && typeof at === 'number' && typeof basedOn === 'number' ? { text, at, basedOn } : null;
		} catch {
			return null;
		}
	}
}
