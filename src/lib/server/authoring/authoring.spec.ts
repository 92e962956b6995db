import { describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import { firstFreeSlug, slugify } from '#lib/server/authoring/authoring';
import * as courses from '#lib/server/authoring/course-editing';
import * as modules from '#lib/server/authoring/module-editing';
import * as publishing from '#lib/server/authoring/module-publishing';
import { createCourseWithCohort, createPerson, VALID_MODULE } from '#lib/server/authoring/authoring-fixtures';

describe('slugify', () => {
	it('makes readable Indonesian addresses', () => {
		expect(slugify('Menjahit Baju & Celana (Dasar)')).toBe('menjahit-baju-dan-celana-dasar');
		expect(slugify("  Foto Produk untuk Jum'at Berkah  ")).toBe('foto-produk-untuk-jumat-berkah');
		expect(slugify('Diskon 50% Café')).toBe('diskon-50-persen-cafe');
		expect(slugify('!!!')).toBe('');
	});

	it('cuts long titles between words and numbers taken slugs', () => {
		const slug = slugify('Cara menghitung harga jual produk jahitan supaya usaha tetap untung setiap bulan');
		expect(slug.length).toBeLessThanOrEqual(60);
		expect(slug.endsWith('-')).toBe(false);
		expect('cara menghitung harga jual produk jahitan supaya usaha tetap untung'.replaceAll(' ', '-').startsWith(slug)).toBe(true);
		expect(firstFreeSlug('kancing', new Set(['kancing', 'kancing-2']))).toBe('kancing-3');
	});
});

describe('createCourse', () => {
	it('makes the creator the owner, derives a free slug and records the event', async () => {
		const trainer = await createPerson('trainer');
		const first = await courses.createCourse(trainer, { title: 'Menjahit Tas', summary: 'Tas kain.', slug: '' });
		const second = await courses.createCourse(trainer, { title: 'Menjahit Tas', summary: 'Tas kain lagi.', slug: '' });
		expect(first).toEqual({ ok: true, slug: 'menjahit-tas' });
		expect(second).toEqual({ ok: true, slug: 'menjahit-tas-2' });
		const editor = await db.courseEditor.findFirstOrThrow({
			where: { course: { slug: 'menjahit-tas' } },
			select: { userId: true, role: true }
		});
		expect(editor).toEqual({ userId: trainer.id, role: 'owner' });
		const events = await db.auditEvent.findMany({ where: { actorId: trainer.id, action: 'course.create' } });
		expect(events).toHaveLength(2);
	});

	it('refuses a typed slug that is taken or malformed, and a title that gives no slug', async () => {
		const trainer = await createPerson('trainer');
		await courses.createCourse(trainer, { title: 'Batik', summary: 'Batik tulis.', slug: 'batik-tulis' });
		expect(await courses.createCourse(trainer, { title: 'Lain', summary: 'x', slug: 'batik-tulis' })).toEqual({
			ok: false,
			reason: 'slug',
			problem: 'slugTaken'
		});
		expect(await courses.createCourse(trainer, { title: 'Lain', summary: 'x', slug: 'Batik Tulis!' })).toEqual({
			ok: false,
			reason: 'slug',
			problem: 'slugInvalid'
		});
		expect(await courses.createCourse(trainer, { title: '???', summary: 'x', slug: '' })).toEqual({
			ok: false,
			reason: 'slug',
			problem: 'slugFromTitleEmpty'
		});
	});

	it('is refused to organizers and participants', async () => {
		for (const role of ['organizer', 'participant'] as const) {
			const person = await createPerson(role);
			expect(await courses.createCourse(person, { title: `Kursus ${role}`, summary: 'x', slug: '' })).toEqual({
				ok: false,
				reason: 'forbidden'
			});
		}
		expect(await db.course.count({ where: { title: { startsWith: 'Kursus ' }, slug: { startsWith: 'kursus-organizer' } } })).toBe(0);
	});
});

describe('who may see and change a course', () => {
	it('a trainer who is not an editor can neither read nor change anything', async () => {
		const owner = await createPerson('trainer');
		const outsider = await createPerson('trainer');
		const course = await createCourseWithCohort(owner);
		await modules.createModule(owner, course.slug, { title: 'Modul Satu', slug: '' });
		const draftBefore = await db.moduleDraft.findFirstOrThrow({ where: { module: { courseId: course.id } }, select: { source: true } });

		expect(await courses.readCourseForAuthoring(outsider, course.slug)).toBeNull();
		expect(await courses.listCourseHistory(outsider, course.slug)).toBeNull();
		expect(await courses.listCoursesForAuthoring(outsider)).toEqual([]);
		expect(await modules.createModule(outsider, course.slug, { title: 'Sisipan', slug: '' })).toEqual({
			ok: false,
			reason: 'course-not-found'
		});
		expect(await modules.renameModule(outsider, course.slug, 'modul-satu', 'Diganti')).toBe(false);
		expect(await modules.moveModule(outsider, course.slug, 'modul-satu', 'down')).toEqual({ ok: false, reason: 'not-found' });
		expect(await modules.archiveModule(outsider, course.slug, 'modul-satu')).toBe(false);
		expect(await publishing.readModuleForEditing(outsider, course.slug, 'modul-satu')).toBeNull();
		expect(await publishing.saveDraft(outsider, course.slug, 'modul-satu', 'diganti')).toEqual({ ok: false, reason: 'not-found' });
		expect(await publishing.publishDraft(outsider, course.slug, 'modul-satu', VALID_MODULE)).toEqual({ ok: false, reason: 'not-found' });
		expect(await publishing.listVersions(outsider, course.slug, 'modul-satu')).toBeNull();
		expect(await courses.addCourseEditor(outsider, course.slug, 'siapa@contoh.test')).toEqual({ ok: false, reason: 'course-not-found' });

		const module = await db.module.findFirstOrThrow({
			where: { courseId: course.id },
			select: { archivedAt: true, publishedVersionId: true, draft: { select: { source: true } } }
		});
		expect(module).toEqual({ archivedAt: null, publishedVersionId: null, draft: draftBefore });
		expect(await db.courseEditor.count({ where: { courseId: course.id } })).toBe(1);
	});

	it('an organizer of a program using the course may read it, drafts included, but change nothing', async () => {
		const owner = await createPerson('trainer');
		const organizer = await createPerson('organizer');
		const otherOrganizer = await createPerson('organizer');
		const course = await createCourseWithCohort(owner, { organizer });
		await modules.createModule(owner, course.slug, { title: 'Modul Satu', slug: '' });

		const seen = await courses.readCourseForAuthoring(organizer, course.slug);
		expect(seen).toMatchObject({ canEdit: false, canManageEditors: false, modules: [{ slug: 'modul-satu', state: 'never-published' }] });
		expect((await publishing.readModuleForEditing(organizer, course.slug, 'modul-satu'))?.canEdit).toBe(false);
		expect(await courses.listCoursesForAuthoring(organizer)).toEqual([
			expect.objectContaining({ slug: course.slug, canEdit: false, moduleCount: 1 })
		]);
		expect(await courses.readCourseForAuthoring(otherOrganizer, course.slug)).toBeNull();

		expect(await modules.createModule(organizer, course.slug, { title: 'Sisipan', slug: '' })).toEqual({
			ok: false,
			reason: 'course-not-found'
		});
		expect(await publishing.saveDraft(organizer, course.slug, 'modul-satu', 'diganti')).toEqual({ ok: false, reason: 'not-found' });
		expect(await publishing.publishDraft(organizer, course.slug, 'modul-satu', VALID_MODULE)).toEqual({ ok: false, reason: 'not-found' });
		expect(await modules.archiveModule(organizer, course.slug, 'modul-satu')).toBe(false);
		expect(await db.moduleVersion.count({ where: { module: { courseId: course.id } } })).toBe(0);
	});

	it('a participant gets nothing, even in a course they are enrolled in', async () => {
		const owner = await createPerson('trainer');
		const participant = await createPerson('participant');
		const course = await createCourseWithCohort(owner, { participants: [participant] });
		await modules.createModule(owner, course.slug, { title: 'Modul Satu', slug: '' });

		expect(await courses.listCoursesForAuthoring(participant)).toEqual([]);
		expect(await courses.readCourseForAuthoring(participant, course.slug)).toBeNull();
		expect(await publishing.readModuleForEditing(participant, course.slug, 'modul-satu')).toBeNull();
		expect(await publishing.saveDraft(participant, course.slug, 'modul-satu', 'x')).toEqual({ ok: false, reason: 'not-found' });
	});

	it('an admin reads and changes every course', async () => {
		const owner = await createPerson('trainer');
		const admin = await createPerson('admin');
		const course = await createCourseWithCohort(owner);
		expect(await courses.readCourseForAuthoring(admin, course.slug)).toMatchObject({ canEdit: true, canManageEditors: true });
		expect(await modules.createModule(admin, course.slug, { title: 'Dari Admin', slug: '' })).toEqual({ ok: true, slug: 'dari-admin' });
	});
});

describe('addCourseEditor', () => {
	it('lets the owner add a trainer by phone or email, who may then edit; an editor may not add others', async () => {
		const owner = await createPerson('trainer');
		const byPhone = await createPerson('trainer', { phone: '+6281234500011' });
		const byEmail = await createPerson('trainer', { email: 'rina.pelatih@contoh.test' });
		const course = await createCourseWithCohort(owner);

		expect(await courses.addCourseEditor(owner, course.slug, '0812-3450-0011')).toEqual({ ok: true, name: byPhone.name });
		expect(await courses.addCourseEditor(owner, course.slug, ' Rina.Pelatih@Contoh.test ')).toEqual({ ok: true, name: byEmail.name });
		expect(await courses.addCourseEditor(owner, course.slug, 'rina.pelatih@contoh.test')).toEqual({ ok: false, reason: 'already-editor' });
		expect(await courses.addCourseEditor(owner, course.slug, 'belum.ada@contoh.test')).toEqual({ ok: false, reason: 'trainer-not-found' });
		expect(await courses.addCourseEditor(owner, course.slug, 'bukan email')).toEqual({ ok: false, reason: 'identifier-invalid' });

		await createPerson('trainer', { email: 'ketiga@contoh.test' });
		expect(await courses.addCourseEditor(byPhone, course.slug, 'ketiga@contoh.test')).toEqual({ ok: false, reason: 'course-not-found' });
		expect(await modules.createModule(byPhone, course.slug, { title: 'Dari Editor', slug: '' })).toEqual({ ok: true, slug: 'dari-editor' });
		expect(await db.auditEvent.count({ where: { courseId: course.id, action: 'course.editor-add' } })).toBe(2);
	});

	it('does not add a participant as an editor', async () => {
		const owner = await createPerson('trainer');
		await createPerson('participant', { email: 'peserta.x@contoh.test' });
		const course = await createCourseWithCohort(owner);
		expect(await courses.addCourseEditor(owner, course.slug, 'peserta.x@contoh.test')).toEqual({ ok: false, reason: 'trainer-not-found' });
	});
});

describe('listCourseHistory', () => {
	it('lists who did what, newest first, with the module it concerned', async () => {
		const owner = await createPerson('trainer');
		const course = await createCourseWithCohort(owner);
		await modules.createModule(owner, course.slug, { title: 'Modul Satu', slug: '' });
		await publishing.publishDraft(owner, course.slug, 'modul-satu', VALID_MODULE);
		const history = await courses.listCourseHistory(owner, course.slug);
		expect(history?.map((event) => [event.action, event.actorName, event.moduleSlug])).toEqual([
			['module.publish', owner.name, 'modul-satu'],
			['module.create', owner.name, 'modul-satu']
		]);
		expect(history?.[0].detail).toEqual({ version: 1, title: 'Memasang Kancing' });
	});
});
