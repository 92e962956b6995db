/**
 * When a module and a course are complete. Pure: the course page, the home page and the
 * certificate all ask the same function, and the rule is tested without a database.
 *
 * A module is complete when it was read, its quiz (at the participant's level, if it has one)
 * was passed, and, where the module says `practical_required`, a trainer accepted its practical
 * task. A course is complete when it has modules and every one of them is complete.
 */

export interface ModuleFacts {
	moduleId: string;
	/** The participant pressed the button under the lesson. */
	read: boolean;
	/** The module has quiz questions at the participant's level. */
	hasQuiz: boolean;
	/** A passing attempt exists. */
	quizPassed: boolean;
	/** Any progress at all (an attempt, a reading). */
	started: boolean;
	practicalRequired: boolean;
}

/** What is still missing, in the order a participant would do it. */
export type CompletionStep = 'read' | 'quiz' | 'practical';

/**
 * new: nothing done yet; started: something done, the participant still has a step to do;
 * awaiting-trainer: only the trainer's acceptance of the practical task is missing;
 * completed: all done.
 */
export type ModuleState = 'new' | 'started' | 'awaiting-trainer' | 'completed';

export interface ModuleCompletion {
	moduleId: string;
	state: ModuleState;
	missing: CompletionStep[];
}

export function moduleCompletion(facts: ModuleFacts, practicalAccepted: ReadonlySet<string>): ModuleCompletion {
	const missing: CompletionStep[] = [];
	if (!facts.read) missing.push('read');
	if (facts.hasQuiz && !facts.quizPassed) missing.push('quiz');
	if (facts.practicalRequired && !practicalAccepted.has(facts.moduleId)) missing.push('practical');
	let state: ModuleState;
	if (missing.length === 0) state = 'completed';
	else if (missing.length === 1 && missing[0] === 'practical') state = 'awaiting-trainer';
	else state = facts.started || facts.read || facts.quizPassed ? 'started' : 'new';
	return { moduleId: facts.moduleId, state, missing };
}

export interface CourseCompletion {
	modules: ModuleCompletion[];
	done: number;
	total: number;
	complete: boolean;
}

/**
 * `practicalAccepted`: the ids of modules whose practical task a trainer accepted for this
 * participant. A course with no modules is never complete: there is nothing to certify.
 */
export function courseCompletion(modules: readonly ModuleFacts[], practicalAccepted: ReadonlySet<string>): CourseCompletion {
	const completions = modules.map((facts) => moduleCompletion(facts, practicalAccepted));
	const done = completions.filter((completion) => completion.state === 'completed').length;
	return { modules: completions, done, total: completions.length, complete: completions.length > 0 && done === completions.length };
}

/** Progress as stored (ModuleProgress) and the published version, into the rule's facts. */
export function moduleFactsFrom(input: {
	moduleId: string;
	level: string;
	quizLevels: string;
	practicalRequired: boolean;
	progress: { status: string; readAt: Date | null } | undefined;
}): ModuleFacts {
	const hasQuiz = input.quizLevels.split(',').includes(input.level);
	const progressDone = input.progress?.status === 'completed';
	return {
		moduleId: input.moduleId,
		// A module without a quiz was completed by reading before readAt existed: that is a reading.
		read: input.progress?.readAt != null || (!hasQuiz && progressDone),
		hasQuiz,
		// With a quiz, 'completed' is written only by a passing attempt (progress.recordQuizOutcome).
		quizPassed: hasQuiz && progressDone,
		started: input.progress !== undefined,
		practicalRequired: input.practicalRequired
	};
}
