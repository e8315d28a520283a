import {
  CHANNEL_LABELS, COMMITTEE_ROLE_LABELS, formatDate, formatEnterpriseCode, OUTLET_TYPE_LABELS, QUANTITY_UNIT_LABELS, STEP_STATUS_LABELS, todayIso, type Channel, type CommitteeRole,
  type OutletType, type QuantityUnit, type StepStatus,
} from '@ntag/shared';
import { and, eq } from 'drizzle-orm';
import type { ModuleDeps } from '../../module';
import { stepOverride } from '../../db/schema';
import { audit, type Ctx } from '../../lib/audit';
import { requireInScope, requirePermission, scopeOf } from '../../lib/authz';
import { AppError, invalid, notFound } from '../../lib/errors';
import { COUNTRY, areaOfUnit, findUnit, findUnits } from '../geo/units';
import { checkRecordDate, groupFor } from '../records/records.kit';
import * as repo from './progress.repo';
import * as rollup from './rollup.repo';
import type { AreaLevel } from './rollup.repo';
import { deriveSteps, stepViews, type StepView } from './progress.rules';
import { timeline as readTimeline, type TimelineRow } from './timeline.repo';
import { groupsInTargets } from '../program/targets.repo';
import { areaTargets } from '../dashboard/coverage';

type Deps = Pick<ModuleDeps, 'db'>;

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The seven steps of each of these groups today, by group id (no names: what counts need). */
export async function stepsOf(deps: Deps, groups: repo.ProgressGroup[]): Promise<Map<string, StepView[]>> {
  const [facts, overrides, due] = await Promise.all([repo.factsOf(deps.db, groups), repo.overridesOf(deps.db, groups.map((g) => g.id)), repo.dueDates(deps.db)]);
  const today = todayIso();
  return new Map(groups.map((g) => [g.id, stepViews(deriveSteps(facts.get(g.id)!), overrides.get(g.id) ?? [], due.get(g.cohortYear) ?? new Map(), today)]));
}

/** The seven steps of each of these groups, as the progress table shows them. */
async function progressOf(deps: Deps, groups: repo.ProgressGroup[]) {
  const [steps, units, inTargets] = await Promise.all([
    stepsOf(deps, groups),
    findUnits(deps.db, [...new Set(groups.flatMap((g) => [g.tambonCode, g.tambonCode.slice(0, 4), g.tambonCode.slice(0, 2)]))]),
    groupsInTargets(deps.db, groups.map((g) => g.id)),
  ]);
  const place = (c: string) => ({ code: c, nameTh: units.get(c)?.nameTh ?? c });
  return groups.map((g) => ({
    id: g.id, name: g.name, cohort: g.cohortYear, tambon: place(g.tambonCode), district: place(g.tambonCode.slice(0, 4)), province: place(g.tambonCode.slice(0, 2)),
    enterpriseCode: g.enterpriseCode ? formatEnterpriseCode(g.enterpriseCode) : null,
    inTarget: inTargets.has(g.id),
    steps: steps.get(g.id)!,
  }));
}

/** The level below a unit, whose areas the progress answer counts (none below a tambon). */
function childLevel(kind: string): AreaLevel | null {
  if (kind === 'country' || kind === 'agency') return 'province';
  if (kind === 'province') return 'district';
  if (kind === 'district') return 'tambon';
  return null;
}

const encodeAfter = (g: { tambonCode: string; cohortYear: number; id: string }) => Buffer.from(JSON.stringify([g.tambonCode, g.cohortYear, g.id])).toString('base64url');
function decodeAfter(cursor: string): { tambonCode: string; cohort: number; id: string } {
  try {
    const [tambonCode, cohort, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown, unknown];
    if (typeof tambonCode === 'string' && /^\d{1,8}$/.test(tambonCode) && Number.isInteger(cohort) && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) {
      return { tambonCode, cohort: cohort as number, id };
    }
  } catch {
    /* fall through */
  }
  throw invalid([{ path: 'cursor', message: 'not a cursor from this list' }]);
}

export interface ProgressQueryInput {
  unit?: string;
  cohort?: number;
  step?: number;
  status?: 'done' | 'in_progress' | 'not_started';
  overdue: boolean;
  q?: string;
  limit: number;
  cursor?: string;
}

/**
 * A unit's progress in my scope (default: the top of my scope), answered from the roll-up
 * (ADR 0024): the step × status counts with overdue of all its groups and of each area below
 * it (provinces, districts or tambons), and one page of its groups — filtered by a step's status
 * or by overdue on the server — with their seven steps. Never every group of the country.
 */
