/**
 * Saving modules for offline reading (decision 021): which URLs a saved module is made of, how
 * many bytes they are, and what that costs in rupiah at the program's price of mobile data.
 *
 * The list of URLs comes from ONE function (offlinePagesOf): the phone's script caches exactly
 * what the manifest lists, so a new page of a module (lesson steps, say) is one line there.
 */
import { db } from '#lib/server/db/client';
import { courseOfParticipant } from '#lib/server/learning/course';
import { publicQuestion, quizForLevel } from '#lib/content/quiz';
import type { LiteracyLevel, Quiz } from '#lib/content/types';
import { splitLessonSteps } from '#lib/content/lesson-steps';

/** Rupiah per GB when the program sets none: a common prepaid price in 2026. */
export const DEFAULT_PRICE_PER_GB = 20_000;
export const MAX_PRICE_PER_GB = 1_000_000;
const GB = 1024 * 1024 * 1024;

/**
 * The rendered page around a lesson's or quiz's own text (layout, headings, forms, attempt
 * history): measured on the shipped library (bytes of the page minus bytes of its text), rounded
 * up, so the size shown is an upper bound of the uncompressed page. The wire carries less
 * (brotli), which the participant only gains from.
 */
const LESSON_PAGE_BYTES = 7 * 1024;
const QUIZ_PAGE_BYTES = 4 * 1024;

export interface OfflineUrl {
	url: string;
	bytes: number;
}

export interface ModuleManifest {
	/** The lesson's own URL: the key a saved module is kept under on the phone. */
	key: string;
	title: string;
	versionId: string;
	urls: OfflineUrl[];
	bytes: number;
}

export interface DataPrice {
	perGb: number;
	/** True when the program set no price and the default applies. */
	isDefault: boolean;
}

/** The cost in whole rupiah of downloading these bytes, rounded up (never shown as free). */
export function rupiahFor(bytes: number, perGb: number): number {
	return Math.ceil((bytes / GB) * perGb);
}

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');
const htmlColumn = { dasar: 'htmlDasar', menengah: 'htmlMenengah', lanjut: 'htmlLanjut' } as const;

/** `/media/<course>/<path>` images a piece of HTML shows, in order, without repeats. */
export function mediaPathsIn(html: string, courseSlug: string): string[] {
	const prefix = `/media/${courseSlug}/`;
	const found = new Set<string>();
	// Linear: one pass over the attribute values.
	for (const match of html.matchAll(/\ssrc="([^"]{1,400})"/g)) {
		if (match[1].startsWith(prefix)) found.add(match[1]);
	}
	return [...found];
}

/**
 * The pages of a module a participant reads offline, with their estimated sizes. THE one list:
 * a page added to a lesson (steps, a "whole module" view) is added here and nowhere else.
 */
export function offlinePagesOf(input: {
	key: string;
	lessonBytes: number;
	/** Bytes of each step's text (lesson-steps.ts); one entry for a lesson without `##` headings. */
	stepBytes: number[];
	quizBytes: number | null;
}): OfflineUrl[] {
	const steps = input.stepBytes.length > 0 ? input.stepBytes : [input.lessonBytes];
	// Every step is its own page (the first at the lesson's own address), and with more than one
	// step the whole module too ("Tampilkan semua"): each opens offline at the address it has online.
	const pages = steps.map((bytes, index) => ({
		url: index === 0 ? input.key : `${input.key}?langkah=${index + 1}`,
		bytes: LESSON_PAGE_BYTES + bytes
	}));
	if (steps.length > 1) pages.push({ url: `${input.key}?langkah=semua`, bytes: LESSON_PAGE_BYTES + input.lessonBytes });
	if (input.quizBytes !== null) pages.push({ url: `${input.key}/kuis`, bytes: QUIZ_PAGE_BYTES + input.quizBytes });
	return pages;
}

type VersionRow = {
	id: string;
	title: string;
	objectivesJson: string;
	practicalJson: string | null;
	quizJson: string;
	quizLevels: string;
	htmlDasar?: string;
	htmlMenengah?: string;
	htmlLanjut?: string;
	module: { slug: string; course: { id: string; slug: string } };
};

async function buildManifest(versionId: string, level: LiteracyLevel): Promise<ModuleManifest> {
	const version = (await db.moduleVersion.findUniqueOrThrow({
		where: { id: versionId },
		select: {
			id: true,
			title: true,
			objectivesJson: true,
			practicalJson: true,
			quizJson: true,
			quizLevels: true,
			[htmlColumn[level]]: true,
			module: { select: { slug: true, course: { select: { id: true, slug: true } } } }
		}
	})) as unknown as VersionRow;
	const { course } = version.module;
	const html = version[htmlColumn[level]] ?? '';
	const hasQuiz = version.quizLevels.split(',').includes(level);
	const questionsText = hasQuiz ? JSON.stringify(quizForLevel(JSON.parse(version.quizJson) as Quiz, level).map(publicQuestion)) : '';
	const key = `/belajar/${course.slug}/${version.module.slug}`;
	const pages = offlinePagesOf({
		key,
		lessonBytes: utf8(html) + utf8(version.objectivesJson) + utf8(version.practicalJson ?? ''),
		stepBytes: splitLessonSteps(html).map((step) => utf8(step.html)),
		quizBytes: hasQuiz ? utf8(questionsText) : null
	});
	const imageUrls = mediaPathsIn(html + (version.practicalJson ?? '') + questionsText.replaceAll('\\"', '"'), course.slug);
	const pathOf = (url: string) => decodeURIComponent(url.slice(`/media/${course.slug}/`.length));
	const assets = imageUrls.length
		? await db.mediaAsset.findMany({
				where: { courseId: course.id, path: { in: imageUrls.map(pathOf) } },
				select: { path: true, byteSize: true }
			})
		: [];
	const sizeOf = new Map(assets.map((asset) => [asset.path, asset.byteSize]));
	// An image the module names but the library lacks is not offered for download.
	const images = imageUrls.flatMap((url) => (sizeOf.has(pathOf(url)) ? [{ url, bytes: sizeOf.get(pathOf(url))! }] : []));
	const urls = [...pages, ...images];
	return { key, title: version.title, versionId: version.id, urls, bytes: urls.reduce((sum, entry) => sum + entry.bytes, 0) };
}

