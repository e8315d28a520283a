import { inArray } from 'drizzle-orm';
import { ROLE_PERMISSIONS, formatMonth, todayIso, type ReportState } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import type { Executor } from '../../db/client';
import { appUser } from '../../db/schema';
import { audit, type Ctx } from '../../lib/audit';
import { requireInScope, requirePermission, scopeOf, unitInScope, type Actor } from '../../lib/authz';
import { AppError, notFound, stale } from '../../lib/errors';
import { agencyOfProvince, findUnit, type OrgUnit } from '../geo/units';
import { listAssignments, listCohorts } from '../program/program.repo';
import { usersWithRoleOn } from '../notifications/notifications.repo';
import { computeContent, type ReportContent } from './reports.content';
import * as repo from './reports.repo';
import { dueDate, editable, onTime, periodProblem, reviewerOf, sumDocuments, transition, type ReportAction } from './reports.rules';

type Deps = Pick<ModuleDeps, 'db' | 'notifier'>;

/** The month before the first cohort's year: nothing can be reported before the program. */
export async function programStart(db: Executor): Promise<string> {
  const first = (await listCohorts(db))[0]?.yearBe ?? 2565;
  return `${first - 543}-01-01`;
}

export async function checkPeriod(db: Executor, period: string) {
  const problem = periodProblem(period, todayIso(), await programStart(db));
  if (problem) throw new AppError('report.bad_period', 400, { issues: [{ path: 'period', message: problem }] });
}

/** The report definitions a unit reports on (district, province or agency level, when enabled). */
async function definitionsFor(db: Executor, unit: OrgUnit) {
  return (await repo.definitions(db)).filter((d) => d.enabled && d.fromLevel === unit.kind);
}

/** The unit one level above, which accepts or returns the report (reviewerOf, the agency read when it is the one). */
async function reviewerUnit(db: Executor, def: repo.DefinitionRow, unitCode: string): Promise<string | null> {
  return reviewerOf(def.toLevel, { code: unitCode, agencyCode: def.toLevel === 'agency' ? await agencyOfProvince(db, unitCode) : null });
}

/** A user of the unit itself: holds a submitting role granted on exactly this unit. */
const ownsUnit = (actor: Actor, unitCode: string) =>
  actor.grants.some((g) => g.unitCode === unitCode && ROLE_PERMISSIONS[g.role].includes('report.submit'));

async function mayReview(db: Executor, actor: Actor, def: repo.DefinitionRow, r: repo.ReportRow): Promise<boolean> {
  if (ownsUnit(actor, r.unitCode)) return false;
  const parent = await reviewerUnit(db, def, r.unitCode);
  if (!parent) return false;
  const unit = parent === 'TH' ? { code: 'TH', kind: 'country' as const } : await findUnit(db, parent);
  return !!unit && unitInScope(scopeOf(actor, 'report.review'), unit);
}

/** A host agency's กท.05: its provinces' accepted reports added up, and who has not reported. */
async function agencyContent(db: Executor, unit: OrgUnit, period: string): Promise<ReportContent> {
  const provinces = (await listAssignments(db)).filter((a) => a.agencyCode === unit.code).map((a) => ({ code: a.provinceCode, nameTh: a.nameTh }));
  const accepted = await repo.acceptedSnapshots(db, 'province', provinces.map((p) => p.code), period);
  const states = await repo.reportsOfUnits(db, 'province', provinces.map((p) => p.code), period, period);
  const summed = sumDocuments(accepted.map((a) => a.snapshot as ReportContent));
  const empty: ReportContent = {
    unit: { code: unit.code, kind: unit.kind, nameTh: unit.nameTh }, period, computedAt: '', cohorts: [],
    learning: { sessions: { month: 0, total: 0 }, attendance: { month: 0, total: 0 } }, production: [], productionValue: { month: 0, total: 0 },
    sales: [], salesTotal: { sale: { month: 0, total: 0 }, exchange: { month: 0, total: 0 } }, enterprises: { month: 0, total: 0 },
  };
  return {
    ...(summed ?? empty),
    unit: { code: unit.code, kind: unit.kind, nameTh: unit.nameTh },
    period,
    computedAt: new Date().toISOString(),
    provinces: provinces.map((p) => {
      const st = states.find((s) => s.unitCode === p.code);
      return { code: p.code, nameTh: p.nameTh, state: (st?.state as ReportState | undefined) ?? null, accepted: accepted.some((a) => a.unitCode === p.code) };
    }),
  };
}

async function liveContent(db: Executor, unit: OrgUnit, period: string): Promise<ReportContent> {
  return unit.kind === 'agency' ? agencyContent(db, unit, period) : computeContent(db, unit, period);
}

/** What presenting a report needs besides its row: its definition and its unit (read once per request). */
interface Held {
  def: repo.DefinitionRow;
  unit: OrgUnit;
}

