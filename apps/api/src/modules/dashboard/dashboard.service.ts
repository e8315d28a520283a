import { EXCHANGE_CHANNELS, todayIso, type Channel } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import type { Ctx } from '../../lib/audit';
import { requireInScope, requirePermission, scopeOf } from '../../lib/authz';
import { COUNTRY, areaOfUnit, findUnit, type OrgUnit } from '../geo/units';
import { listAssignments, listAgencies, listCohorts, listTargets } from '../program/program.repo';
import { listChildren } from '../geo/geo.repo';
import { areaRollups, groupIdsOf, type AreaRollup } from '../progress/rollup.repo';
import { completeness } from '../reports/reports.status';
import { monthsBefore, previousPeriod } from '../reports/reports.rules';
import * as repo from './dashboard.repo';
import { areaTargets, coverage } from './coverage';

type Deps = Pick<ModuleDeps, 'db'>;

interface AreaFigures {
  groups: number;
  formed: number;
  members: number;
  allStepsDone: number;
  overdueGroups: number;
  registered: number;
  salesValue: number;
  exchanges: number;
  productionValue: number;
}
const zero = (): AreaFigures => ({ groups: 0, formed: 0, members: 0, allStepsDone: 0, overdueGroups: 0, registered: 0, salesValue: 0, exchanges: 0, productionValue: 0 });

const isExchange = (channel: string) => EXCHANGE_CHANNELS.includes(channel as Channel);

/** Adds a money figure (over all months) to an area: production value, sales value, exchanges. */
function addMoney(f: AreaFigures, key: string, value: number) {
  const [kind, channel] = key.split('|') as [string, string | undefined];
  if (kind === 'prodvalue') f.productionValue += value;
  else if (kind === 'sales' && channel && !isExchange(channel)) f.salesValue += value;
  else if (kind === 'salesn' && channel && isExchange(channel)) f.exchanges += value;
}

/** An area's figures from its roll-up row (money is added from the monthly figures). */
const figuresOf = (r: AreaRollup): AreaFigures => ({
  ...zero(), groups: r.groups, formed: r.formed, members: r.members, allStepsDone: r.allStepsDone, overdueGroups: r.overdueGroups, registered: r.registered,
});

/**
 * The money series by month and by channel from the summed figures; the per-province sums
 * (over all months) go to each province's figures, for the map.
 */
function series(stats: repo.StatTotal[], province: (code: string) => AreaFigures) {
  const monthly = new Map<string, { month: string; productionValue: number; salesValue: number; exchangeCount: number; sessions: number; byChannel: Record<string, number> }>();
  const channelTotals = new Map<string, { value: number; count: number }>();
  for (const s of stats) {
    if (s.provinceCode !== null) {
      addMoney(province(s.provinceCode), s.key, s.value);
      continue;
    }
    const [kind, channel] = s.key.split('|') as [string, string | undefined];
    const m = monthly.get(s.month!) ?? monthly.set(s.month!, { month: s.month!, productionValue: 0, salesValue: 0, exchangeCount: 0, sessions: 0, byChannel: {} }).get(s.month!)!;
    if (kind === 'prodvalue') m.productionValue += s.value;
    else if (kind === 'sessions') m.sessions += s.value;
    else if (channel) {
      const t = channelTotals.get(channel) ?? channelTotals.set(channel, { value: 0, count: 0 }).get(channel)!;
      if (kind === 'sales') {
        m.byChannel[channel] = (m.byChannel[channel] ?? 0) + s.value;
        t.value += s.value;
        if (!isExchange(channel)) m.salesValue += s.value;
      } else if (kind === 'salesn') {
        t.count += s.value;
        if (isExchange(channel)) m.exchangeCount += s.value;
      }
    }
  }
  return {
    monthly: [...monthly.values()].sort((a, b) => a.month.localeCompare(b.month)),
    byChannel: [...channelTotals].map(([channel, t]) => ({ channel, kind: isExchange(channel) ? ('exchange' as const) : ('sale' as const), ...t })).sort((a, b) => b.value - a.value),
  };
}

/** A province's drill-down: every active district, with its groups' figures (zeros where none). */
async function districtsOf(deps: Deps, provinceCode: string, groupIds: string[], rollups: AreaRollup[]) {
  const [districts, money] = await Promise.all([listChildren(deps.db, provinceCode, false), repo.districtTotals(deps.db, groupIds)]);
  const figures = new Map(rollups.filter((r) => r.level === 'district').map((r) => [r.code!, figuresOf(r)]));
  for (const m of money) addMoney(figures.get(m.districtCode) ?? figures.set(m.districtCode, zero()).get(m.districtCode)!, m.key, m.value);
  return districts.map(({ unit: d }) => ({ code: d.code, nameTh: d.nameTh, ...(figures.get(d.code) ?? zero()) }));
}

/**
 * The numbers the dashboard draws for a unit and cohort: tambons with a model group against
 * the targets, the step funnel with overdue counts, production and sales by month and channel,
 * community enterprises, reporting completeness — and each province's figures for the tile map.
 * Steps and group counts come from the roll-up the progress table reads (group_progress, ADR
 * 0024); money from the monthly figures — both kept by the writes (no batch: a record written now
 * is in the next load).
 */
