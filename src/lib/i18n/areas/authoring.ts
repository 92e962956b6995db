/**
 * UI messages for the authoring pages: Bahasa Indonesia first, English second. Kept in their own
 * file so each area's strings live beside each other; id.ts and en.ts include them.
 */
export const id = {};

export const en: typeof id = {};
