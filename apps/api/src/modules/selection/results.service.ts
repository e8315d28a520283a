import { inArray } from 'drizzle-orm';
import { ROLE_PERMISSIONS, type ReportState } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import type { Executor } from '../../db/client';
import { appUser } from '../../db/schema';
import { audit, type Ctx } from '../../lib/audit';
import { requireInScope, requirePermission, scopeOf, unitInScope, type Actor } from '../../lib/authz';
import { AppError, notFound, stale } from '../../lib/errors';
import { agencyOfProvince, COUNTRY, findUnit, type OrgUnit } from '../geo/units';
import { usersWithRoleOn } from '../notifications/notifications.repo';
import { listAgencies, listAssignments } from '../program/program.repo';
import { editable, transition, type ReportAction } from '../reports/reports.rules';
import { requireCohort } from './selection.service';
import { selectionContent } from './results.content';
import type { SelectionContent } from './results.schemas';
import * as repo from './results.repo';

/**
 * Selection results sent up (issue 13, step 1: "ส่งให้หน่วยงานเจ้าภาพหลัก … เพื่อสรุปผลรายงานต่อ
 * คณะอนุกรรมการ"): the province submits its result for a cohort to its host agency, which accepts
 * it or returns it with a reason; the agency submits its summary of its provinces to the ministry.
 * The monthly reports' rules: the unit's own users submit, the level above decides, every
 * submission is a frozen version, an edit carries the version read.
 */
type Deps = Pick<ModuleDeps, 'db' | 'notifier'>;

const owns = (actor: Actor, unitCode: string) => actor.grants.some((g) => g.unitCode === unitCode && ROLE_PERMISSIONS[g.role].includes('selection.report'));

/** Who receives a unit's result: the province's host agency, or the country (the ministry) for an agency. */
async function receiverOf(db: Executor, unit: OrgUnit): Promise<OrgUnit | null> {
  if (unit.kind === 'agency') return COUNTRY;
  const code = await agencyOfProvince(db, unit.code);
  return code ? findUnit(db, code) : null;
}

async function mayReview(db: Executor, actor: Actor, unit: OrgUnit): Promise<boolean> {
  if (owns(actor, unit.code)) return false;
  const to = await receiverOf(db, unit);
  return !!to && unitInScope(scopeOf(actor, 'selection.review'), to);
}

async function names(db: Executor, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (!wanted.length) return new Map<string, string>();
  return new Map((await db.select({ id: appUser.id, name: appUser.displayName }).from(appUser).where(inArray(appUser.id, wanted))).map((u) => [u.id, u.name]));
}

async function present(db: Executor, actor: Actor, r: repo.ResultRow, unit: OrgUnit) {
  const versions = await repo.versionsOf(db, r.id);
  const who = await names(db, versions.flatMap((v) => [v.submittedBy, v.decidedBy]));
  const state = r.state as ReportState;
  const latest = versions.at(-1);
  const to = await receiverOf(db, unit);
  return {
    id: r.id, unit: { code: unit.code, kind: unit.kind, nameTh: unit.nameTh }, sentTo: to ? { code: to.code, nameTh: to.nameTh } : null, cohort: r.cohortYear, state,
    notes: r.notes, returnReason: state === 'returned' ? r.returnReason : null,
    firstSubmittedAt: r.firstSubmittedAt?.toISOString() ?? null, lastSubmittedAt: r.lastSubmittedAt?.toISOString() ?? null,
    content: editable(state) || !latest ? await selectionContent(db, unit, r.cohortYear) : (latest.snapshot as SelectionContent),
    can: { submit: transition(state, 'submit') !== null && owns(actor, unit.code), review: state === 'submitted' && (await mayReview(db, actor, unit)) },
    versions: versions.map((v) => ({
      number: v.number, submittedAt: v.submittedAt.toISOString(), submittedBy: who.get(v.submittedBy ?? '') ?? null, notes: v.notes,
      decision: v.decision as 'accepted' | 'returned' | null, decidedAt: v.decidedAt?.toISOString() ?? null, decidedBy: who.get(v.decidedBy ?? '') ?? null, reason: v.reason,
    })),
    version: r.version,
  };
}

async function ensure(deps: Deps, ctx: Ctx, unit: OrgUnit, cohort: number) {
  return deps.db.transaction(async (tx) => {
    const r = await repo.ensureDraft(tx, unit.code, unit.kind as 'province' | 'agency', cohort);
    if (r.created) await audit(tx, ctx, { verb: 'selection_result.draft', targetType: 'selection_result', targetId: r.row.id, after: r.row });
    return r.row;
  });
}

