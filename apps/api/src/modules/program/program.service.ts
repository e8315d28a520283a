import type { ModuleDeps } from '../../module';
import { audit, type Ctx } from '../../lib/audit';
import { requirePermission } from '../../lib/authz';
import { AppError, invalid, notFound, stale } from '../../lib/errors';
import * as repo from './program.repo';
import { existingTambons, replaceTargets, targetCounts } from './targets.repo';
import { datesInOrder, shiftIsoDateByYears } from './program.rules';

type Deps = Pick<ModuleDeps, 'db'>;

const scheduleOut = (s: Awaited<ReturnType<typeof repo.listSchedules>>[number]) => ({
  cohort: s.cohortYear, step: s.stepNumber, startsOn: s.startsOn, dueOn: s.dueOn, reason: s.reason, version: s.version,
});

export async function listRegions(deps: Deps, ctx: Ctx) {
  requirePermission(ctx.actor, 'program.read');
  return (await repo.listRegions(deps.db)).map(({ code, nameTh, nameEn }) => ({ code, nameTh, nameEn }));
}

export async function listAgencies(deps: Deps, ctx: Ctx) {
  requirePermission(ctx.actor, 'program.read');
  const [agencies, assignments] = await Promise.all([repo.listAgencies(deps.db), repo.listAssignments(deps.db)]);
  return agencies.map((a) => {
    const provinces = assignments.filter((p) => p.agencyCode === a.code).map((p) => ({ code: p.provinceCode, nameTh: p.nameTh, nameEn: p.nameEn, assignmentVersion: p.version }));
    return { code: a.code, shortTh: a.shortTh, nameTh: a.nameTh, nameEn: a.nameEn, regionCode: a.regionCode, provinceCount: provinces.length, provinces, version: a.version };
  });
}

export async function updateAgency(deps: Deps, ctx: Ctx, code: string, input: { shortTh?: string; nameTh?: string; nameEn?: string; version: number }) {
  requirePermission(ctx.actor, 'program.update');
  const before = await repo.findAgency(deps.db, code);
  if (!before) throw notFound('unit.not_found');
  const { version, ...patch } = input;
  await deps.db.transaction(async (tx) => {
    const row = await repo.updateAgency(tx, code, version, patch);
    if (!row) throw stale(before);
    await audit(tx, ctx, { verb: 'agency.update', targetType: 'agency', targetId: code, before, after: row });
  });
  return (await listAgencies(deps, ctx)).find((a) => a.code === code)!;
}

/** Moves a province to another host agency; the agency's officers' scope follows at once. */
export async function assignProvince(deps: Deps, ctx: Ctx, provinceCode: string, input: { agencyCode: string; version: number }) {
  requirePermission(ctx.actor, 'agency.assign');
  const before = await repo.findAssignment(deps.db, provinceCode);
  if (!before) throw notFound('unit.not_found');
  if (!(await repo.findAgency(deps.db, input.agencyCode))) throw invalid([{ path: 'agencyCode', message: `unknown agency ${input.agencyCode}` }]);
  return deps.db.transaction(async (tx) => {
    const row = await repo.updateAssignment(tx, provinceCode, input.version, input.agencyCode);
    if (!row) throw stale(before);
    await audit(tx, ctx, { verb: 'agency.assign', targetType: 'province', targetId: provinceCode, before, after: row });
    return { provinceCode: row.provinceCode, agencyCode: row.agencyCode, version: row.version };
  });
}

export async function listCohorts(deps: Deps, ctx: Ctx) {
  requirePermission(ctx.actor, 'program.read');
  const [cohorts, schedules, targets] = await Promise.all([repo.listCohorts(deps.db), repo.listSchedules(deps.db), targetCounts(deps.db)]);
  return {
    cohorts: cohorts.map((c) => ({
      cohort: c.yearBe, tambonTarget: c.tambonTarget, targetTambons: targets.get(c.yearBe) ?? 0, version: c.version,
      schedule: schedules.filter((s) => s.cohortYear === c.yearBe).map(scheduleOut),
    })),
    cohortTargetTotal: cohorts.reduce((sum, c) => sum + c.tambonTarget, 0),
  };
}

async function cohortOut(deps: Deps, yearBe: number) {
  const c = (await repo.findCohort(deps.db, yearBe))!;
  return {
    cohort: c.yearBe, tambonTarget: c.tambonTarget, targetTambons: (await targetCounts(deps.db)).get(yearBe) ?? 0, version: c.version,
    schedule: (await repo.schedulesOf(deps.db, yearBe)).map(scheduleOut),
  };
}

export async function updateCohort(deps: Deps, ctx: Ctx, yearBe: number, input: { tambonTarget: number; version: number }) {
  requirePermission(ctx.actor, 'target.update');
  const before = await repo.findCohort(deps.db, yearBe);
  if (!before) throw notFound('program.cohort_not_found');
  await deps.db.transaction(async (tx) => {
    const row = await repo.updateCohort(tx, yearBe, input.version, input.tambonTarget);
    if (!row) throw stale(before);
    await audit(tx, ctx, { verb: 'cohort.update', targetType: 'cohort', targetId: String(yearBe), before, after: row });
  });
  return cohortOut(deps, yearBe);
}

/**
 * The ministry opens a cohort (the operational plan): its national tambon target, its step
 * calendar — the dates given, and for the steps left out the latest cohort's calendar moved to
 * the new year — and, optionally, its target tambons.
 */