export async function progress(deps: Deps, ctx: Ctx, q: ProgressQueryInput) {
  const { actor } = ctx;
  requirePermission(actor, 'progress.read');
  const scope = scopeOf(actor, 'progress.read');
  const unitCode = q.unit ?? (scope.all ? 'TH' : actor.grants.find((g) => g.unitKind !== 'group')?.unitCode ?? actor.grants[0]?.unitCode ?? 'TH');
  const unit = unitCode === 'TH' ? COUNTRY : await findUnit(deps.db, unitCode);
  requireInScope(actor, 'progress.read', unit);
  const area = await areaOfUnit(deps.db, unit!);
  const after = q.cursor ? decodeAfter(q.cursor) : null;
  const today = todayIso();
  const level = childLevel(unit!.kind);
  const [rollups, page, own] = await Promise.all([
    rollup.areaRollups(deps.db, { scope, area, cohort: q.cohort, levels: level ? [level] : [], today }),
    rollup.groupPage(deps.db, { scope, area, cohort: q.cohort, today, step: q.step, status: q.status, overdue: q.overdue, q: q.q, after, limit: q.limit + 1 }),
    areaTargets(deps.db, unit!, area, q.cohort),
  ]);
  const shownGroups = page.groups.slice(0, q.limit);
  const areaRows = rollups.filter((r) => r.level === level && r.code);
  const [groups, names] = await Promise.all([progressOf(deps, shownGroups), findUnits(deps.db, areaRows.map((r) => r.code!))]);
  const all = rollups.find((r) => r.level === 'all');
  const emptySteps = [1, 2, 3, 4, 5, 6, 7].map((step) => ({ step, done: 0, inProgress: 0, notStarted: 0, overdue: 0 }));
  const targets = { areaTambons: own.areaTambons, areaTambonsWithGroup: own.areaTambonsWithGroup, groupsOutsideTargets: own.groupsOutsideTargets };
  const last = shownGroups.at(-1);
  return {
    unit: { code: unit!.code, nameTh: unit!.nameTh, kind: unit!.kind },
    cohort: q.cohort ?? null,
    today,
    targets,
    areaLevel: level,
    areas: areaRows.sort((a, b) => a.code!.localeCompare(b.code!)).map((r) => ({
      code: r.code!, nameTh: names.get(r.code!)?.nameTh ?? r.code!, groups: r.groups, overdueGroups: r.overdueGroups, allStepsDone: r.allStepsDone, steps: r.steps,
    })),
    totals: all?.steps ?? emptySteps,
    groupCount: all?.groups ?? 0,
    overdueGroups: all?.overdueGroups ?? 0,
    matching: page.matching,
    groups,
    nextCursor: page.groups.length > q.limit && last ? encodeAfter(last) : null,
  };
}

export async function groupProgress(deps: Deps, ctx: Ctx, groupId: string) {
  await groupFor(deps.db, ctx.actor, 'progress.read', groupId);
  const groups = await repo.groupsForProgress(deps.db, { scope: { all: true, prefixes: [], agencies: [], groups: [] }, groupId });
  return (await progressOf(deps, groups))[0]!;
}

/** The district confirms or overrides a step with a reason (audited); a done step has its date. */
export async function overrideStep(deps: Deps, ctx: Ctx, groupId: string, step: number, input: { status: StepStatus; doneOn?: string | null; reason: string }) {
  const group = await groupFor(deps.db, ctx.actor, 'step.override', groupId);
  if (input.status === 'done') {
    if (!input.doneOn) throw new AppError('progress.bad_override', 400, { issues: [{ path: 'doneOn', message: 'a done step has the date it was done' }] });
    checkRecordDate(input.doneOn, group, 'doneOn');
  }
  const before = (await deps.db.select().from(stepOverride).where(and(eq(stepOverride.groupId, groupId), eq(stepOverride.step, step))))[0] ?? null;
  const row = { groupId, step, status: input.status, doneOn: input.status === 'done' ? input.doneOn! : null, reason: input.reason, setBy: ctx.actor.userId, setAt: new Date() };
  await deps.db.transaction(async (tx) => {
    await tx.insert(stepOverride).values(row).onConflictDoUpdate({ target: [stepOverride.groupId, stepOverride.step], set: { ...row, version: (before?.version ?? 0) + 1 } });
    await audit(tx, ctx, { verb: 'step.override', targetType: 'group', targetId: groupId, before, after: row });
  });
  return groupProgress(deps, ctx, groupId);
}

export async function clearOverride(deps: Deps, ctx: Ctx, groupId: string, step: number) {
  await groupFor(deps.db, ctx.actor, 'step.override', groupId);
  const before = (await deps.db.select().from(stepOverride).where(and(eq(stepOverride.groupId, groupId), eq(stepOverride.step, step))))[0];
  if (!before) throw notFound('record.not_found');
  await deps.db.transaction(async (tx) => {
    await tx.delete(stepOverride).where(and(eq(stepOverride.groupId, groupId), eq(stepOverride.step, step)));
    await audit(tx, ctx, { verb: 'step.override_clear', targetType: 'group', targetId: groupId, before });
  });
  return groupProgress(deps, ctx, groupId);
}

