import { defineParams } from '@sveltejs/kit/params';

// Bad URLs are 404 here, before any query runs.
export const params = defineParams({
	/** Course and module slugs: folder and file names under content/. */
	slug: (param: string) => (/^[a-z0-9][a-z0-9-]{0,79}$/.test(param) ? param : undefined),
	/** Database ids (cuid). */
	id: (param: string) => (/^[a-z0-9]{20,40}$/.test(param) ? param : undefined)
});