/**
 * A province's result (drafted on first sight), or every result in my scope: my own unit's
 * (drafted), and the others that have been sent; with every unit of my scope and where it stands.
 */
export async function listResults(deps: Deps, ctx: Ctx, q: { province?: string; cohort: number }) {
  const { actor } = ctx;
  requirePermission(actor, 'selection.read');
  await requireCohort(deps.db, q.cohort);
  const scope = scopeOf(actor, 'selection.read');
  if (q.province) {
    const unit = await findUnit(deps.db, q.province);
    requireInScope(actor, 'selection.read', unit?.kind === 'province' ? unit : null);
    const row = await ensure(deps, ctx, unit!, q.cohort);
    const units = [{ code: unit!.code, nameTh: unit!.nameTh, level: 'province' as const, agencyCode: await agencyOfProvince(deps.db, unit!.code), resultId: row.id, state: row.state as ReportState, firstSubmittedAt: row.firstSubmittedAt?.toISOString() ?? null }];
    return { cohort: q.cohort, results: [await present(deps.db, actor, row, unit!)], units };
  }
  const provinces = (await listAssignments(deps.db)).filter((p) => unitInScope(scope, { code: p.provinceCode, kind: 'province' }));
  const agencies = (await listAgencies(deps.db)).filter((a) => unitInScope(scope, { code: a.code, kind: 'agency' }));
  const all = [
    ...agencies.map((a) => ({ code: a.code, nameTh: a.nameTh, level: 'agency' as const, agencyCode: a.code })),
    ...provinces.map((p) => ({ code: p.provinceCode, nameTh: p.nameTh, level: 'province' as const, agencyCode: p.agencyCode })),
  ];
  const mine = all.filter((u) => owns(actor, u.code));
  for (const u of mine) await ensure(deps, ctx, { code: u.code, kind: u.level, nameTh: u.nameTh, nameEn: null, parentCode: null, active: true }, q.cohort);
  const rows = new Map((await repo.resultsOf(deps.db, all.map((u) => u.code), q.cohort)).map((r) => [r.unitCode, r]));
  const shown = all.filter((u) => rows.has(u.code) && (owns(actor, u.code) || rows.get(u.code)!.state !== 'draft'));
  const results = [];
  for (const u of shown) results.push(await present(deps.db, actor, rows.get(u.code)!, { code: u.code, kind: u.level, nameTh: u.nameTh, nameEn: null, parentCode: null, active: true }));
  return {
    cohort: q.cohort,
    results,
    units: all.map((u) => {
      const r = rows.get(u.code);
      return { ...u, resultId: r?.id ?? null, state: (r?.state as ReportState | undefined) ?? null, firstSubmittedAt: r?.firstSubmittedAt?.toISOString() ?? null };
    }),
  };
}

/** A result the actor may read, with its unit, or 404. */
async function readable(db: Executor, actor: Actor, id: string): Promise<{ r: repo.ResultRow; unit: OrgUnit }> {
  requirePermission(actor, 'selection.read');
  const r = await repo.findResult(db, id);
  const unit = r ? await findUnit(db, r.unitCode) : null;
  if (!r || !unit || !unitInScope(scopeOf(actor, 'selection.read'), unit)) throw notFound('selection.result_not_found');
  return { r, unit };
}

export async function getResult(deps: Deps, ctx: Ctx, id: string) {
  const { r, unit } = await readable(deps.db, ctx.actor, id);
  return present(deps.db, ctx.actor, r, unit);
}