async function present(db: Executor, actor: Actor, r: repo.ReportRow, { def, unit }: Held, withSnapshots = false) {
  const versions = await repo.versionsOf(db, r.id);
  const names = await usernames(db, versions.flatMap((v) => [v.submittedBy, v.decidedBy]));
  const latest = versions.at(-1);
  const due = dueDate(r.period, def.dueDay);
  const state = r.state as ReportState;
  return {
    id: r.id,
    definition: { code: def.code, nameTh: def.nameTh, nameEn: def.nameEn, toLevel: def.toLevel, dueDay: def.dueDay },
    unit: { code: unit.code, kind: unit.kind, nameTh: unit.nameTh },
    period: r.period, state, dueOn: due,
    onTime: r.firstSubmittedAt ? onTime(r.firstSubmittedAt, due) : null,
    firstSubmittedAt: r.firstSubmittedAt?.toISOString() ?? null,
    returnReason: state === 'returned' ? r.returnReason : null,
    narrative: r.narrative,
    content: editable(state) || !latest ? await liveContent(db, unit, r.period) : (latest.snapshot as ReportContent),
    can: {
      edit: editable(state) && ownsUnit(actor, r.unitCode),
      submit: transition(state, 'submit') !== null && ownsUnit(actor, r.unitCode),
      review: state === 'submitted' && (await mayReview(db, actor, def, r)),
    },
    versions: versions.map((v) => ({
      number: v.number, submittedAt: v.submittedAt.toISOString(), submittedBy: names.get(v.submittedBy ?? '') ?? null,
      decision: v.decision as 'accepted' | 'returned' | null, decidedAt: v.decidedAt?.toISOString() ?? null, decidedBy: names.get(v.decidedBy ?? '') ?? null,
      reason: v.reason, ...(withSnapshots ? { snapshot: v.snapshot as ReportContent, narrative: v.narrative } : {}),
    })),
    version: r.version,
  };
}

async function usernames(db: Executor, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (!wanted.length) return new Map<string, string>();
  return new Map((await db.select({ id: appUser.id, name: appUser.displayName }).from(appUser).where(inArray(appUser.id, wanted))).map((u) => [u.id, u.name]));
}

/** A unit's reports for a month, drafted on first sight; the numbers are live until submitted. */
export async function reportsOf(deps: Deps, ctx: Ctx, q: { unit: string; period: string }) {
  const { actor } = ctx;
  requirePermission(actor, 'report.read');
  const unit = await findUnit(deps.db, q.unit);
  requireInScope(actor, 'report.read', unit);
  await checkPeriod(deps.db, q.period);
  const defs = await definitionsFor(deps.db, unit!);
  if (!defs.length) throw new AppError('report.not_reporting_unit', 400, { issues: [{ path: 'unit', message: `${unit!.nameTh} does not report (or its report is switched off)` }] });
  const reports = [];
  for (const def of defs) {
    const row = await deps.db.transaction(async (tx) => {
      const r = await repo.ensureDraft(tx, def.code, unit!.code, q.period);
      if (r.created) await audit(tx, ctx, { verb: 'report.draft', targetType: 'report', targetId: r.row.id, after: r.row });
      return r.row;
    });
    reports.push(await present(deps.db, actor, row, { def, unit: unit! }));
  }
  return { unit: { code: unit!.code, nameTh: unit!.nameTh }, period: q.period, reports };
}

/** A report the actor may read, with its unit and definition, or 404. */
async function readable(db: Executor, actor: Actor, id: string): Promise<Held & { r: repo.ReportRow }> {
  requirePermission(actor, 'report.read');
  const r = await repo.findReport(db, id);
  const unit = r ? await findUnit(db, r.unitCode) : null;
  if (!r || !unit || !unitInScope(scopeOf(actor, 'report.read'), unit)) throw notFound('report.not_found');
  const def = (await repo.definitions(db)).find((d) => d.code === r.definitionCode)!;
  return { r, unit, def };
}

export async function getReport(deps: Deps, ctx: Ctx, id: string) {
  const { r, ...held } = await readable(deps.db, ctx.actor, id);
  return present(deps.db, ctx.actor, r, held, true);
}

/** The unit's own users keep the narrative while they hold the report. */
export async function updateNarrative(deps: Deps, ctx: Ctx, id: string, input: { narrative: Record<string, string | undefined>; version: number }) {
  const { r, ...held } = await readable(deps.db, ctx.actor, id);
  requirePermission(ctx.actor, 'report.submit');
  if (!ownsUnit(ctx.actor, r.unitCode)) throw new AppError('report.not_own', 403);
  if (!editable(r.state as ReportState)) throw new AppError('report.bad_state', 409, { issues: [{ path: 'state', message: `a ${r.state} report cannot change` }] });
  const narrative = Object.fromEntries(Object.entries({ ...r.narrative, ...input.narrative }).filter(([, v]) => v !== undefined)) as Record<string, string>;
  const row = await deps.db.transaction(async (tx) => {
    const u = await repo.updateReport(tx, id, input.version, { narrative });
    if (u) await audit(tx, ctx, { verb: 'report.narrative', targetType: 'report', targetId: id, before: r.narrative, after: narrative });
    return u;
  });
  if (!row) throw stale(await present(deps.db, ctx.actor, (await repo.findReport(deps.db, id))!, held));
  return present(deps.db, ctx.actor, row, held);
}

