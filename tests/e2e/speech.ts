/**
 * A stand-in for the phone's speech synthesis, installed with page.addInitScript before any page
 * script runs: Chromium here has no voices, a phone may have an Indonesian one. It records what
 * would be spoken in `window.spoken`. `late` lists the voices only after a `voiceschanged`
 * event, as Android's Chrome does; `window.voicesListed` turns true once they are listed.
 */
export interface SpokenUtterance {
	text: string;
	lang: string;
	voice: string | null;
}

export function stubSpeechSynthesis({ voices, late }: { voices: { name: string; lang: string }[]; late: boolean }) {
	const spoken: SpokenUtterance[] = [];
	const listeners: (() => void)[] = [];
	let listed = late ? [] : voices;
	let current: { onend?: ((event: Event) => void) | null } | null = null;
	class Utterance {
		text: string;
		lang = '';
		voice: { name: string } | null = null;
		onend: ((event: Event) => void) | null = null;
		onerror: ((event: Event) => void) | null = null;
		constructor(text: string) {
			this.text = text;
		}
	}
	const synth = {
		getVoices: () => listed.map((voice) => ({ ...voice, voiceURI: voice.name, localService: true, default: false })),
		speak(utterance: Utterance) {
			spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
			current = utterance;
		},
		cancel() {
			const stopped = current;
			current = null;
			stopped?.onend?.(new Event('end'));
		},
		addEventListener(type: string, listener: () => void) {
			if (type === 'voiceschanged') listeners.push(listener);
		}
	};
	Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
	Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
	Object.defineProperty(window, 'spoken', { value: spoken });
	const list = () => {
		listed = voices;
		for (const listener of listeners) listener();
		Object.defineProperty(window, 'voicesListed', { value: true });
	};
	if (late) setTimeout(list, 300);
	else addEventListener('load', list);
}

export const INDONESIAN_VOICE = { name: 'Bahasa Indonesia', lang: 'id-ID' };
export const ENGLISH_VOICE = { name: 'English United States', lang: 'en-US' };
