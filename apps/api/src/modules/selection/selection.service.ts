import { SELECTION_CRITERIA, maskNationalId, todayIso } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import type { Executor } from '../../db/client';
import { audit, type Ctx } from '../../lib/audit';
import { requireInScope, requirePermission, scopeOf, unitInScope, type Actor } from '../../lib/authz';
import { LostRace } from '../../lib/db-errors';
import { AppError, notFound, stale } from '../../lib/errors';
import { farmerInScope, idVisibility } from '../farmers/farmers.service';
import { activitiesText } from '../farmers/farmers.sheet';
import { addressLine, fullName } from '../farmers/farmers.rules';
import { areaOfUnit, COUNTRY, findUnit, findUnits } from '../geo/units';
import { findCohort, listAssignments } from '../program/program.repo';
import { isMemberOfAnyGroup } from '../groups/groups.repo';
import { usersWithRoleOn } from '../notifications/notifications.repo';
import type { ProposeInput } from './selection.schemas';
import * as repo from './selection.repo';

type Deps = Pick<ModuleDeps, 'db'>;
type NotifyDeps = Pick<ModuleDeps, 'db' | 'notifier'>;
type Criteria = ProposeInput['criteria'];

const criteriaColumns = (c: Criteria) => ({
  pondDug: c.pondDug.met, pondDugRemark: c.pondDug.notes ?? null,
  sameProducts: c.sameProducts.met, sameProductsRemark: c.sameProducts.notes ?? null,
  sharedIdeas: c.sharedIdeas.met, sharedIdeasRemark: c.sharedIdeas.notes ?? null,
  readyAndAble: c.readyAndAble.met, readyAndAbleRemark: c.readyAndAble.notes ?? null,
});

const criteriaOf = (c: repo.CandidateRow): Criteria =>
  Object.fromEntries(SELECTION_CRITERIA.map((k) => [k, { met: c[k], notes: c[`${k}Remark`] }])) as Criteria;

function present(actor: Actor, rows: { candidate: repo.CandidateRow; farmer: repo.FarmerRow }[]) {
  const seesId = idVisibility(actor);
  return rows.map(({ candidate: c, farmer: f }) => ({
    id: c.id, cohort: c.cohortYear, tambonCode: c.tambonCode,
    farmer: {
      id: f.id, fullName: fullName(f), nationalId: seesId(f.tambonCode) ? f.nationalId : maskNationalId(f.nationalId), nationalIdMasked: !seesId(f.tambonCode),
      address: addressLine(f), pondDug: f.pondDug, pondYear: f.pondYear, activities: activitiesText(f.activities ?? []),
    },
    criteria: criteriaOf(c),
    proposal: c.proposal as 'proposed' | 'not_proposed',
    proposedAt: c.proposedAt.toISOString(),
    decision: c.decision as 'selected' | 'not_selected' | null,
    decisionReason: c.decisionReason,
    decidedAt: c.decidedAt?.toISOString() ?? null,
    version: c.version,
  }));
}

export async function requireCohort(db: Executor, cohort: number, path = 'cohort') {
  if (!(await findCohort(db, cohort))) throw new AppError('program.cohort_not_found', 404, { issues: [{ path, message: `no cohort ${cohort}` }] });
}

/** Candidates of one tambon and cohort (form กท.01), with the counts. */
export async function listSelection(deps: Deps, ctx: Ctx, q: { tambon: string; cohort: number }) {
  const unit = await findUnit(deps.db, q.tambon);
  requireInScope(ctx.actor, 'selection.read', unit?.kind === 'tambon' ? unit : null);
  await requireCohort(deps.db, q.cohort);
  const rows = await repo.listForTambon(deps.db, q.tambon, q.cohort);
  const candidates = present(ctx.actor, rows);
  return {
    tambon: { code: unit!.code, nameTh: unit!.nameTh, nameEn: unit!.nameEn },
    cohort: q.cohort,
    candidates,
    summary: {
      candidates: candidates.length,
      proposed: candidates.filter((c) => c.proposal === 'proposed').length,
      selected: candidates.filter((c) => c.decision === 'selected').length,
      notSelected: candidates.filter((c) => c.decision === 'not_selected').length,
      undecided: candidates.filter((c) => c.proposal === 'proposed' && !c.decision).length,
    },
  };
}