async function act(deps: Deps, ctx: Ctx, id: string, action: ReportAction, input: { version: number; reason?: string; notes?: string }) {
  const { actor } = ctx;
  const { r, unit } = await readable(deps.db, actor, id);
  if (action === 'submit') {
    requirePermission(actor, 'selection.report');
    if (!owns(actor, r.unitCode)) throw new AppError('selection.result_not_own', 403);
  } else {
    requirePermission(actor, 'selection.review');
    if (!(await mayReview(deps.db, actor, unit))) throw new AppError('authz.forbidden', 403, undefined, owns(actor, r.unitCode) ? 'A unit does not accept or return its own result' : undefined);
  }
  if (r.version !== input.version) throw stale(await present(deps.db, actor, r, unit));
  const next = transition(r.state as ReportState, action);
  if (!next) throw new AppError('selection.result_bad_state', 409, { issues: [{ path: 'state', message: `cannot ${action} a ${r.state} result` }] });
  const now = new Date();
  const snapshot = action === 'submit' ? await selectionContent(deps.db, unit, r.cohortYear) : null;
  const notes = action === 'submit' ? (input.notes ?? r.notes ?? null) : r.notes;
  const row = await deps.db.transaction(async (tx) => {
    let patch: Parameters<typeof repo.updateResult>[3];
    if (action === 'submit') {
      const number = r.submittedVersions + 1;
      await repo.insertVersion(tx, { resultId: id, number, snapshot: snapshot!, notes, submittedBy: actor.userId, submittedAt: now });
      patch = { state: next, notes, submittedVersions: number, firstSubmittedAt: r.firstSubmittedAt ?? now, lastSubmittedAt: now, returnReason: null };
    } else {
      await repo.decideVersion(tx, id, r.submittedVersions, action === 'accept' ? 'accepted' : 'returned', actor.userId, input.reason ?? null);
      patch = { state: next, decidedAt: now, returnReason: action === 'return' ? input.reason! : null };
    }
    const u = await repo.updateResult(tx, id, input.version, patch);
    if (!u) return null;
    await audit(tx, ctx, { verb: `selection_result.${action}`, targetType: 'selection_result', targetId: id, before: { state: r.state, version: r.version }, after: { state: next, reason: input.reason ?? null } });
    return u;
  });
  if (!row) throw stale(await present(deps.db, actor, (await repo.findResult(deps.db, id))!, unit));
  await tell(deps, row, unit, action, input.reason);
  return present(deps.db, actor, row, unit);
}

/** Who hears of it: the receiver of a submission, the unit's own users of a decision. */
async function tell(deps: Deps, r: repo.ResultRow, unit: OrgUnit, action: ReportAction, reason?: string) {
  const to = await receiverOf(deps.db, unit);
  const link = `/selection/results?cohort=${r.cohortYear}&unit=${unit.code}`;
  const title = `ผลการคัดเลือกเกษตรกร รุ่นปี พ.ศ. ${r.cohortYear} ${unit.nameTh}`;
  const key = `selection_result:${r.id}:v${r.submittedVersions}`;
  if (action === 'submit' && to) {
    const reviewers = await usersWithRoleOn(deps.db, [to.code], to.kind === 'country' ? ['ministry'] : ['agency']);
    await deps.notifier.notify(deps.db, reviewers.map((u) => u.id), { kind: 'selection.submitted', title, body: `${unit.nameTh} ส่งผลการคัดเลือกแล้ว รอการตรวจรับ`, link, dedupeKey: `${key}:submitted` });
    return;
  }
  const own = await usersWithRoleOn(deps.db, [r.unitCode], [unit.kind === 'agency' ? 'agency' : 'province']);
  if (action === 'accept') await deps.notifier.notify(deps.db, own.map((u) => u.id), { kind: 'selection.accepted', title, body: 'ผลการคัดเลือกได้รับการตรวจรับแล้ว', link, dedupeKey: `${key}:accepted` });
  if (action === 'return') await deps.notifier.notify(deps.db, own.map((u) => u.id), { kind: 'selection.returned', title, body: `ส่งกลับให้แก้ไข: ${reason}`, link, dedupeKey: `${key}:returned` });
}

export const submitResult = (deps: Deps, ctx: Ctx, id: string, input: { version: number; notes?: string }) => act(deps, ctx, id, 'submit', input);
export const acceptResult = (deps: Deps, ctx: Ctx, id: string, input: { version: number }) => act(deps, ctx, id, 'accept', input);
export const returnResult = (deps: Deps, ctx: Ctx, id: string, input: { version: number; reason: string }) => act(deps, ctx, id, 'return', input);

/** One unit's result (a province's, or an agency's summary) for printing: the same scope checks and numbers as the screen. */
export async function resultOfUnit(deps: Deps, ctx: Ctx, unitCode: string, cohort: number, kind: 'province' | 'agency') {
  requirePermission(ctx.actor, 'selection.read');
  await requireCohort(deps.db, cohort);
  const unit = await findUnit(deps.db, unitCode);
  requireInScope(ctx.actor, 'selection.read', unit?.kind === kind ? unit : null);
  return present(deps.db, ctx.actor, await ensure(deps, ctx, unit!, cohort), unit!);
}