export async function createCohort(deps: Deps, ctx: Ctx, input: { cohort: number; tambonTarget: number; schedule?: { step: number; startsOn: string | null; dueOn: string | null }[]; tambonCodes?: string[] }) {
  const yearBe = input.cohort;
  requirePermission(ctx.actor, 'cohort.plan');
  if (await repo.findCohort(deps.db, yearBe)) throw new AppError('program.cohort_exists', 409, { issues: [{ path: 'cohort', message: 'this cohort already exists' }] });
  const given = new Map((input.schedule ?? []).map((s, i) => [s.step, { ...s, i }]));
  for (const s of given.values()) {
    if (!datesInOrder(s.startsOn, s.dueOn)) throw new AppError('program.bad_dates', 400, { issues: [{ path: `schedule.${s.i}.startsOn`, message: 'after the due date' }] });
  }
  const codes = [...new Set(input.tambonCodes ?? [])];
  const known = await existingTambons(deps.db, codes);
  const unknown = (input.tambonCodes ?? []).map((c, i) => ({ c, i })).filter(({ c }) => !known.has(c));
  if (unknown.length) throw new AppError('program.unknown_tambon', 400, { issues: unknown.slice(0, 50).map(({ c, i }) => ({ path: `tambonCodes.${i}`, message: `no active tambon ${c}` })) });
  const cohorts = await repo.listCohorts(deps.db);
  const template = cohorts.filter((c) => c.yearBe < yearBe).at(-1) ?? cohorts.at(-1);
  const schedule = template ? await repo.schedulesOf(deps.db, template.yearBe) : [];
  const steps = await repo.listSteps(deps.db);
  await deps.db.transaction(async (tx) => {
    const row = await repo.insertCohort(tx, { yearBe, tambonTarget: input.tambonTarget });
    const shift = template ? yearBe - template.yearBe : 0;
    await repo.insertSchedules(tx, steps.map((st) => {
      const own = given.get(st.number);
      const t = schedule.find((x) => x.stepNumber === st.number);
      const moved = (d: string | null | undefined) => (d ? shiftIsoDateByYears(d, shift) : null);
      return { cohortYear: yearBe, stepNumber: st.number, startsOn: own ? own.startsOn : moved(t?.startsOn), dueOn: own ? own.dueOn : moved(t?.dueOn) };
    }));
    if (codes.length) await replaceTargets(tx, yearBe, codes, ctx.actor.userId);
    await audit(tx, ctx, { verb: 'cohort.create', targetType: 'cohort', targetId: String(yearBe), after: { ...row, schedule: input.schedule ?? null, tambonCodes: codes } });
  });
  return cohortOut(deps, yearBe);
}

export async function listTargets(deps: Deps, ctx: Ctx) {
  requirePermission(ctx.actor, 'program.read');
  return (await repo.listTargets(deps.db)).map(({ key, value, nameTh, nameEn, version }) => ({ key, value, nameTh, nameEn, version }));
}

export async function updateTarget(deps: Deps, ctx: Ctx, key: string, input: { value: number; version: number }) {
  requirePermission(ctx.actor, 'target.update');
  const before = await repo.findTarget(deps.db, key);
  if (!before) throw notFound();
  return deps.db.transaction(async (tx) => {
    const row = await repo.updateTarget(tx, key, input.version, input.value);
    if (!row) throw stale(before);
    await audit(tx, ctx, { verb: 'target.update', targetType: 'program_target', targetId: key, before, after: row });
    return { key: row.key, value: row.value, nameTh: row.nameTh, nameEn: row.nameEn, version: row.version };
  });
}

export async function listSteps(deps: Deps, ctx: Ctx) {
  requirePermission(ctx.actor, 'program.read');
  const [steps, schedules] = await Promise.all([repo.listSteps(deps.db), repo.listSchedules(deps.db)]);
  return steps.map((s) => ({
    step: s.number, nameTh: s.nameTh, nameEn: s.nameEn, form: s.form,
    schedule: schedules.filter((x) => x.stepNumber === s.number).map(scheduleOut),
  }));
}

/** The ministry changes a step's dates with a reason; progress and dashboards read the calendar live, so overdue follows at once. */
export async function updateSchedule(deps: Deps, ctx: Ctx, stepNumber: number, cohortYear: number, input: { startsOn: string | null; dueOn: string | null; reason: string; version: number }) {
  requirePermission(ctx.actor, 'cohort.plan');
  const before = await repo.findSchedule(deps.db, stepNumber, cohortYear);
  if (!before) throw notFound('program.step_not_found');
  if (!datesInOrder(input.startsOn, input.dueOn)) {
    throw new AppError('program.bad_dates', 400, { issues: [{ path: 'startsOn', message: 'after the due date' }] });
  }
  return deps.db.transaction(async (tx) => {
    const row = await repo.updateSchedule(tx, stepNumber, cohortYear, input.version, { startsOn: input.startsOn, dueOn: input.dueOn, reason: input.reason });
    if (!row) throw stale(scheduleOut(before));
    await audit(tx, ctx, { verb: 'schedule.update', targetType: 'step_schedule', targetId: `${cohortYear}/${stepNumber}`, before, after: row });
    return scheduleOut(row);
  });
}

export async function listDeadlines(deps: Deps, ctx: Ctx) {
  requirePermission(ctx.actor, 'program.read');
  return (await repo.listDeadlines(deps.db)).map(({ updatedAt: _u, ...d }) => d);
}

export async function updateDeadline(deps: Deps, ctx: Ctx, code: string, input: { dueDay?: number; enabled?: boolean; version: number }) {
  requirePermission(ctx.actor, 'program.update');
  const before = await repo.findDeadline(deps.db, code);
  if (!before) throw notFound();
  const { version, ...patch } = input;
  return deps.db.transaction(async (tx) => {
    const row = await repo.updateDeadline(tx, code, version, patch);
    if (!row) throw stale(before);
    await audit(tx, ctx, { verb: 'deadline.update', targetType: 'report_deadline', targetId: code, before, after: row });
    const { updatedAt: _u, ...out } = row;
    return out;
  });
}
