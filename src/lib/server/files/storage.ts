/**
 * Where uploaded files live (participants' photos of practical work and of questions): a key in,
 * bytes out. The database keeps only the key, so the store behind it can change.
 *
 * The default is a folder (BERDAYA_FILES_DIR, default data/files). Several app instances may
 * share it (a network mount): a file is written under a temporary name and renamed into place,
 * so a reader never sees half a file, and keys are never reused, so no two writers race for
 * one name. A shared object store later implements the same three verbs (decision 015).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface FileStore {
	put(key: string, bytes: Uint8Array): Promise<void>;
	/** null when there is no file under this key. */
	get(key: string): Promise<Uint8Array | null>;
	/** Deleting a key that is not there is not an error. */
	delete(key: string): Promise<void>;
}

/** Keys are made by the app, never from a person's input; this is the second lock. */
const KEY = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9.-]*)*$/;

export function isValidKey(key: string): boolean {
	return key.length <= 200 && KEY.test(key) && !key.split('/').some((segment) => segment.startsWith('..'));
}

function checkedKey(key: string): string {
	if (!isValidKey(key)) throw new Error(`invalid file key: ${key}`);
	return key;
}

export class FolderStore implements FileStore {
	constructor(private readonly root: string) {}

	private pathOf(key: string): string {
		return path.join(this.root, ...checkedKey(key).split('/'));
	}

	async put(key: string, bytes: Uint8Array): Promise<void> {
		const target = this.pathOf(key);
		await fs.mkdir(path.dirname(target), { recursive: true });
		const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
		try {
			await fs.writeFile(temporary, bytes, { flag: 'wx' });
			await fs.rename(temporary, target);
		} catch (error) {
			await fs.rm(temporary, { force: true });
			throw error;
		}
	}

	async get(key: string): Promise<Uint8Array | null> {
		try {
			return new Uint8Array(await fs.readFile(this.pathOf(key)));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
			throw error;
		}
	}

	async delete(key: string): Promise<void> {
		await fs.rm(this.pathOf(key), { force: true });
	}
}

export function filesDirectory(): string {
	return path.resolve(process.env.BERDAYA_FILES_DIR || 'data/files');
}

let store: FileStore | undefined;

/** The app's store. Holds no state of its own beyond the folder's path. */
export function fileStore(): FileStore {
	store ??= new FolderStore(filesDirectory());
	return store;
}

/** A fresh, unguessable key under a folder, e.g. `tugas/<id>/k3j…f.webp`. */
export function newKey(folder: string, extension: string): string {
	return checkedKey(`${folder}/${randomBytes(12).toString('hex')}.${extension}`);
}
