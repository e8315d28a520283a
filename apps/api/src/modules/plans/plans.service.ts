import type { ModuleDeps } from '../../module';
import type { Executor } from '../../db/client';
import { audit, type Ctx } from '../../lib/audit';
import { AppError, stale } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { farmerInScope } from '../farmers/farmers.service';
import { groupInScope } from '../groups/groups.service';
import { membersOf } from '../groups/groups.repo';
import { relinkPlanTopics, sessionsByPlanTopic } from '../learning/learning.repo';
import { requireCohort } from '../selection/selection.service';
import type { GroupPlanInput, IndividualPlanInput } from './plans.schemas';
import * as repo from './plans.repo';
import { matchTopics, rollup, type StoredTopic } from './plans.rules';

type Deps = Pick<ModuleDeps, 'db'>;
type Planned = IndividualPlanInput['plannedProducts'];

const individualOut = (farmerId: string, cohort: number, row: repo.IndividualPlanRow | null) => ({
  farmerId, cohort, exists: !!row, version: row?.version ?? 0, updatedAt: row?.updatedAt.toISOString() ?? null,
  currentActivities: (row?.currentActivities ?? []) as IndividualPlanInput['currentActivities'],
  plannedProducts: (row?.plannedProducts ?? []) as Planned,
  assessment: (row?.assessment ?? null) as IndividualPlanInput['assessment'] & object | null,
  developmentNeeds: row?.developmentNeeds ?? null,
});

/**
 * A plan is created without a version and changed with the version it was read at. A save
 * without a version of a plan someone created meanwhile, or with an older version, is a
 * conflict to resolve: 409 with the plan as it is (built only then).
 */
async function checkVersion(existing: { version: number } | null, version: number | undefined, current: () => unknown): Promise<void> {
  if (!existing && version) throw new AppError('validation.failed', 400, { issues: [{ path: 'version', message: 'the plan does not exist yet: send no version' }] });
  if (existing && version !== existing.version) throw stale(await current());
}

export async function getIndividualPlan(deps: Deps, ctx: Ctx, farmerId: string, cohort: number) {
  await farmerInScope(deps.db, ctx.actor, 'plan.read', farmerId);
  await requireCohort(deps.db, cohort);
  return individualOut(farmerId, cohort, await repo.findIndividual(deps.db, farmerId, cohort));
}

/** แบบ กท.02: creates or replaces one farmer's plan for a cohort year. */
export async function putIndividualPlan(deps: Deps, ctx: Ctx, farmerId: string, cohort: number, input: IndividualPlanInput) {
  await farmerInScope(deps.db, ctx.actor, 'plan.update', farmerId);
  await requireCohort(deps.db, cohort);
  const existing = await repo.findIndividual(deps.db, farmerId, cohort);
  await checkVersion(existing, input.version, () => individualOut(farmerId, cohort, existing));
  const fields = {
    currentActivities: input.currentActivities, plannedProducts: input.plannedProducts, assessment: input.assessment ?? null,
    developmentNeeds: input.developmentNeeds ?? null, updatedBy: ctx.actor.userId,
  };
  const row = await deps.db.transaction(async (tx) => {
    const r = existing ? await repo.updateIndividual(tx, farmerId, cohort, existing.version, fields) : await repo.insertIndividual(tx, { farmerId, cohortYear: cohort, ...fields });
    if (r) await audit(tx, ctx, { verb: existing ? 'plan.kt02.update' : 'plan.kt02.create', targetType: 'farmer', targetId: `${farmerId}/${cohort}`, before: existing, after: r });
    return r;
  });
  if (!row) throw stale(individualOut(farmerId, cohort, await repo.findIndividual(deps.db, farmerId, cohort)));
  return individualOut(farmerId, cohort, row);
}

async function groupPlanOut(db: Executor, groupId: string, cohort: number, row: repo.GroupPlanRow | null) {
  const members = await membersOf(db, groupId);
  const plans = await repo.individualsOf(db, members.map((m) => m.farmer.id), cohort);
  const products = (row?.products ?? []) as GroupPlanInput['products'];
  return {
    groupId, cohort, exists: !!row, version: row?.version ?? 0, updatedAt: row?.updatedAt.toISOString() ?? null,
    products,
    markets: (row?.markets ?? []) as GroupPlanInput['markets'],
    topics: (row?.topics ?? []) as StoredTopic[],
    resources: (row?.resources ?? []) as GroupPlanInput['resources'],
    rollup: rollup(products, plans.flatMap((p) => p.plannedProducts as Planned)),
    membersWithPlan: plans.length,
    memberCount: members.length,
  };
}

export async function getGroupPlan(deps: Deps, ctx: Ctx, groupId: string, cohort: number) {
  await groupInScope(deps.db, ctx.actor, 'plan.read', groupId);
  await requireCohort(deps.db, cohort);
  return groupPlanOut(deps.db, groupId, cohort, await repo.findGroupPlan(deps.db, groupId, cohort));
}

/**
 * แบบ กท.03: creates or replaces a group's production and marketing plan for a cohort year.
 * Development topics keep their ids across edits; learning sessions that follow a topic follow
 * it to its new position, and a topic they follow cannot be left out (409 plan.topic_in_use).
 */
export async function putGroupPlan(deps: Deps, ctx: Ctx, groupId: string, cohort: number, input: GroupPlanInput) {
  await groupInScope(deps.db, ctx.actor, 'plan.update', groupId);
  await requireCohort(deps.db, cohort);
  const existing = await repo.findGroupPlan(deps.db, groupId, cohort);
  await checkVersion(existing, input.version, () => groupPlanOut(deps.db, groupId, cohort, existing));
  const stored = (existing?.topics ?? []) as StoredTopic[];
  const { topics, newIndexOf } = matchTopics(stored, input.topics, newId);
  const fields = { products: input.products, markets: input.markets, topics, resources: input.resources, updatedBy: ctx.actor.userId };
  const row = await deps.db.transaction(async (tx) => {
    const followed = await sessionsByPlanTopic(tx, groupId, cohort);
    const lost = [...followed].filter(([i]) => i < stored.length && newIndexOf[i] === null).map(([i, sessions]) => ({ topic: stored[i]!.topic, sessions }));
    if (lost.length) {
      throw new AppError('plan.topic_in_use', 409, {
        issues: lost.map((l) => ({ path: 'topics', message: `"${l.topic}" is followed by ${l.sessions} learning session(s)` })),
        topics: lost,
      });
    }
    const r = existing ? await repo.updateGroupPlan(tx, groupId, cohort, existing.version, fields) : await repo.insertGroupPlan(tx, { groupId, cohortYear: cohort, ...fields });
    if (!r) return null;
    const moves = [...followed.keys()].filter((i) => i < stored.length && newIndexOf[i] !== i).map((i): [number, number] => [i, newIndexOf[i]!]);
    const relinked = await relinkPlanTopics(tx, groupId, cohort, moves);
    await audit(tx, ctx, { verb: existing ? 'plan.kt03.update' : 'plan.kt03.create', targetType: 'group', targetId: `${groupId}/${cohort}`, before: existing, after: { ...r, relinkedSessions: relinked } });
    return r;
  });
  if (!row) throw stale(await groupPlanOut(deps.db, groupId, cohort, await repo.findGroupPlan(deps.db, groupId, cohort)));
  return groupPlanOut(deps.db, groupId, cohort, row);
}
