import { afterAll } from 'vitest';
import { createTestDatabase } from './databases';
import { disconnectDb } from '../../src/lib/server/db/client';

// Runs before each test file's own imports are evaluated, so #lib/server/db connects here.
const kind = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
const database = await createTestDatabase(kind);
process.env.DATABASE_URL = database.url;

afterAll(async () => {
	await disconnectDb();
	await database.drop();
});