const unitTh = (u: string | null) => (u ? (QUANTITY_UNIT_LABELS[u as QuantityUnit]?.th ?? u) : '');
const num = (n: number | null) => (n === null ? '' : n.toLocaleString('th-TH', { maximumFractionDigits: 2 }));

/** One line of Thai per timeline item. */
function titleOf(r: TimelineRow): string {
  switch (r.kind) {
    case 'group.formed': return `จัดตั้งกลุ่ม ${r.a}`;
    case 'member.joined': return `รับสมาชิก ${r.a}`;
    case 'committee.seat': return `${r.b === 'other' ? (r.u ?? 'กรรมการ') : COMMITTEE_ROLE_LABELS[r.b as CommitteeRole]?.th ?? r.b}: ${r.a}`;
    case 'selection.decided': return `${r.b === 'selected' ? 'จังหวัดคัดเลือก' : 'จังหวัดไม่คัดเลือก'} ${r.a}`;
    case 'plan.kt03': return `จัดทำแผนการผลิตและการตลาดของกลุ่ม (กท.03) ปี ${r.a}`;
    case 'learning.centre': return `กำหนดแหล่งเรียนรู้ ${r.a}`;
    case 'learning.session': return `จัดการเรียนรู้: ${r.a} (ผู้เข้าร่วม ${num(r.n)} คน)`;
    case 'production': return `ผลผลิต ${r.a} ${num(r.n)} ${unitTh(r.u)}${r.b === 'month' ? ' (ทั้งเดือน)' : ''}`;
    case 'market.outlet': return `สำรวจแหล่งรับซื้อ ${r.a} (${OUTLET_TYPE_LABELS[r.b as OutletType]?.th ?? r.b})`;
    case 'sales.transaction': {
      const [unit, value] = (r.u ?? '|').split('|');
      return `${CHANNEL_LABELS[r.b as Channel]?.th ?? r.b}: ${r.a} ${num(r.n)} ${unitTh(unit ?? '')}${value ? ` มูลค่า ${num(Number(value))} บาท` : ''}`;
    }
    case 'sales.event': return `ร่วมกิจกรรมส่งเสริมการตลาด ${r.a}${r.b ? ` ณ ${r.b}` : ''}`;
    case 'enterprise.informed': return 'ชี้แจงสิทธิประโยชน์และขั้นตอนการจดทะเบียนวิสาหกิจชุมชน';
    case 'enterprise.applied': return 'ยื่นขอจดทะเบียนวิสาหกิจชุมชน ณ สำนักงานเกษตรอำเภอ';
    case 'enterprise.registered': return `จดทะเบียนวิสาหกิจชุมชนแล้ว${r.a ? ` รหัส ${formatEnterpriseCode(r.a)}` : ''}`;
    case 'visit': return `อำเภอเยี่ยมให้คำแนะนำ (ขั้นตอนที่ ${num(r.n)}) โดย ${r.b}: ${r.a}${r.u ? ` — นัดติดตาม ${formatDate(r.u)}` : ''}`;
    case 'lecturer.training': return `วิทยากร ${r.b} อบรม ${r.a} (${num(r.n)} ชั่วโมง${r.u ? ` โดย ${r.u}` : ''})`;
    case 'step.override': return `อำเภอยืนยันขั้นตอนที่ ${num(r.n)}: ${STEP_STATUS_LABELS[r.a as StepStatus]?.th ?? r.a} — ${r.b}`;
    default: return r.kind;
  }
}

export async function groupTimeline(deps: Deps, ctx: Ctx, groupId: string, q: { limit: number; before?: string }) {
  await groupFor(deps.db, ctx.actor, 'progress.read', groupId);
  const rows = await readTimeline(deps.db, groupId, q.limit + 1, q.before);
  let page = rows.slice(0, q.limit);
  let nextBefore: string | null = null;
  if (rows.length > q.limit) {
    // `before` is exclusive: a full page gives its last day to the next page, so that no day is
    // split — unless that day alone fills the page (then its remaining items are skipped).
    const lastDay = page.at(-1)!.on;
    const earlier = page.filter((r) => r.on > lastDay);
    if (earlier.length) {
      page = earlier;
      nextBefore = addDays(lastDay, 1);
    } else nextBefore = lastDay;
  }
  return { items: page.map((r) => ({ date: r.on, kind: r.kind, title: titleOf(r), refId: r.refId })), nextBefore };
}
