import type { TestProject } from 'vitest/node';
import { prepareTemplate } from './databases';

/** Runs once per vitest project: migrates the template database the test files copy. */
export default async function setup(project: TestProject): Promise<void> {
	const kind = project.config.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
	await prepareTemplate(kind);
}
