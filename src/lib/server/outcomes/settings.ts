/**
 * A program's outcome settings as its organizer (or an admin) sets them: the income bands.
 * Once any check-in of the program is answered the bands are locked, so every answer of a
 * program is read against the same bands and before/after compares like with like.
 */
import { db, type DbTx } from '#lib/server/db/client';
import { programOrganizedBy, type Actor } from '#lib/server/cohorts/cohort-setup';
import { checkLimits, limitsOfProgram, type LimitsProblem } from '#lib/server/outcomes/income-bands';

/** Whether anyone in the program has answered a check-in (then its bands are fixed). One row is enough to know. */
async function anyAnswer(client: DbTx, programId: string): Promise<boolean> {
	return (await client.outcomeCheckIn.findFirst({ where: { enrollment: { cohort: { programId } } }, select: { id: true } })) !== null;
}

export async function readOutcomeSettingsForOrganizer(actor: Actor, programId: string) {
	const program = await db.program.findFirst({
		where: { id: programId, ...programOrganizedBy(actor) },
		select: { id: true, name: true, incomeBandsJson: true }
	});
	if (!program) return null;
	const answered = await anyAnswer(db, program.id);
	return {
		id: program.id,
		name: program.name,
		limits: limitsOfProgram(program.incomeBandsJson),
		isDefault: !program.incomeBandsJson,
		locked: answered
	};
}

export type SaveBandsResult =
	{ ok: true } | { ok: false; reason: 'not-found' | 'locked' } | { ok: false; reason: 'invalid'; problem: LimitsProblem };

export async function saveIncomeBands(actor: Actor, programId: string, inputs: string[]): Promise<SaveBandsResult> {
	const checked = checkLimits(inputs);
	if (!checked.ok) return { ok: false, reason: 'invalid', problem: checked.problem };
	return db.$transaction(async (tx) => {
		const program = await tx.program.findFirst({ where: { id: programId, ...programOrganizedBy(actor) }, select: { id: true } });
		if (!program) return { ok: false, reason: 'not-found' } as const;
		if (await anyAnswer(tx, program.id)) return { ok: false, reason: 'locked' } as const;
		await tx.program.update({ where: { id: program.id }, data: { incomeBandsJson: JSON.stringify(checked.limits) } });
		return { ok: true } as const;
	});
}
