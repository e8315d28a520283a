import { formatEnterpriseCode, maskNationalId, todayIso, type CommitteeRole } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import type { Executor } from '../../db/client';
import { audit, type Ctx } from '../../lib/audit';
import { requireInScope, requirePermission, scopeOf, unitInScope, type Actor } from '../../lib/authz';
import { LostRace } from '../../lib/db-errors';
import { AppError, notFound, stale } from '../../lib/errors';
import { idVisibility } from '../farmers/farmers.service';
import { addressLine, fullName } from '../farmers/farmers.rules';
import { areaOfUnit, findUnit, tambonPlaces } from '../geo/units';
import { requireCohort } from '../selection/selection.service';
import { findByFarmerCohort } from '../selection/selection.repo';
import type { CreateGroupInput, UpdateGroupInput } from './groups.schemas';
import * as repo from './groups.repo';

type Deps = Pick<ModuleDeps, 'db'>;
type GroupPermission = 'group.read' | 'group.update' | 'plan.read' | 'plan.update';

async function summaries(db: Executor, rows: { group: repo.GroupRow; memberCount: number; formed: boolean; enterpriseCode?: string | null; inTarget?: boolean }[]) {
  const placesOf = await tambonPlaces(db, rows.map((r) => r.group.tambonCode));
  return rows.map(({ group: g, memberCount, formed, enterpriseCode, inTarget }) => ({
    id: g.id, name: g.name, cohort: g.cohortYear,
    ...placesOf(g.tambonCode),
    foundedOn: g.foundedOn, memberCount: Number(memberCount), formed: Boolean(formed), inTarget: Boolean(inTarget),
    enterpriseCode: enterpriseCode ? formatEnterpriseCode(enterpriseCode) : null, version: g.version,
  }));
}

/** A group the actor holds `permission` on: by its tambon or as its committee; else 404. */
export async function groupInScope(db: Executor, actor: Actor, permission: GroupPermission, id: string) {
  requirePermission(actor, permission);
  const found = await repo.findGroup(db, id);
  if (!found || !unitInScope(scopeOf(actor, permission), { code: found.group.id, kind: 'group', tambonCode: found.group.tambonCode })) throw notFound('group.not_found');
  return found;
}

export async function detail(db: Executor, actor: Actor, found: NonNullable<Awaited<ReturnType<typeof repo.findGroup>>>) {
  const [summary] = await summaries(db, [found]);
  const [members, committee] = await Promise.all([repo.membersOf(db, found.group.id), repo.committeeOf(db, found.group.id)]);
  const seesId = idVisibility(actor);
  const g = found.group;
  return {
    ...summary!,
    phone: g.phone, facebookPage: g.facebookPage, lineOaId: g.lineOaId, website: g.website, learningCentre: g.learningCentre, latitude: g.latitude, longitude: g.longitude,
    members: members.map(({ member, farmer: f }) => ({
      farmerId: f.id, fullName: fullName(f), nationalId: seesId(f.tambonCode) ? f.nationalId : maskNationalId(f.nationalId), nationalIdMasked: !seesId(f.tambonCode),
      address: addressLine(f), joinedOn: member.joinedOn,
    })),
    committee: committee.map(({ seat, farmer: f }) => ({ farmerId: f.id, fullName: fullName(f), role: seat.role as CommitteeRole, title: seat.title })),
  };
}

export async function listGroups(deps: Deps, ctx: Ctx, q: { unit?: string; cohort?: number; q?: string }) {
  const { actor } = ctx;
  requirePermission(actor, 'group.read');
  let area;
  if (q.unit) {
    const unit = await findUnit(deps.db, q.unit);
    requireInScope(actor, 'group.read', unit);
    area = await areaOfUnit(deps.db, unit!);
  }
  return summaries(deps.db, await repo.listGroups(deps.db, { scope: scopeOf(actor, 'group.read'), area, cohort: q.cohort, q: q.q }));
}

export async function getGroup(deps: Deps, ctx: Ctx, id: string) {
  return detail(deps.db, ctx.actor, await groupInScope(deps.db, ctx.actor, 'group.read', id));
}

const fieldsOf = (input: Partial<CreateGroupInput>) => {
  const { id: _i, cohort: _c, version: _v, ...rest } = input as CreateGroupInput & { version?: number };
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
};

/** One model group per tambon and cohort; idempotent on the client id. */
export async function createGroup(deps: Deps, ctx: Ctx, input: CreateGroupInput) {
  const { actor } = ctx;
  requirePermission(actor, 'group.create');
  const same = await repo.findGroup(deps.db, input.id);
  if (same) {
    if (same.group.tambonCode !== input.tambonCode || same.group.cohortYear !== input.cohort || same.group.name !== input.name) {
      throw new AppError('group.id_conflict', 409, { issues: [{ path: 'id', message: 'this id belongs to another group' }] });
    }
    return { created: false, group: await detail(deps.db, actor, same) };
  }
  const unit = await findUnit(deps.db, input.tambonCode);
  if (!unit || unit.kind !== 'tambon' || !unit.active) throw new AppError('group.unknown_tambon', 400, { issues: [{ path: 'tambonCode', message: `no tambon ${input.tambonCode}` }] });
  requireInScope(actor, 'group.create', unit);
  await requireCohort(deps.db, input.cohort);
  const other = await repo.findByTambonCohort(deps.db, input.tambonCode, input.cohort);
  // This very group: an identical request committed since the look-up by id.
  if (other?.id === input.id) throw new LostRace();
  if (other) {
    throw new AppError('group.duplicate_tambon_cohort', 409, { issues: [{ path: 'tambonCode', message: `tambon ${unit.nameTh} already has a model group for cohort ${input.cohort}` }], groupId: other.id });
  }
  const row = await deps.db.transaction(async (tx) => {
    const inserted = await repo.insertGroup(tx, { id: input.id, tambonCode: input.tambonCode, cohortYear: input.cohort, ...fieldsOf(input), name: input.name });
    await audit(tx, ctx, { verb: 'group.create', targetType: 'group', targetId: inserted.id, after: inserted });
    return inserted;
  });
  return { created: true, group: await getGroup(deps, ctx, row.id) };
}