export async function dashboard(deps: Deps, ctx: Ctx, q: { unit?: string; cohort?: number }) {
  const { actor } = ctx;
  requirePermission(actor, 'dashboard.read');
  const scope = scopeOf(actor, 'dashboard.read');
  const code = q.unit ?? (scope.all ? 'TH' : actor.grants.find((g) => g.unitKind !== 'group')?.unitCode ?? 'TH');
  const unit: OrgUnit | null = code === 'TH' ? COUNTRY : await findUnit(deps.db, code);
  requireInScope(actor, 'dashboard.read', unit);
  const area = await areaOfUnit(deps.db, unit!);

  const smallArea = unit!.kind === 'district' || unit!.kind === 'tambon' || unit!.kind === 'group';
  // Only a province or a smaller area lists its groups (for the sums of its groups' figures).
  const ids = unit!.kind === 'province' || smallArea ? await groupIdsOf(deps.db, { scope, area, cohort: q.cohort }) : [];
  const provinceCodes = area.all ? null : [...new Set(area.prefixes.map((p) => p.slice(0, 2)))];
  const lastMonth = previousPeriod(todayIso());
  // Province reports over the last three months, for the country, an agency or a province.
  const reportingOf = () => smallArea || !actor.permissions.has('report.read')
    ? null
    : completeness(deps, ctx, { level: 'province', from: monthsBefore(lastMonth, 2), to: lastMonth, unit: unit!.code === 'TH' ? undefined : unit!.code });
  const levels = unit!.kind === 'province' ? (['province', 'district'] as const) : (['province'] as const);
  const [rollups, cohorts, targets, agencies, assignments, stats, reporting] = await Promise.all([
    areaRollups(deps.db, { scope, area, cohort: q.cohort, levels: [...levels], today: todayIso(), tambons: true }),
    listCohorts(deps.db), listTargets(deps.db), listAgencies(deps.db), listAssignments(deps.db),
    repo.statTotals(deps.db, smallArea ? { groupIds: ids } : { provinces: provinceCodes, cohort: q.cohort }),
    reportingOf(),
  ]);
  const provinceNames = new Map(assignments.map((a) => [a.provinceCode, a.nameTh]));
  const [own, covered] = await Promise.all([areaTargets(deps.db, unit!, area, q.cohort), coverage(deps.db, unit!, area, provinceNames, q.cohort)]);

  const agencyOf = new Map(assignments.map((a) => [a.provinceCode, a.agencyCode]));
  const provinceName = new Map(assignments.map((a) => [a.provinceCode, a.nameTh]));
  const all = rollups.find((r) => r.level === 'all');
  const byProvince = new Map(rollups.filter((r) => r.level === 'province').map((r) => [r.code!, figuresOf(r)]));
  const { monthly, byChannel } = series(stats, (p) => byProvince.get(p) ?? byProvince.set(p, zero()).get(p)!);

  const provinces = [...byProvince].map(([code, f]) => ({ code, nameTh: provinceName.get(code) ?? code, agencyCode: agencyOf.get(code) ?? null, ...f })).sort((a, b) => a.code.localeCompare(b.code));
  const sum = (rows: AreaFigures[]) => rows.reduce((acc, r) => {
    for (const k of Object.keys(acc) as (keyof AreaFigures)[]) acc[k] += r[k];
    return acc;
  }, zero());
  const visibleAgencies = agencies.filter((a) => area.all || area.agencies.includes(a.code) || provinces.some((p) => p.agencyCode === a.code));
  const byAgency = visibleAgencies.map((a) => ({ code: a.code, shortTh: a.shortTh, nameTh: a.nameTh, provinces: assignments.filter((x) => x.agencyCode === a.code).length, ...sum(provinces.filter((p) => p.agencyCode === a.code)) }));
  const funnel = all?.steps ?? [1, 2, 3, 4, 5, 6, 7].map((step) => ({ step, done: 0, inProgress: 0, notStarted: 0, overdue: 0 }));

  const byDistrict = unit!.kind === 'province' ? await districtsOf(deps, unit!.code, ids, rollups) : null;
  const programTambons = targets.find((t) => t.key === 'program_tambons')?.value ?? null;
  const cohortTargets = cohorts.map((c) => {
    const mine = own.byCohort.find((x) => x.cohort === c.yearBe);
    return {
      cohort: c.yearBe, tambonTarget: c.tambonTarget, tambonsWithGroup: rollups.find((r) => r.level === 'cohort' && r.cohort === c.yearBe)?.tambons ?? 0,
      areaTambons: mine?.targets ?? 0, areaTambonsWithGroup: mine?.covered ?? 0,
    };
  });

  return {
    unit: { code: unit!.code, kind: unit!.kind, nameTh: unit!.nameTh },
    cohort: q.cohort ?? null,
    generatedAt: new Date().toISOString(),
    targets: {
      programTambons,
      cohortTargetTotal: cohorts.reduce((n, c) => n + c.tambonTarget, 0),
      cohorts: cohortTargets,
      tambonsWithGroup: all?.tambons ?? 0,
      areaTambons: own.areaTambons,
      areaTambonsWithGroup: own.areaTambonsWithGroup,
      groupsOutsideTargets: own.groupsOutsideTargets,
      targetTambonsWithoutGroup: own.targetTambonsWithoutGroup,
    },
    coverage: covered,
    totals: sum(provinces),
    funnel,
    byAgency,
    byProvince: provinces,
    byDistrict,
    monthly,
    byChannel,
    enterprises: { informed: all?.informed ?? 0, applied: all?.applied ?? 0, registered: all?.registered ?? 0 },
    reporting: reporting && { from: reporting.from, to: reporting.to, totals: reporting.totals, lateToday: reporting.lateToday.length },
  };
}
