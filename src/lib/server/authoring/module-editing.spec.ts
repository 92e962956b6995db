import { describe, expect, it } from 'vitest';
import { db } from '#lib/server/db/client';
import * as modules from '#lib/server/authoring/module-editing';
import * as publishing from '#lib/server/authoring/module-publishing';
import { readCourseForParticipant } from '#lib/server/learning/course';
import { readCourseForAuthoring } from '#lib/server/authoring/course-editing';
import { starterModuleSource, titleOfSource, withTitle } from '#lib/server/authoring/module-source';
import { parseModule } from '#lib/content/parse';
import { createCourseWithCohort, createPerson, VALID_MODULE } from '#lib/server/authoring/authoring-fixtures';

async function courseWithModules(titles: string[]) {
	const owner = await createPerson('trainer');
	const participant = await createPerson('participant');
	const course = await createCourseWithCohort(owner, { participants: [participant] });
	for (const title of titles) {
		const created = await modules.createModule(owner, course.slug, { title, slug: '' });
		if (!created.ok) throw new Error(`could not create ${title}`);
		await publishing.publishDraft(owner, course.slug, created.slug, withTitle(VALID_MODULE, title));
	}
	return { owner, participant, course };
}

async function participantSees(participantId: string, courseSlug: string): Promise<string[]> {
	return (await readCourseForParticipant(participantId, courseSlug))?.modules.map((module) => module.slug) ?? [];
}

describe('the starter text', () => {
	it('parses for any title, including ones YAML would misread', () => {
		for (const title of ['Memasang Kancing', 'Harga: untung 10% # bukan komentar', '"Kutip" dan \'kutip\'', '- daftar?', 'true']) {
			const parsed = parseModule(starterModuleSource(title));
			expect(parsed.ok, title).toBe(true);
			expect(parsed.ok && parsed.module.title).toBe(title);
			expect(parsed.ok && parsed.module.quiz.questions).toHaveLength(1);
		}
	});
});

describe('withTitle', () => {
	it('changes only the title line and keeps every other byte', () => {
		const renamed = withTitle(VALID_MODULE, 'Kancing: Cara Cepat');
		expect(titleOfSource(renamed)).toBe('Kancing: Cara Cepat');
		expect(renamed.split('\n').filter((line, index) => line !== VALID_MODULE.split('\n')[index])).toEqual(['title: "Kancing: Cara Cepat"']);
	});

	it('adds a frontmatter when there is none', () => {
		expect(withTitle('Isi saja.\n', 'Baru')).toBe('---\ntitle: Baru\n---\nIsi saja.\n');
	});
});

describe('createModule', () => {
	it('adds the module last with a starter draft that participants never see', async () => {
		const { owner, participant, course } = await courseWithModules(['Satu']);
		expect(await modules.createModule(owner, course.slug, { title: 'Dua Baru', slug: '' })).toEqual({ ok: true, slug: 'dua-baru' });
		expect(await modules.createModule(owner, course.slug, { title: 'Dua Baru', slug: 'satu' })).toEqual({
			ok: false,
			reason: 'slug',
			problem: 'slugTaken'
		});
		const created = await db.module.findFirstOrThrow({
			where: { slug: 'dua-baru', courseId: course.id },
			select: { position: true, publishedVersionId: true, draft: { select: { source: true } } }
		});
		expect(created.position).toBe(2);
		expect(created.publishedVersionId).toBeNull();
		expect(titleOfSource(created.draft!.source)).toBe('Dua Baru');
		expect(await participantSees(participant.id, course.slug)).toEqual(['satu']);
		expect(await db.auditEvent.count({ where: { courseId: course.id, action: 'module.create', detail: { contains: 'Dua Baru' } } })).toBe(
			1
		);
	});
});

