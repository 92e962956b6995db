import { describe, expect, it } from 'vitest';
import { courseCompletion, moduleCompletion, moduleFactsFrom, type ModuleFacts } from '#lib/server/learning/completion';

const none = new Set<string>();

function facts(overrides: Partial<ModuleFacts> = {}): ModuleFacts {
	return { moduleId: 'm1', read: false, hasQuiz: true, quizPassed: false, started: false, practicalRequired: false, ...overrides };
}

describe('moduleCompletion', () => {
	it('needs the reading and the passed quiz', () => {
		expect(moduleCompletion(facts(), none)).toEqual({ moduleId: 'm1', state: 'new', missing: ['read', 'quiz'] });
		expect(moduleCompletion(facts({ read: true }), none)).toEqual({ moduleId: 'm1', state: 'started', missing: ['quiz'] });
		expect(moduleCompletion(facts({ quizPassed: true, started: true }), none).missing).toEqual(['read']);
		expect(moduleCompletion(facts({ read: true, quizPassed: true }), none)).toEqual({ moduleId: 'm1', state: 'completed', missing: [] });
	});

	it('completes a module without a quiz by reading it', () => {
		expect(moduleCompletion(facts({ hasQuiz: false }), none).state).toBe('new');
		expect(moduleCompletion(facts({ hasQuiz: false, read: true }), none).state).toBe('completed');
	});

	it('waits for the trainer when only an accepted practical task is missing', () => {
		const practical = facts({ read: true, quizPassed: true, practicalRequired: true });
		expect(moduleCompletion(practical, none)).toEqual({ moduleId: 'm1', state: 'awaiting-trainer', missing: ['practical'] });
		expect(moduleCompletion(practical, new Set(['m1'])).state).toBe('completed');
		// Another module's acceptance does not count.
		expect(moduleCompletion(practical, new Set(['m2'])).state).toBe('awaiting-trainer');
		// The trainer's acceptance alone does not finish a module the participant has not read.
		expect(moduleCompletion({ ...practical, read: false }, new Set(['m1'])).state).toBe('started');
	});
});

describe('courseCompletion', () => {
	it('is complete only when every module is, and never when it has none', () => {
		const done = facts({ moduleId: 'a', read: true, quizPassed: true });
		const open = facts({ moduleId: 'b', read: true });
		expect(courseCompletion([done, open], none)).toMatchObject({ done: 1, total: 2, complete: false });
		expect(courseCompletion([done, { ...open, quizPassed: true }], none)).toMatchObject({ done: 2, total: 2, complete: true });
		expect(courseCompletion([], none).complete).toBe(false);
	});
});

describe('moduleFactsFrom', () => {
	it('reads the quiz at the participant level and counts an old no-quiz completion as a reading', () => {
		const base = { moduleId: 'm', practicalRequired: false, quizLevels: 'dasar,menengah' };
		expect(moduleFactsFrom({ ...base, level: 'lanjut', progress: { status: 'completed', readAt: null } })).toMatchObject({
			hasQuiz: false,
			read: true
		});
		expect(moduleFactsFrom({ ...base, level: 'dasar', progress: { status: 'completed', readAt: null } })).toMatchObject({
			hasQuiz: true,
			quizPassed: true,
			read: false
		});
		expect(moduleFactsFrom({ ...base, level: 'dasar', progress: undefined })).toMatchObject({ started: false, read: false });
	});
});
