import { ROLE_PERMISSIONS, type UnitKind } from '@ntag/shared';
import type { Agency, Me } from '../../api/contract';

export interface ReportingUnit {
  code: string;
  kind: UnitKind;
  nameTh: string;
}

/**
 * The unit whose report this user writes: a role that may submit reports, granted on a unit of
 * a level that reports (province, host agency, or a district when the district report is on).
 * The ministry has none of its own. `levels` are the report definitions' enabled `fromLevel`s.
 */
export function ownReportingUnit(me: Me | undefined, levels: readonly string[]): ReportingUnit | null {
  const role = me?.roles.find((r) => ROLE_PERMISSIONS[r.role].includes('report.submit') && levels.includes(r.unitKind));
  return role ? { code: role.unitCode, kind: role.unitKind, nameTh: role.unitNameTh } : null;
}

/**
 * The units whose reports the user may open, for the unit picker: host agencies and provinces
 * inside the scope of /api/me (the API applies the same rule and answers 404 outside it), and
 * the user's own unit whatever its level.
 */
export function reportableUnits(me: Me | undefined, agencies: readonly Agency[], own: ReportingUnit | null): { agencies: ReportingUnit[]; provinces: ReportingUnit[] } {
  if (!me) return { agencies: [], provinces: [] };
  const { scope } = me;
  const seesAgency = (code: string) => scope.all || scope.agencies.includes(code);
  const seesProvince = (code: string) => scope.all || scope.prefixes.some((p) => code.startsWith(p));
  const provinces = agencies
    .flatMap((a) => a.provinces)
    .filter((p) => seesProvince(p.code))
    .map((p): ReportingUnit => ({ code: p.code, kind: 'province', nameTh: p.nameTh }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const withOwn = own?.kind === 'province' && !provinces.some((p) => p.code === own.code) ? [own, ...provinces] : provinces;
  return {
    agencies: agencies.filter((a) => seesAgency(a.code)).map((a) => ({ code: a.code, kind: 'agency', nameTh: a.nameTh })),
    provinces: withOwn,
  };
}

/** The level name a reviewing role's unit goes by in the report definitions' `toLevel`. */
const REVIEW_LEVEL: Partial<Record<UnitKind, string>> = { country: 'ministry', agency: 'agency', province: 'province' };

/**
 * Whether reports come up to this user: a role that reviews, on a level some enabled report
 * definition is sent to (a province reviews only once the district report is switched on).
 */
export function receivesReports(me: Me | undefined, definitions: readonly { toLevel: string; enabled: boolean }[]): boolean {
  const levels = (me?.roles ?? []).filter((r) => ROLE_PERMISSIONS[r.role].includes('report.review')).map((r) => REVIEW_LEVEL[r.unitKind]);
  return definitions.some((d) => d.enabled && levels.includes(d.toLevel));
}