describe('renameModule', () => {
	it('puts the new title in the draft only; participants see it after publishing', async () => {
		const { owner, participant, course } = await courseWithModules(['Satu']);
		expect(await modules.renameModule(owner, course.slug, 'satu', 'Kancing Baju')).toBe(true);
		const module = await db.module.findFirstOrThrow({
			where: { slug: 'satu', courseId: course.id },
			select: { publishedVersion: { select: { title: true } }, draft: { select: { source: true } } }
		});
		expect(module.publishedVersion?.title).toBe('Satu');
		expect(titleOfSource(module.draft!.source)).toBe('Kancing Baju');
		expect((await readCourseForAuthoring(owner, course.slug))?.modules[0]).toMatchObject({
			title: 'Kancing Baju',
			state: 'draft-newer',
			publishedTitle: 'Satu'
		});
		const event = await db.auditEvent.findFirstOrThrow({
			where: { action: 'module.rename', courseId: course.id },
			select: { detail: true }
		});
		expect(JSON.parse(event.detail)).toEqual({ from: 'Satu', to: 'Kancing Baju' });

		await publishing.publishDraft(owner, course.slug, 'satu', module.draft!.source);
		expect((await readCourseForParticipant(participant.id, course.slug))?.modules[0].title).toBe('Kancing Baju');
	});
});

describe('moveModule', () => {
	it('swaps neighbours and numbers the course 1…n even when positions repeated', async () => {
		const { owner, participant, course } = await courseWithModules(['Satu', 'Dua', 'Tiga']);
		// Imports and archiving can leave two modules on one position.
		await db.module.updateMany({ where: { courseId: course.id, slug: { in: ['dua', 'tiga'] } }, data: { position: 2 } });
		expect(await modules.moveModule(owner, course.slug, 'tiga', 'up')).toEqual({ ok: true });
		expect(await participantSees(participant.id, course.slug)).toEqual(['satu', 'tiga', 'dua']);
		expect(await modules.moveModule(owner, course.slug, 'satu', 'down')).toEqual({ ok: true });
		expect(await participantSees(participant.id, course.slug)).toEqual(['tiga', 'satu', 'dua']);
		const positions = await db.module.findMany({
			where: { courseId: course.id },
			orderBy: { position: 'asc' },
			select: { position: true }
		});
		expect(positions.map((row) => row.position)).toEqual([1, 2, 3]);
		expect(await modules.moveModule(owner, course.slug, 'tiga', 'up')).toEqual({ ok: false, reason: 'at-edge' });
		expect(await modules.moveModule(owner, course.slug, 'dua', 'down')).toEqual({ ok: false, reason: 'at-edge' });
		expect(await db.auditEvent.count({ where: { courseId: course.id, action: 'module.reorder' } })).toBe(2);
	});
});

describe('archiveModule and restoreModule', () => {
	it('hide a module from participants and bring it back with their progress intact', async () => {
		const { owner, participant, course } = await courseWithModules(['Satu', 'Dua']);
		const dua = await db.module.findFirstOrThrow({ where: { slug: 'dua', courseId: course.id }, select: { id: true } });
		await db.moduleProgress.create({
			data: { userId: participant.id, moduleId: dua.id, status: 'completed', bestPercent: 100, completedAt: new Date(), readAt: new Date() }
		});

		expect(await modules.archiveModule(owner, course.slug, 'dua')).toBe(true);
		expect(await participantSees(participant.id, course.slug)).toEqual(['satu']);
		expect((await readCourseForAuthoring(owner, course.slug))?.modules[1].state).toBe('archived');
		// A second press changes nothing and records nothing.
		expect(await modules.archiveModule(owner, course.slug, 'dua')).toBe(true);
		expect(await db.auditEvent.count({ where: { moduleId: dua.id, action: 'module.archive' } })).toBe(1);

		expect(await modules.restoreModule(owner, course.slug, 'dua')).toBe(true);
		const seen = await readCourseForParticipant(participant.id, course.slug);
		expect(seen?.modules.map((module) => [module.slug, module.status])).toEqual([
			['satu', 'new'],
			['dua', 'completed']
		]);
		expect(await db.auditEvent.count({ where: { moduleId: dua.id, action: 'module.restore' } })).toBe(1);
	});
});
