import { sql } from 'drizzle-orm';
import { todayIso, type ReportState } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import { rowsOf, type Executor } from '../../db/client';
import type { Ctx } from '../../lib/audit';
import { requireInScope, requirePermission, scopeOf, type Scope } from '../../lib/authz';
import { areaOfUnit, findUnit } from '../geo/units';
import * as repo from './reports.repo';
import { daysBetween, dueDate, onTime } from './reports.rules';
import { checkPeriod } from './reports.service';

/**
 * Who reports and who is late: the reporting units of a level with their agency and province,
 * and for a range of months the reports expected, received, on time, late and missing.
 */
type Deps = Pick<ModuleDeps, 'db'>;
type Level = 'district' | 'province' | 'agency';

/** A unit that reports, with the province and the host agency it belongs to (named, for the summaries). */
interface ReportingUnit {
  code: string;
  nameTh: string;
  provinceCode: string | null;
  provinceNameTh: string | null;
  agencyCode: string | null;
  agencyNameTh: string | null;
}

export async function reportingUnits(db: Executor, level: Level, area?: Scope): Promise<ReportingUnit[]> {
  const rows = rowsOf<ReportingUnit>(await db.execute(
    level === 'agency'
      ? sql`select code, name_th as "nameTh", null as "provinceCode", null as "provinceNameTh", code as "agencyCode", name_th as "agencyNameTh" from agency order by code`
      : sql`select g.code, g.name_th as "nameTh", pa.province_code as "provinceCode", p.name_th as "provinceNameTh", pa.agency_code as "agencyCode", a.name_th as "agencyNameTh"
            from geo_unit g join province_agency pa on pa.province_code = substr(g.code, 1, 2)
            join geo_unit p on p.code = pa.province_code join agency a on a.code = pa.agency_code
            where g.level = ${level} and g.active order by g.code`,
  ));
  if (!area || area.all) return rows;
  return rows.filter((u) => (level === 'agency' ? area.agencies.includes(u.code) : area.prefixes.some((p) => u.code.startsWith(p) || (p.length === 2 && u.provinceCode === p))));
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out.slice(0, 120);
}

interface Cell {
  unit: ReportingUnit;
  period: string;
  dueOn: string;
  report: repo.ReportRow | null;
}

const count = (cells: Cell[], today: string) => {
  const due = cells.filter((c) => c.dueOn <= today || c.report?.firstSubmittedAt);
  const received = due.filter((c) => c.report?.firstSubmittedAt);
  const ontime = received.filter((c) => onTime(c.report!.firstSubmittedAt!, c.dueOn));
  return { expected: due.length, received: received.length, onTime: ontime.length, late: received.length - ontime.length, missing: due.length - received.length };
};

/** Completeness and timeliness for a level over a range of months, inside the caller's scope. */
export async function completeness(deps: Deps, ctx: Ctx, q: { level: Level; from: string; to: string; unit?: string }) {
  const { actor } = ctx;
  requirePermission(actor, 'report.read');
  await checkPeriod(deps.db, q.from);
  await checkPeriod(deps.db, q.to);
  let area = scopeOf(actor, 'report.read');
  if (q.unit) {
    const unit = await findUnit(deps.db, q.unit);
    requireInScope(actor, 'report.read', unit);
    area = await areaOfUnit(deps.db, unit!);
  }
  const def = (await repo.definitions(deps.db)).find((d) => d.fromLevel === q.level)!;
  const units = await reportingUnits(deps.db, q.level, area);
  const periods = monthsBetween(q.from, q.to);
  const reports = await repo.reportsOfUnits(deps.db, def.code, units.map((u) => u.code), q.from, q.to);
  const byKey = new Map(reports.map((r) => [`${r.unitCode}|${r.period}`, r]));
  const cells: Cell[] = units.flatMap((unit) => periods.map((period) => ({ unit, period, dueOn: dueDate(period, def.dueDay), report: byKey.get(`${unit.code}|${period}`) ?? null })));
  const today = todayIso();
  const groupBy = (key: (u: ReportingUnit) => [code: string | null, nameTh: string | null]) => {
    const groups = new Map<string, { code: string; nameTh: string; cells: Cell[] }>();
    for (const c of cells) {
      const [code, nameTh] = key(c.unit);
      if (!code) continue;
      const group = groups.get(code) ?? groups.set(code, { code, nameTh: nameTh ?? code, cells: [] }).get(code)!;
      group.cells.push(c);
    }
    return [...groups.values()].map((g) => ({ code: g.code, nameTh: g.nameTh, ...count(g.cells, today) })).sort((a, b) => a.code.localeCompare(b.code));
  };
  const lateToday = cells
    .filter((c) => !c.report?.firstSubmittedAt && c.dueOn < today)
    .map((c) => ({ unit: { code: c.unit.code, nameTh: c.unit.nameTh }, period: c.period, dueOn: c.dueOn, daysLate: daysBetween(c.dueOn, today), state: (c.report?.state ?? null) as ReportState | null }))
    .sort((a, b) => b.daysLate - a.daysLate || a.unit.code.localeCompare(b.unit.code));
  return {
    level: q.level, from: q.from, to: q.to, totals: count(cells, today),
    byAgency: groupBy((u) => [u.agencyCode, u.agencyNameTh]), byProvince: q.level === 'agency' ? [] : groupBy((u) => [u.provinceCode, u.provinceNameTh]), lateToday,
  };
}

/** The reports of the units below me for a month: what waits for my decision, who has not sent. */
export async function inbox(deps: Deps, ctx: Ctx, q: { period: string }) {
  const { actor } = ctx;
  requirePermission(actor, 'report.review');
  await checkPeriod(deps.db, q.period);
  const scope = scopeOf(actor, 'report.review');
  const defs = (await repo.definitions(deps.db)).filter((d) => d.enabled);
  const today = todayIso();
  const out = [];
  for (const def of defs) {
    // A reviewer sits one level above: the country reviews agencies, an agency its provinces, a province its districts.
    const units = def.toLevel === 'ministry'
      ? (scope.all ? await reportingUnits(deps.db, 'agency') : [])
      : def.toLevel === 'agency'
        ? (await reportingUnits(deps.db, 'province')).filter((u) => scope.agencies.includes(u.agencyCode ?? ''))
        : (await reportingUnits(deps.db, 'district')).filter((u) => scope.prefixes.some((p) => p.length === 2 && u.provinceCode === p));
    const reports = new Map((await repo.reportsOfUnits(deps.db, def.code, units.map((u) => u.code), q.period, q.period)).map((r) => [r.unitCode, r]));
    const dueOn = dueDate(q.period, def.dueDay);
    for (const u of units) {
      const r = reports.get(u.code) ?? null;
      out.push({
        unit: { code: u.code, nameTh: u.nameTh }, definitionCode: def.code, reportId: r?.id ?? null, state: (r?.state ?? null) as ReportState | null, dueOn,
        firstSubmittedAt: r?.firstSubmittedAt?.toISOString() ?? null, onTime: r?.firstSubmittedAt ? onTime(r.firstSubmittedAt, dueOn) : null,
        daysLate: !r?.firstSubmittedAt && dueOn < today ? daysBetween(dueOn, today) : null,
      });
    }
  }
  return { period: q.period, units: out };
}