export async function updateGroup(deps: Deps, ctx: Ctx, id: string, input: UpdateGroupInput) {
  const before = await groupInScope(deps.db, ctx.actor, 'group.update', id);
  const row = await deps.db.transaction(async (tx) => {
    const r = await repo.updateGroup(tx, id, input.version, fieldsOf(input));
    if (r) await audit(tx, ctx, { verb: 'group.update', targetType: 'group', targetId: id, before: before.group, after: r });
    return r;
  });
  if (!row) throw stale(await detail(deps.db, ctx.actor, (await repo.findGroup(deps.db, id))!));
  return getGroup(deps, ctx, id);
}

/** Members are farmers the province selected for this group's tambon and cohort, in one group only. */
export async function addMember(deps: Deps, ctx: Ctx, id: string, farmerId: string, given?: string): Promise<{ added: boolean; group: Awaited<ReturnType<typeof detail>> }> {
  const found = await groupInScope(deps.db, ctx.actor, 'group.update', id);
  const today = todayIso();
  // A founding member joins on the founding date; once the group has its president, on the day added.
  const joinedOn = given ?? (!found.formed && found.group.foundedOn && found.group.foundedOn <= today ? found.group.foundedOn : today);
  if (joinedOn > today) throw new AppError('record.future_date', 400, { issues: [{ path: 'joinedOn', message: 'a date in the future' }] });
  if (found.group.foundedOn && joinedOn < found.group.foundedOn) throw new AppError('record.before_group', 400, { issues: [{ path: 'joinedOn', message: `before the group was founded (${found.group.foundedOn})` }] });
  const current = await repo.groupOfFarmer(deps.db, farmerId);
  if (current === id) return { added: false, group: await detail(deps.db, ctx.actor, found) };
  const candidate = await findByFarmerCohort(deps.db, farmerId, found.group.cohortYear);
  if (!candidate || candidate.tambonCode !== found.group.tambonCode || candidate.decision !== 'selected') {
    throw new AppError('group.member_not_selected', 400, { issues: [{ path: 'farmerId', message: "not a farmer the province selected for this group's tambon and cohort" }] });
  }
  if (current) throw new AppError('group.member_elsewhere', 409, { issues: [{ path: 'farmerId', message: 'already a member of another model group' }] });
  await deps.db.transaction(async (tx) => {
    await repo.addMember(tx, id, farmerId, joinedOn);
    await audit(tx, ctx, { verb: 'group.member_add', targetType: 'group', targetId: id, after: { farmerId, joinedOn } });
  });
  return { added: true, group: await getGroup(deps, ctx, id) };
}

export async function removeMember(deps: Deps, ctx: Ctx, id: string, farmerId: string) {
  await groupInScope(deps.db, ctx.actor, 'group.update', id);
  if ((await repo.groupOfFarmer(deps.db, farmerId)) !== id) throw notFound('farmer.not_found');
  await deps.db.transaction(async (tx) => {
    await repo.removeMember(tx, id, farmerId);
    await audit(tx, ctx, { verb: 'group.member_remove', targetType: 'group', targetId: id, before: { farmerId } });
  });
  return getGroup(deps, ctx, id);
}

/** Replaces the committee; every seat is held by a member. A president makes the group formed. */
export async function setCommittee(deps: Deps, ctx: Ctx, id: string, seats: { farmerId: string; role: CommitteeRole; title?: string | null }[]) {
  await groupInScope(deps.db, ctx.actor, 'group.update', id);
  const members = new Set((await repo.membersOf(deps.db, id)).map((m) => m.farmer.id));
  const outsiders = seats.map((s, i) => ({ s, i })).filter(({ s }) => !members.has(s.farmerId));
  if (outsiders.length) {
    throw new AppError('group.committee_not_member', 400, { issues: outsiders.map(({ i }) => ({ path: `${i}.farmerId`, message: 'not a member of this group' })) });
  }
  const seen = new Set<string>();
  const twice = seats.map((s, i) => ({ s, i })).filter(({ s }) => (seen.has(s.farmerId) ? true : (seen.add(s.farmerId), false)));
  if (twice.length) throw new AppError('validation.failed', 400, { issues: twice.map(({ i }) => ({ path: `${i}.farmerId`, message: 'already holds another seat' })) });
  const before = await repo.committeeOf(deps.db, id);
  await deps.db.transaction(async (tx) => {
    await repo.replaceCommittee(tx, id, seats);
    await audit(tx, ctx, { verb: 'group.committee', targetType: 'group', targetId: id, before: before.map((b) => b.seat), after: seats });
  });
  return getGroup(deps, ctx, id);
}
