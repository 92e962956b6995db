import { describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import * as modules from '#lib/server/authoring/module-editing';
import * as publishing from '#lib/server/authoring/module-publishing';
import { readModuleForParticipant } from '#lib/server/learning/course';
import { withTitle } from '#lib/server/authoring/module-source';
import { BROKEN_MODULE, createCourseWithCohort, createPerson, VALID_MODULE } from '#lib/server/authoring/authoring-fixtures';

async function courseWithOneModule() {
	const owner = await createPerson('trainer');
	const participant = await createPerson('participant');
	const course = await createCourseWithCohort(owner, { participants: [participant] });
	await modules.createModule(owner, course.slug, { title: 'Kancing', slug: '' });
	return { owner, participant, course };
}

async function draftOf(courseId: string) {
	return db.moduleDraft.findFirstOrThrow({
		where: { module: { courseId } },
		select: { source: true, baseVersionId: true, module: { select: { publishedVersionId: true } } }
	});
}

describe('saveDraft', () => {
	it('stores any text up to 1 MB with LF line breaks, and refuses more without touching the draft', async () => {
		const { owner, course } = await courseWithOneModule();
		expect(await publishing.saveDraft(owner, course.slug, 'kancing', 'Belum selesai :::\r\nbaris dua')).toEqual({ ok: true });
		expect((await draftOf(course.id)).source).toBe('Belum selesai :::\nbaris dua');
		const huge = 'a'.repeat(publishing.MAX_MODULE_BYTES + 1);
		expect(await publishing.saveDraft(owner, course.slug, 'kancing', huge)).toEqual({ ok: false, reason: 'too-large', bytes: huge.length });
		expect((await draftOf(course.id)).source).toBe('Belum selesai :::\nbaris dua');
	});
});

describe('previewDraft', () => {
	it('saves the draft and shows each level its own text and questions', async () => {
		const { owner, course } = await courseWithOneModule();
		const preview = await publishing.previewDraft(owner, course.slug, 'kancing', VALID_MODULE);
		if (!preview.ok || !preview.check.ok) throw new Error('expected a preview');
		const [dasar, menengah, lanjut] = preview.check.levels;
		expect(dasar.html).toContain('Teks dasar');
		expect(dasar.html).not.toContain('Teks menengah');
		expect(menengah.html).toContain('Teks menengah');
		expect(lanjut.html).toContain('Teks untuk semua');
		expect(dasar.questions.map((question) => question.prompt)).toEqual(['Apa yang disiapkan dulu?']);
		expect((await draftOf(course.id)).source).toBe(VALID_MODULE);
		expect(await db.moduleVersion.count({ where: { module: { courseId: course.id } } })).toBe(0);
	});

	it('reports errors with their lines', async () => {
		const { owner, course } = await courseWithOneModule();
		const preview = await publishing.previewDraft(owner, course.slug, 'kancing', BROKEN_MODULE);
		expect(preview.ok && !preview.check.ok && preview.check.errors.map((error) => [error.code, error.line])).toEqual([
			['quiz.no-correct-answer', 18]
		]);
	});
});

describe('publishDraft', () => {
	it('publishes version 1, records it, and leaves the draft equal to what is live', async () => {
		const { owner, participant, course } = await courseWithOneModule();
		expect(await publishing.publishDraft(owner, course.slug, 'kancing', VALID_MODULE)).toEqual({ ok: true, version: 1, unchanged: false });
		const draft = await draftOf(course.id);
		expect(draft.source).toBe(VALID_MODULE);
		expect(draft.baseVersionId).toBe(draft.module.publishedVersionId);
		expect((await readModuleForParticipant(participant.id, 'dasar', course.slug, 'kancing'))?.html).toContain('Teks dasar');
		const event = await db.auditEvent.findFirstOrThrow({
			where: { courseId: course.id, action: 'module.publish' },
			select: { actorId: true, detail: true }
		});
		expect(event).toEqual({ actorId: owner.id, detail: JSON.stringify({ version: 1, title: 'Memasang Kancing' }) });
		// The same text again publishes nothing new.
		expect(await publishing.publishDraft(owner, course.slug, 'kancing', VALID_MODULE)).toEqual({ ok: true, version: 1, unchanged: true });
		expect(await db.moduleVersion.count({ where: { module: { courseId: course.id } } })).toBe(1);
	});

	it('with errors keeps the live version and stores the broken text as the draft', async () => {
		const { owner, participant, course } = await courseWithOneModule();
		await publishing.publishDraft(owner, course.slug, 'kancing', VALID_MODULE);
		const result = await publishing.publishDraft(owner, course.slug, 'kancing', BROKEN_MODULE.replace('Teks dasar', 'Teks dasar baru'));
		expect(result.ok === false && result.reason === 'invalid' && result.errors.map((error) => `${error.line}:${error.column}`)).toEqual([
			'18:1'
		]);
		expect((await draftOf(course.id)).source).toContain('Teks dasar baru');
		const lesson = await readModuleForParticipant(participant.id, 'dasar', course.slug, 'kancing');
		expect(lesson?.html).toContain('Teks dasar');
		expect(lesson?.html).not.toContain('Teks dasar baru');
		expect(await db.moduleVersion.count({ where: { module: { courseId: course.id } } })).toBe(1);
	});

	it('refuses an image that was not uploaded to the course', async () => {
		const { owner, course } = await courseWithOneModule();
		const withImage = VALID_MODULE.replace('Teks untuk semua.', 'Teks untuk semua.\n\n![Kancing baju](gambar/kancing.webp)');
		const result = await publishing.publishDraft(owner, course.slug, 'kancing', withImage);
		expect(result.ok === false && result.reason === 'invalid' && result.errors.map((error) => [error.code, error.line])).toEqual([
			['media.missing', 8]
		]);
		await db.mediaAsset.create({
			data: {
				courseId: course.id,
				path: 'gambar/kancing.webp',
				contentType: 'image/webp',
				bytes: new Uint8Array([1]),
				byteSize: 1,
				sha256: 'x'
			}
		});
		expect(await publishing.publishDraft(owner, course.slug, 'kancing', withImage)).toMatchObject({ ok: true, version: 1 });
		const version = await db.moduleVersion.findFirstOrThrow({ where: { module: { courseId: course.id } }, select: { htmlDasar: true } });
		expect(version.htmlDasar).toContain(`/media/${course.slug}/gambar/kancing.webp`);
	});

	it('warns on the editor page when the live version changed after this draft started', async () => {
		const { owner, course } = await courseWithOneModule();
		const colleague = await createPerson('admin');
		await publishing.publishDraft(owner, course.slug, 'kancing', VALID_MODULE);
		await publishing.publishDraft(colleague, course.slug, 'kancing', withTitle(VALID_MODULE, 'Versi Rekan'));
		await publishing.saveDraft(owner, course.slug, 'kancing', `${VALID_MODULE}\nCatatan saya.`);
		const before = await publishing.readModuleForEditing(owner, course.slug, 'kancing');
		expect(before?.published).toMatchObject({ version: 2, title: 'Versi Rekan', byName: colleague.name });
		expect(before?.publishedSinceDraftStarted).toBe(false);
		await publishing.rollbackToVersion(colleague, course.slug, 'kancing', 1);
		const after = await publishing.readModuleForEditing(owner, course.slug, 'kancing');
		expect(after?.publishedSinceDraftStarted).toBe(true);
		expect(after?.source).toBe(`${VALID_MODULE}\nCatatan saya.`);
	});
});

describe('rollbackToVersion', () => {
	it('makes an older version live again, records from and to, and leaves the draft alone', async () => {
		const { owner, participant, course } = await courseWithOneModule();
		await publishing.publishDraft(owner, course.slug, 'kancing', VALID_MODULE);
		await publishing.publishDraft(owner, course.slug, 'kancing', VALID_MODULE.replace('Teks dasar', 'Teks dasar kedua'));
		await publishing.saveDraft(owner, course.slug, 'kancing', 'draf yang sedang ditulis');

		expect(await publishing.rollbackToVersion(owner, course.slug, 'kancing', 1)).toEqual({ ok: true });
		expect((await readModuleForParticipant(participant.id, 'dasar', course.slug, 'kancing'))?.html).not.toContain('kedua');
		expect((await draftOf(course.id)).source).toBe('draf yang sedang ditulis');
		const event = await db.auditEvent.findFirstOrThrow({
			where: { courseId: course.id, action: 'module.rollback' },
			select: { detail: true }
		});
		expect(JSON.parse(event.detail)).toEqual({ from: 2, to: 1 });
		expect(await publishing.rollbackToVersion(owner, course.slug, 'kancing', 1)).toEqual({ ok: false, reason: 'already-live' });
		expect(await publishing.rollbackToVersion(owner, course.slug, 'kancing', 7)).toEqual({ ok: false, reason: 'not-found' });

		const versions = await publishing.listVersions(owner, course.slug, 'kancing');
		expect(versions?.versions.map((version) => [version.version, version.live, version.byName])).toEqual([
			[2, false, owner.name],
			[1, true, owner.name]
		]);
		expect((await publishing.readVersionSource(owner, course.slug, 'kancing', 2))?.source).toContain('Teks dasar kedua');
	});

	it('is refused to an organizer who may read the versions', async () => {
		const owner = await createPerson('trainer');
		const organizer = await createPerson('organizer');
		const course = await createCourseWithCohort(owner, { organizer });
		await modules.createModule(owner, course.slug, { title: 'Kancing', slug: '' });
		await publishing.publishDraft(owner, course.slug, 'kancing', VALID_MODULE);
		await publishing.publishDraft(owner, course.slug, 'kancing', withTitle(VALID_MODULE, 'Dua'));
		expect((await publishing.listVersions(organizer, course.slug, 'kancing'))?.canEdit).toBe(false);
		expect((await publishing.readVersionSource(organizer, course.slug, 'kancing', 1))?.version).toBe(1);
		expect(await publishing.rollbackToVersion(organizer, course.slug, 'kancing', 1)).toEqual({ ok: false, reason: 'not-found' });
	});
});