async function act(deps: Deps, ctx: Ctx, id: string, action: ReportAction, input: { version: number; reason?: string }) {
  const { actor } = ctx;
  const { r, ...held } = await readable(deps.db, actor, id);
  const { def, unit } = held;
  if (action === 'submit') {
    requirePermission(actor, 'report.submit');
    if (!ownsUnit(actor, r.unitCode)) throw new AppError('report.not_own', 403);
  } else {
    requirePermission(actor, 'report.review');
    if (!(await mayReview(deps.db, actor, def, r))) throw new AppError('authz.forbidden', 403, undefined, ownsUnit(actor, r.unitCode) ? 'A unit does not accept or return its own report' : undefined);
  }
  if (r.version !== input.version) throw stale(await present(deps.db, actor, r, held));
  const next = transition(r.state as ReportState, action);
  if (!next) throw new AppError('report.bad_state', 409, { issues: [{ path: 'state', message: `cannot ${action} a ${r.state} report` }] });
  const now = new Date();
  const snapshot = action === 'submit' ? await liveContent(deps.db, unit, r.period) : null;
  const row = await deps.db.transaction(async (tx) => {
    let patch: Parameters<typeof repo.updateReport>[3];
    if (action === 'submit') {
      const number = r.submittedVersions + 1;
      await repo.insertVersion(tx, { reportId: id, number, snapshot: snapshot!, narrative: r.narrative, submittedBy: actor.userId, submittedAt: now });
      patch = { state: next, submittedVersions: number, firstSubmittedAt: r.firstSubmittedAt ?? now, lastSubmittedAt: now, returnReason: null };
    } else {
      await repo.decideVersion(tx, id, r.submittedVersions, action === 'accept' ? 'accepted' : 'returned', actor.userId, input.reason ?? null);
      patch = { state: next, decidedAt: now, returnReason: action === 'return' ? input.reason! : null };
    }
    const u = await repo.updateReport(tx, id, input.version, patch);
    if (!u) return null;
    await audit(tx, ctx, { verb: `report.${action}`, targetType: 'report', targetId: id, before: { state: r.state, version: r.version }, after: { state: next, reason: input.reason ?? null } });
    return u;
  });
  if (!row) throw stale(await present(deps.db, actor, (await repo.findReport(deps.db, id))!, held));
  await tell(deps, def, row, unit, action, input.reason);
  return present(deps.db, actor, row, held);
}

/** Who hears of it: the level above of a submission, the unit's users of a decision. */
async function tell(deps: Deps, def: repo.DefinitionRow, r: repo.ReportRow, unit: OrgUnit, action: ReportAction, reason?: string) {
  const parent = await reviewerUnit(deps.db, def, r.unitCode);
  const reviewers = parent ? await usersWithRoleOn(deps.db, [parent], parent === 'TH' ? ['ministry'] : [def.toLevel]) : [];
  const own = await usersWithRoleOn(deps.db, [r.unitCode], [def.fromLevel]);
  const link = `/reports/${r.id}`;
  const title = `${def.nameTh} ${unit.nameTh} เดือน${formatMonth(r.period)}`;
  if (action === 'submit') await deps.notifier.notify(deps.db, reviewers.map((u) => u.id), { kind: 'report.submitted', title, body: `${unit.nameTh} ส่งรายงานแล้ว รอการตรวจรับ`, link, dedupeKey: `report:${r.id}:v${r.submittedVersions}:submitted` });
  if (action === 'accept') await deps.notifier.notify(deps.db, own.map((u) => u.id), { kind: 'report.accepted', title, body: 'รายงานได้รับการตรวจรับแล้ว', link, dedupeKey: `report:${r.id}:v${r.submittedVersions}:accepted` });
  if (action === 'return') await deps.notifier.notify(deps.db, own.map((u) => u.id), { kind: 'report.returned', title, body: `ส่งกลับให้แก้ไข: ${reason}`, link, dedupeKey: `report:${r.id}:v${r.submittedVersions}:returned` });
}

export const submit = (deps: Deps, ctx: Ctx, id: string, input: { version: number }) => act(deps, ctx, id, 'submit', input);
export const accept = (deps: Deps, ctx: Ctx, id: string, input: { version: number }) => act(deps, ctx, id, 'accept', input);
export const returnReport = (deps: Deps, ctx: Ctx, id: string, input: { version: number; reason: string }) => act(deps, ctx, id, 'return', input);

