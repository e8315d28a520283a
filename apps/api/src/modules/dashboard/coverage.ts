import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { Scope } from '../../lib/authz';
import { geoCodeInScope } from '../../lib/authz';
import type { OrgUnit } from '../geo/units';
import * as repo from './coverage.repo';
import { targetTambons } from '../program/targets.repo';

/**
 * The area's own target (issue 13): the count of the cohort's target tambons inside the unit,
 * beside the national figures, and — for the country, a host agency and a province — the
 * coverage: which provinces and districts have no model group yet (and which no target tambon);
 * "at least one group per province" (อย่างน้อยจังหวัดละ 1) as a visible indicator.
 */
function areaFilter(unit: OrgUnit, area: Scope): repo.AreaFilter {
  // A group's area is its tambon; a country's everything.
  if (unit.kind === 'group') return (col: SQL) => sql`${col} like ${`${unit.tambonCode ?? unit.parentCode ?? '-'}%`}`;
  return (col: SQL) => geoCodeInScope(area, col);
}

export async function areaTargets(db: Executor, unit: OrgUnit, area: Scope, cohort?: number) {
  const inArea = areaFilter(unit, area);
  const [byCohort, outside] = await Promise.all([repo.targetsByCohort(db, inArea), repo.groupsOutsideTargets(db, inArea, cohort)]);
  const chosen = byCohort.filter((c) => !cohort || c.cohort === cohort);
  // A province or a district also gets the names of its target tambons still without a group
  // (a few dozen at most): where its districts' work is expected next.
  let waiting: { code: string; nameTh: string; districtNameTh: string; cohort: number }[] | null = null;
  if (unit.kind === 'province' || unit.kind === 'district') {
    waiting = [];
    for (const c of chosen) {
      for (const t of await targetTambons(db, c.cohort, unit.code)) if (!t.groupId) waiting.push({ code: t.code, nameTh: t.nameTh, districtNameTh: t.districtNameTh, cohort: c.cohort });
    }
  }
  return {
    byCohort,
    areaTambons: chosen.reduce((n, c) => n + c.targets, 0),
    areaTambonsWithGroup: chosen.reduce((n, c) => n + c.covered, 0),
    groupsOutsideTargets: outside,
    targetTambonsWithoutGroup: waiting,
  };
}

export async function coverage(db: Executor, unit: OrgUnit, area: Scope, provinceNames: Map<string, string>, cohort?: number) {
  if (unit.kind !== 'country' && unit.kind !== 'agency' && unit.kind !== 'province') return null;
  const districts = await repo.districtCoverage(db, areaFilter(unit, area), cohort);
  const provinces = new Map<string, { code: string; nameTh: string; groups: number; targetTambons: number; targetTambonsWithGroup: number }>();
  for (const d of districts) {
    const p = provinces.get(d.provinceCode) ?? provinces.set(d.provinceCode, { code: d.provinceCode, nameTh: provinceNames.get(d.provinceCode) ?? d.provinceCode, groups: 0, targetTambons: 0, targetTambonsWithGroup: 0 }).get(d.provinceCode)!;
    p.groups += d.groups;
    p.targetTambons += d.targets;
    p.targetTambonsWithGroup += d.covered;
  }
  const byProvince = [...provinces.values()].sort((a, b) => a.code.localeCompare(b.code));
  return {
    provinces: byProvince.length,
    provincesWithGroup: byProvince.filter((p) => p.groups > 0).length,
    provincesWithoutGroup: byProvince.filter((p) => p.groups === 0).map((p) => p.code),
    provincesWithoutTarget: byProvince.filter((p) => p.targetTambons === 0).map((p) => p.code),
    byProvince,
    districtsWithoutGroup: districts.filter((d) => d.groups === 0).map((d) => ({ code: d.code, nameTh: d.nameTh, provinceCode: d.provinceCode, targetTambons: d.targets })),
    districtsWithoutTarget: districts.filter((d) => d.targets === 0).map((d) => d.code),
  };
}