async function candidateInScope(db: Executor, actor: Actor, permission: 'selection.read' | 'selection.propose' | 'selection.decide', id: string) {
  requirePermission(actor, permission);
  const c = await repo.findCandidate(db, id);
  if (!c || !unitInScope(scopeOf(actor, permission), { code: c.tambonCode, kind: 'tambon' })) throw notFound();
  return c;
}

/**
 * The province hears of a new proposal in its bell (issue 15): one notification per tambon,
 * cohort and day, however many farmers the district proposes that day.
 */
async function notifyProvince(deps: NotifyDeps, tambonCode: string, cohort: number) {
  const province = tambonCode.slice(0, 2);
  const users = await usersWithRoleOn(deps.db, [province], ['province']);
  if (!users.length) return;
  const tambon = await findUnit(deps.db, tambonCode);
  const waiting = (await repo.waitingByTambon(deps.db, { all: false, prefixes: [tambonCode], agencies: [], groups: [] }, cohort))[0]?.waiting ?? 1;
  await deps.notifier.notify(deps.db, users.map((u) => u.id), {
    kind: 'selection.proposed',
    title: `อำเภอเสนอเกษตรกร ต.${tambon?.nameTh ?? tambonCode} รุ่น ${cohort} รอจังหวัดตัดสิน`,
    body: `ตำบล${tambon?.nameTh ?? tambonCode} มีผู้สมัครรอการตัดสิน ${waiting} ราย`,
    link: `/selection?cohort=${cohort}&area=${tambonCode}`,
    dedupeKey: `selection.proposed:${tambonCode}:${cohort}:${todayIso()}`,
  });
}

async function presentOne(db: Executor, actor: Actor, id: string) {
  return present(actor, [(await repo.findWithFarmer(db, id))!])[0]!;
}

/** The district proposes a farmer of its area as a candidate (idempotent on the client id). */
export async function propose(deps: NotifyDeps, ctx: Ctx, input: ProposeInput): Promise<{ created: boolean; candidate: ReturnType<typeof present>[number] }> {
  const { actor } = ctx;
  requirePermission(actor, 'selection.propose');
  const existing = await repo.findCandidate(deps.db, input.id);
  if (existing) {
    if (existing.farmerId !== input.farmerId || existing.cohortYear !== input.cohort) throw new AppError('selection.id_conflict', 409, { issues: [{ path: 'id', message: 'this id belongs to another candidate' }] });
    return { created: false, candidate: await presentOne(deps.db, actor, existing.id) };
  }
  await requireCohort(deps.db, input.cohort);
  let f;
  try {
    f = await farmerInScope(deps.db, actor, 'farmer.read', input.farmerId);
  } catch {
    throw new AppError('farmer.not_found', 404, { issues: [{ path: 'farmerId', message: 'no such farmer in your area' }] });
  }
  requireInScope(actor, 'selection.propose', { code: f.tambonCode, kind: 'tambon' }, 'farmer.not_found');
  const same = await repo.findByFarmerCohort(deps.db, f.id, input.cohort);
  // This very candidate: an identical request committed since the look-up by id.
  if (same?.id === input.id) throw new LostRace();
  if (same) {
    throw new AppError('selection.duplicate', 409, { issues: [{ path: 'farmerId', message: 'already a candidate for this cohort' }] });
  }
  const row = await deps.db.transaction(async (tx) => {
    const inserted = await repo.insertCandidate(tx, {
      id: input.id, cohortYear: input.cohort, tambonCode: f.tambonCode, farmerId: f.id, ...criteriaColumns(input.criteria),
      proposal: input.proposal, proposedBy: actor.userId,
    });
    await audit(tx, ctx, { verb: 'selection.propose', targetType: 'selection_candidate', targetId: inserted.id, after: inserted });
    return inserted;
  });
  // After the commit: a delivery (e-mail, LINE) never holds the transaction open.
  if (row.proposal === 'proposed') await notifyProvince(deps, row.tambonCode, row.cohortYear);
  return { created: true, candidate: await presentOne(deps.db, actor, row.id) };
}

