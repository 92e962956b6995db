import { describe, expect, it } from 'vitest';
import { parseModule } from './parse';
import { asChoice, located, moduleSource, parseErrors } from './test-helpers';

const SOURCE = moduleSource(`![Jarum jahit](gambar/jarum.webp)

![Gunting](./gambar/gunting.png "Gunting kain")

![Logo](https://cdn.contoh.id/logo.svg)

![Meteran][meteran]

[meteran]: gambar/meteran.jpg

:::tugas
Jahit.

![Contoh hasil](gambar/hasil.jpeg)

Foto: hasilnya.

Kriteria:
- Rapi
:::

::::quiz
### Mana yang rapi?
- [ ] ![Miring](gambar/miring.svg)
- [x] ![Lurus](gambar/lurus.webp)
::::
`);

function parsed(mediaBaseUrl?: string) {
	const result = parseModule(SOURCE, { mediaBaseUrl });
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.module;
}

describe('images and mediaBaseUrl', () => {
	const module = parsed('/media/menjahit-dasar/');

	it('rewrites relative images in the lesson, lazily loaded, alt and title kept', () => {
		expect(module.html.dasar).toContain('<img src="/media/menjahit-dasar/gambar/jarum.webp" alt="Jarum jahit" loading="lazy">');
		expect(module.html.dasar).toContain('<img src="/media/menjahit-dasar/gambar/gunting.png" alt="Gunting" title="Gunting kain" loading="lazy">');
		expect(module.html.dasar).toContain('<img src="/media/menjahit-dasar/gambar/meteran.jpg" alt="Meteran" loading="lazy">');
	});

	it('leaves https images where they are', () => {
		expect(module.html.dasar).toContain('<img src="https://cdn.contoh.id/logo.svg" alt="Logo" loading="lazy">');
	});

	it('rewrites images in quiz options and in the practical task', () => {
		expect(asChoice(module.quiz.questions[0]).options.map((option) => option.html)).toEqual([
			'<img src="/media/menjahit-dasar/gambar/miring.svg" alt="Miring" loading="lazy">',
			'<img src="/media/menjahit-dasar/gambar/lurus.webp" alt="Lurus" loading="lazy">'
		]);
		expect(module.practical?.html).toContain('<img src="/media/menjahit-dasar/gambar/hasil.jpeg" alt="Contoh hasil" loading="lazy">');
	});

	it('keeps the images list relative, as written, from lesson, task and quiz', () => {
		expect(module.images).toEqual([
			'gambar/jarum.webp',
			'./gambar/gunting.png',
			'gambar/meteran.jpg',
			'gambar/hasil.jpeg',
			'gambar/miring.svg',
			'gambar/lurus.webp'
		]);
	});

	it('adds the missing slash to a base URL, and leaves src alone without one', () => {
		expect(parsed('/media/kursus').html.dasar).toContain('src="/media/kursus/gambar/jarum.webp"');
		expect(parsed().html.dasar).toContain('src="gambar/jarum.webp"');
	});

	it('refuses image types the app does not serve', () => {
		const errors = parseErrors(moduleSource('![Foto](gambar/foto.heic)\n\n![Animasi](gambar/a.gif)\n'));
		expect(located(errors)).toEqual(['image.unsupported-type@6:1', 'image.unsupported-type@8:1']);
		expect(errors[0].message.id).toContain('.webp');
	});
});
