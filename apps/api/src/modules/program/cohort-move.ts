import type { ModuleDeps } from '../../module';
import { audit, type Ctx } from '../../lib/audit';
import { AppError, stale } from '../../lib/errors';
import { todayIso } from '@ntag/shared';
import { getGroup } from '../groups/groups.service';
import { groupFor } from '../records/records.kit';
import { findSchedule, listCohorts } from './program.repo';
import { formedLate } from './program.rules';
import { moveConflicts, moveGroup } from './cohort-move.repo';

type Deps = Pick<ModuleDeps, 'db'>;

/**
 * "A group formed after a cohort's deadlines can join the next cohort" (issue 13): the district
 * moves such a group, with a reason, to the next cohort, whose calendar then sets its due dates.
 * Only to the next cohort, only when it was formed after its cohort's deadline for forming groups
 * (step 2), and only when nothing of the next cohort is in the way.
 */
export async function moveToNextCohort(deps: Deps, ctx: Ctx, groupId: string, input: { cohort: number; reason: string; version: number }) {
  const group = await groupFor(deps.db, ctx.actor, 'group.update', groupId);
  if (group.version !== input.version) throw stale(await getGroup(deps, ctx, groupId));
  const next = (await listCohorts(deps.db)).map((c) => c.yearBe).filter((y) => y > group.cohortYear).sort((a, b) => a - b)[0];
  if (next === undefined || input.cohort !== next) {
    throw new AppError('program.move_not_next', 400, { issues: [{ path: 'cohort', message: next ? `the next cohort is ${next}` : `no cohort after ${group.cohortYear} is open yet` }] });
  }
  const formedOn = group.foundedOn ?? todayIso(group.createdAt);
  const due = (await findSchedule(deps.db, 2, group.cohortYear))?.dueOn ?? null;
  if (!formedLate(formedOn, due)) {
    throw new AppError('program.move_not_late', 409, { issues: [{ path: 'cohort', message: `formed on ${formedOn}, by the deadline ${due ?? '(none)'} of cohort ${group.cohortYear}` }] });
  }
  const g = { id: group.id, tambonCode: group.tambonCode, from: group.cohortYear, to: next, version: group.version };
  const conflicts = await moveConflicts(deps.db, g);
  if (conflicts.length) throw new AppError('program.move_conflict', 409, { issues: [{ path: 'cohort', message: `already in cohort ${next}: ${conflicts.join(', ')}` }] });
  const moved = await deps.db.transaction(async (tx) => {
    if (!(await moveGroup(tx, g))) return false;
    await audit(tx, ctx, { verb: 'group.move_cohort', targetType: 'group', targetId: group.id, before: { cohort: g.from, version: group.version }, after: { cohort: g.to, reason: input.reason } });
    return true;
  });
  if (!moved) throw stale(await getGroup(deps, ctx, groupId));
  return getGroup(deps, ctx, groupId);
}
