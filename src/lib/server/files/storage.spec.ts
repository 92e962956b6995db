import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FolderStore, isValidKey, newKey } from './storage';

const root = await fs.mkdtemp(path.join(os.tmpdir(), 'berdaya-files-'));
afterAll(() => fs.rm(root, { recursive: true, force: true }));

describe('FolderStore', () => {
	it('puts, gets and deletes by key, leaving no temporary file behind', async () => {
		const store = new FolderStore(root);
		const key = newKey('tugas/abc', 'webp');
		await store.put(key, new Uint8Array([1, 2, 3]));
		expect(await store.get(key)).toEqual(new Uint8Array([1, 2, 3]));
		const folder = await fs.readdir(path.join(root, 'tugas', 'abc'));
		expect(folder).toEqual([key.split('/').at(-1)]);
		await store.delete(key);
		expect(await store.get(key)).toBeNull();
		await store.delete(key);
	});

	it('two instances on one folder see each other’s files', async () => {
		const key = newKey('tanya', 'webp');
		await new FolderStore(root).put(key, new Uint8Array([9]));
		expect(await new FolderStore(root).get(key)).toEqual(new Uint8Array([9]));
	});

	it('refuses keys that could leave the folder', async () => {
		const store = new FolderStore(root);
		for (const key of ['../etc/passwd', 'a/../../b', '/abs', 'a//b', 'A/B', 'a\\b', '']) {
			expect(isValidKey(key)).toBe(false);
			await expect(store.get(key)).rejects.toThrow('invalid file key');
		}
	});
});
