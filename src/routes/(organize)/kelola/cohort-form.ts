/** Reading the cohort form (create and edit share it); route-side because it reads FormData. */
import { parseForm } from '#lib/forms';
import { cohortForm, type CohortInput } from '#lib/server/cohorts/cohort-setup';

export const COHORT_FIELDS = ['name', 'startsOn', 'endsOn', 'province', 'regency', 'district', 'village', 'communityGroup'] as const;
export type CohortFormValues = Record<(typeof COHORT_FIELDS)[number], string> & { courseIds: string[] };

export function readCohortForm(
	form: FormData
): { ok: true; input: CohortInput; values: CohortFormValues } | { ok: false; values: CohortFormValues; errors: Record<string, string> } {
	const values = Object.fromEntries(
		COHORT_FIELDS.map((key) => [key, String(form.get(key) ?? '').slice(0, 200)])
	) as unknown as CohortFormValues;
	values.courseIds = form
		.getAll('courseId')
		.slice(0, 100)
		.map((value) => String(value).slice(0, 40));
	const parsed = parseForm(cohortForm, form);
	if (!parsed.ok) return { ok: false, values, errors: parsed.errors as Record<string, string> };
	return { ok: true, input: { ...parsed.data, courseIds: values.courseIds }, values };
}

/** Dates as the date input wants them: `2026-11-26`. */
export function dateInputValue(date: Date | null): string {
	return date ? date.toISOString().slice(0, 10) : '';
}
