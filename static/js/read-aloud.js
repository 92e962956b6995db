// Read-aloud (decision 022): a button on each text block speaks it in the phone's own Indonesian
// voice. No such voice: no buttons. No JavaScript: the page as sent.
(() => {
	const synth = window.speechSynthesis;
	const label = document.currentScript?.dataset.label;
	if (!synth || !label) return;
	const BLOCKS =
		'.lesson>p,.lesson>ul,.lesson>ol,.lesson>aside,.lesson>blockquote,.lesson-objectives,' +
		'.task-text>p,.task-text>ol>li,.task-text>ul>li,.practical>p,.practical>ul,.question';
	let voice = null;
	let playing = null;

	// Pictures by their description; a pause after each paragraph, item or option.
	const words = (node) => {
		if (node.nodeType == 3) return node.nodeValue.replace(/\s+/g, ' ');
		if (node.nodeType != 1 || /^(BUTTON|SELECT|LEGEND)$/.test(node.tagName)) return '';
		if (node.tagName == 'IMG') return ` ${node.alt} `;
		let text = '';
		for (const child of node.childNodes) text += words(child);
		return /^(P|LI|DIV|ASIDE|LABEL|H\d)$/.test(node.tagName) ? `\n${text}\n` : text;
	};
	const speakable = (block) =>
		words(block)
			.split('\n')
			.map((line) => line.replace(/\s+/g, ' ').trim())
			.filter(Boolean)
			.map((line) => (/[.!?:;]$/.test(line) ? line : line + '.'))
			.join(' ');

	const stop = () => {
		playing?.block.classList.remove('read-aloud-now');
		playing?.button.setAttribute('aria-pressed', 'false');
		playing = null;
	};

	// One block at a time; a second tap stops.
	const play = (block, button) => {
		const same = playing?.block == block;
		stop();
		synth.cancel();
		if (same) return;
		const utterance = new SpeechSynthesisUtterance(speakable(block));
		utterance.lang = 'id-ID';
		utterance.voice = voice;
		const now = (playing = { block, button });
		utterance.onend = utterance.onerror = () => playing == now && stop();
		block.classList.add('read-aloud-now');
		button.setAttribute('aria-pressed', 'true');
		synth.speak(utterance);
	};

	const addButtons = () => {
		for (const block of document.querySelectorAll(BLOCKS)) {
			const text = speakable(block);
			if (!text) continue;
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'read-aloud';
			button.setAttribute('aria-label', `${label}: ${text.length > 40 ? text.slice(0, 40).replace(/\s\S*$/, '') + '…' : text}`);
			button.setAttribute('aria-pressed', 'false');
			button.onclick = () => play(block, button);
			block.classList.add('read-aloud-block');
			// A list's button goes into its first item; a question's after its legend.
			const host = /^[OU]L$/.test(block.tagName) ? block.firstElementChild : block;
			host.insertBefore(button, host.querySelector(':scope>legend')?.nextSibling ?? host.firstChild);
		}
	};

	const findVoice = () => {
		if (voice) return;
		voice = synth.getVoices().find((candidate) => /^(id|in)([-_]|$)/i.test(candidate.lang));
		if (voice) addButtons();
	};
	findVoice();
	// Phones often list their voices only later.
	synth.addEventListener?.('voiceschanged', findVoice);
	addEventListener('pagehide', () => synth.cancel());
})();
