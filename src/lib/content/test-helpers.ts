import { parseModule } from './parse';
import type { ChoiceQuestion, ContentError, NumericQuestion, OrderingQuestion, ParsedModule, PublicQuestion, QuizQuestion } from './types';

export const FRONTMATTER = `---
title: Alat Menjahit
summary: Mengenal alat dan cara aman memakainya.
minutes: 15
---
`;

/** A module with valid frontmatter around `body`; body line 1 is file line 6. */
export function moduleSource(body: string): string {
	return FRONTMATTER + body;
}

export function parseOk(source: string): ParsedModule {
	const result = parseModule(source);
	if (!result.ok) throw new Error(`expected a valid module, got ${JSON.stringify(result.errors, null, 2)}`);
	return result.module;
}

export function parseErrors(source: string): ContentError[] {
	const result = parseModule(source);
	if (result.ok) throw new Error('expected errors, the module parsed');
	return result.errors;
}

/** `code@line:column` for compact assertions. */
export function located(errors: ContentError[]): string[] {
	return errors.map((error) => `${error.code}@${error.line}:${error.column}`);
}

/** Narrow a question to one kind, failing the test (not just the type check) when it is another. */
export function asChoice(question: QuizQuestion | undefined): ChoiceQuestion {
	if (!question || question.type === 'ordering' || question.type === 'numeric') throw new Error(`expected a choice question, got ${question?.type}`);
	return question;
}

export function asOrdering(question: QuizQuestion | undefined): OrderingQuestion {
	if (question?.type !== 'ordering') throw new Error(`expected an ordering question, got ${question?.type}`);
	return question;
}

export function asNumeric(question: QuizQuestion | undefined): NumericQuestion {
	if (question?.type !== 'numeric') throw new Error(`expected a numeric question, got ${question?.type}`);
	return question;
}

export function publicOptions(question: PublicQuestion): { id: string; text: string; html: string }[] {
	if (question.type === 'ordering' || question.type === 'numeric') throw new Error(`expected public options, got ${question.type}`);
	return question.options;
}