/** Corrections by the district while the province has not decided. */
export async function updateCandidate(deps: NotifyDeps, ctx: Ctx, id: string, input: { criteria?: Criteria; proposal?: 'proposed' | 'not_proposed'; version: number }) {
  const before = await candidateInScope(deps.db, ctx.actor, 'selection.propose', id);
  if (before.decision) throw new AppError('selection.decided', 409, { issues: [{ path: 'decision', message: 'the province has decided already' }] });
  const row = await deps.db.transaction(async (tx) => {
    const r = await repo.updateCandidate(tx, id, input.version, { ...(input.criteria ? criteriaColumns(input.criteria) : {}), ...(input.proposal ? { proposal: input.proposal } : {}) });
    if (r) await audit(tx, ctx, { verb: 'selection.update', targetType: 'selection_candidate', targetId: id, before, after: r });
    return r;
  });
  if (!row) throw stale(await presentOne(deps.db, ctx.actor, id));
  if (row.proposal === 'proposed' && before.proposal !== 'proposed') await notifyProvince(deps, row.tambonCode, row.cohortYear);
  return presentOne(deps.db, ctx.actor, id);
}

/** The province selects or does not select a proposed candidate; pond not dug → never selected. */
export async function decide(deps: Deps, ctx: Ctx, id: string, input: { decision: 'selected' | 'not_selected'; reason?: string | null; version: number }) {
  const before = await candidateInScope(deps.db, ctx.actor, 'selection.decide', id);
  if (input.decision === 'selected') {
    if (!before.pondDug) throw new AppError('selection.pond_not_dug', 409, { issues: [{ path: 'decision', message: 'criterion 1 (pond dug by the Land Development Department) is not met' }] });
    if (before.proposal !== 'proposed') throw new AppError('selection.not_proposed', 409, { issues: [{ path: 'decision', message: 'the district did not propose this candidate' }] });
  } else if (before.decision === 'selected' && (await isMemberOfAnyGroup(deps.db, before.farmerId))) {
    throw new AppError('selection.in_group', 409, { issues: [{ path: 'decision', message: 'the farmer is a member of a model group; remove them first' }] });
  }
  const row = await deps.db.transaction(async (tx) => {
    const r = await repo.updateCandidate(tx, id, input.version, {
      decision: input.decision, decisionReason: input.decision === 'selected' ? (input.reason ?? null) : input.reason!, decidedBy: ctx.actor.userId, decidedAt: new Date(),
    });
    if (r) await audit(tx, ctx, { verb: 'selection.decide', targetType: 'selection_candidate', targetId: id, before, after: r });
    return r;
  });
  if (!row) throw stale(await presentOne(deps.db, ctx.actor, id));
  return presentOne(deps.db, ctx.actor, id);
}