/**
 * Manifests by (version, level). A version never changes, so an entry is never stale (an image
 * replaced under the same path changes its size only; the phone fetches it anew either way).
 * Bounded, least recently used out first, like lesson-cache.ts.
 */
const MAX_ENTRIES = 300;
const manifests = new Map<string, Promise<ModuleManifest>>();

export function manifestForVersion(versionId: string, level: LiteracyLevel): Promise<ModuleManifest> {
	const key = `${versionId}:${level}`;
	const cached = manifests.get(key);
	if (cached) {
		manifests.delete(key);
		manifests.set(key, cached);
		return cached;
	}
	const building = buildManifest(versionId, level);
	manifests.set(key, building);
	building.catch(() => manifests.delete(key));
	if (manifests.size > MAX_ENTRIES) manifests.delete(manifests.keys().next().value!);
	return building;
}

/** What saving one module costs this participant, or null when it is not theirs to read. */
export async function readModuleManifest(userId: string, level: LiteracyLevel, courseSlug: string, moduleSlug: string) {
	const module = await db.module.findFirst({
		where: { slug: moduleSlug, archivedAt: null, course: { slug: courseSlug, ...courseOfParticipant(userId) } },
		select: { publishedVersionId: true }
	});
	return module?.publishedVersionId ? manifestForVersion(module.publishedVersionId, level) : null;
}

/** Every published module of a course, as the participant would save it, in course order. */
export async function readCourseManifest(userId: string, level: LiteracyLevel, courseSlug: string) {
	const course = await db.course.findFirst({
		where: { slug: courseSlug, ...courseOfParticipant(userId) },
		select: {
			modules: {
				where: { archivedAt: null, publishedVersionId: { not: null } },
				orderBy: { position: 'asc' },
				select: { publishedVersionId: true }
			}
		}
	});
	if (!course) return null;
	const modules = await Promise.all(course.modules.map((module) => manifestForVersion(module.publishedVersionId!, level)));
	return { modules, bytes: modules.reduce((sum, module) => sum + module.bytes, 0) };
}

/**
 * The price of data for a participant reading a course: the program of the cohort that gives
 * them the course (the oldest, when several do), or the default.
 */
export async function readDataPrice(userId: string, courseSlug: string): Promise<DataPrice> {
	const program = await db.program.findFirst({
		where: { cohorts: { some: { enrollments: { some: { userId } }, courses: { some: { course: { slug: courseSlug } } } } } },
		orderBy: { createdAt: 'asc' },
		select: { dataPricePerGb: true }
	});
	return priceOf(program?.dataPricePerGb ?? null);
}

function priceOf(perGb: number | null): DataPrice {
	return perGb === null ? { perGb: DEFAULT_PRICE_PER_GB, isDefault: true } : { perGb, isDefault: false };
}

export type PriceInput = { ok: true; perGb: number | null } | { ok: false };

/** The organizer's field: empty means the default; otherwise whole rupiah, 1 to 1,000,000. */
export function readPriceInput(raw: string): PriceInput {
	const text = raw.replace(/[\s.]/g, '').replace(/^rp/i, '');
	if (text === '') return { ok: true, perGb: null };
	if (!/^\d{1,7}$/.test(text)) return { ok: false };
	const perGb = Number(text);
	return perGb >= 1 && perGb <= MAX_PRICE_PER_GB ? { ok: true, perGb } : { ok: false };
}

/** What the "save for offline" button shows: the keys to save, the bytes and their cost. */
export interface SaveOffer {
	keys: string[];
	manifestUrl: string;
	bytes: number;
	rupiah: number;
	price: DataPrice;
}

function offerOf(keys: string[], manifestUrl: string, bytes: number, price: DataPrice): SaveOffer {
	return { keys, manifestUrl, bytes, rupiah: rupiahFor(bytes, price.perGb), price };
}

/**
 * What the "save for offline" button on a lesson offers: the module's manifest (cached per
 * version and level) at the price of data that the caller's access statement read
 * (course.readModuleForParticipant); no query of its own once the manifest is cached.
 */
export async function moduleOfferOfVersion(versionId: string, level: LiteracyLevel, perGb: number | null): Promise<SaveOffer> {
	const manifest = await manifestForVersion(versionId, level);
	return offerOf([manifest.key], `${manifest.key}/offline.json`, manifest.bytes, priceOf(perGb));
}

export async function readCourseOffer(userId: string, level: LiteracyLevel, courseSlug: string): Promise<SaveOffer | null> {
	const [manifest, price] = await Promise.all([readCourseManifest(userId, level, courseSlug), readDataPrice(userId, courseSlug)]);
	if (!manifest || manifest.modules.length === 0) return null;
	const keys = manifest.modules.map((module) => module.key);
	return offerOf(keys, `/belajar/${courseSlug}/offline.json`, manifest.bytes, price);
}