/** Per province of the unit's area: tambons with candidates, selected farmers, groups formed. */
export async function summary(deps: Deps, ctx: Ctx, q: { unit?: string; cohort: number }) {
  const { actor } = ctx;
  requirePermission(actor, 'selection.read');
  await requireCohort(deps.db, q.cohort);
  const scope = scopeOf(actor, 'selection.read');
  const unit = q.unit ? await findUnit(deps.db, q.unit) : scope.all ? COUNTRY : null;
  const target = unit ?? (await findUnit(deps.db, actor.grants.find((g) => g.unitKind !== 'group')?.unitCode ?? 'TH'));
  requireInScope(actor, 'selection.read', target);
  const area = await areaOfUnit(deps.db, target!);
  const rows = await repo.summaryByProvince(deps.db, q.cohort, area.all ? null : area.prefixes);
  const names = await findUnits(deps.db, rows.map((r) => r.province));
  const agencyOf = new Map((await listAssignments(deps.db)).map((a) => [a.provinceCode, a.agencyCode]));
  const provinces = rows.map((r) => ({
    code: r.province, nameTh: names.get(r.province)?.nameTh ?? r.province, nameEn: names.get(r.province)?.nameEn ?? null, agencyCode: agencyOf.get(r.province) ?? null,
    tambonsWithCandidates: r.tambonsWithCandidates, candidates: r.candidates, selected: r.selected, groups: r.groups, groupsFormed: r.groupsFormed,
  }));
  const sum = (k: keyof repo.ProvinceSummary) => rows.reduce((n, r) => n + Number(r[k]), 0);
  return {
    unit: { code: target!.code, nameTh: target!.nameTh },
    cohort: q.cohort,
    provinces,
    totals: { tambonsWithCandidates: sum('tambonsWithCandidates'), candidates: sum('candidates'), selected: sum('selected'), groups: sum('groups'), groupsFormed: sum('groupsFormed') },
  };
}

/** Tambons of the caller's area with candidates waiting for the province's decision, with counts (issue 15). */
export async function waiting(deps: Deps, ctx: Ctx, q: { cohort?: number }) {
  requirePermission(ctx.actor, 'selection.read');
  if (q.cohort) await requireCohort(deps.db, q.cohort);
  const rows = await repo.waitingByTambon(deps.db, scopeOf(ctx.actor, 'selection.read'), q.cohort);
  return { tambons: rows.map((r) => ({ code: r.code, nameTh: r.nameTh, nameEn: r.nameEn, districtNameTh: r.districtTh, cohort: r.cohort, waiting: r.waiting, candidates: r.candidates })) };
}

/**
 * The province selects several candidates at once (issue 15): one transaction, one audit row per
 * candidate; any candidate outside the scope (404), not proposed, without criterion 1, or changed
 * since the province saw it (409) refuses the whole batch, naming it.
 */
export async function decideMany(deps: Deps, ctx: Ctx, input: { decision: 'selected'; candidates: { id: string; version: number }[] }) {
  const { actor } = ctx;
  requirePermission(actor, 'selection.decide');
  const scope = scopeOf(actor, 'selection.decide');
  const ids = await deps.db.transaction(async (tx) => {
    for (const [i, c] of input.candidates.entries()) {
      const path = `candidates.${i}.id`;
      const before = await repo.findCandidate(tx, c.id);
      if (!before || !unitInScope(scope, { code: before.tambonCode, kind: 'tambon' })) throw new AppError('record.not_found', 404, { issues: [{ path, message: 'no such candidate in your area' }] });
      if (!before.pondDug) throw new AppError('selection.pond_not_dug', 409, { issues: [{ path, message: 'criterion 1 (pond dug) is not met' }] });
      if (before.proposal !== 'proposed') throw new AppError('selection.not_proposed', 409, { issues: [{ path, message: 'the district did not propose this candidate' }] });
      const r = await repo.updateCandidate(tx, c.id, c.version, { decision: 'selected', decisionReason: null, decidedBy: actor.userId, decidedAt: new Date() });
      if (!r) throw new AppError('record.stale', 409, { issues: [{ path: `candidates.${i}.version`, message: `changed since (now version ${before.version})` }] });
      await audit(tx, ctx, { verb: 'selection.decide', targetType: 'selection_candidate', targetId: c.id, before, after: r });
    }
    return input.candidates.map((c) => c.id);
  });
  const out = [];
  for (const id of ids) out.push(await presentOne(deps.db, actor, id));
  return { decided: out.length, candidates: out };
}
