import { describe, expect, it } from 'vitest';
import type { Agency, Me } from '../../api/contract';
import { ownReportingUnit, receivesReports, reportableUnits } from './reportingUnit';

const me = (roles: Me['roles'], scope: Partial<Me['scope']> = {}): Me => ({
  user: { id: 'u', username: 'u', displayName: 'u', homeUnit: { code: roles[0]?.unitCode ?? 'TH', kind: roles[0]?.unitKind ?? 'country', nameTh: '', nameEn: null }, signer: null },
  roles,
  scope: { all: false, prefixes: [], agencies: [], groups: [], ...scope },
  permissions: [],
  demo: false,
});
const role = (r: Me['roles'][number]['role'], unitCode: string, unitKind: Me['roles'][number]['unitKind'], unitNameTh: string) => ({ role: r, unitCode, unitKind, unitNameTh, unitNameEn: null });
const agency = (code: string, provinces: [string, string][]): Agency => ({
  code, shortTh: code, nameTh: `กรม ${code}`, nameEn: code, regionCode: null, provinceCount: provinces.length, version: 1,
  provinces: provinces.map(([c, n]) => ({ code: c, nameTh: n, nameEn: null, assignmentVersion: 1 })),
});
const AGENCIES = [agency('DLD', [['40', 'ขอนแก่น'], ['41', 'อุดรธานี']]), agency('CPD', [['50', 'เชียงใหม่']])];
const LEVELS = ['province', 'agency'];

describe('whose report a user writes', () => {
  it('a province working group writes its province’s, a host agency its กท.05', () => {
    expect(ownReportingUnit(me([role('province', '40', 'province', 'ขอนแก่น')]), LEVELS)).toEqual({ code: '40', kind: 'province', nameTh: 'ขอนแก่น' });
    expect(ownReportingUnit(me([role('agency', 'DLD', 'agency', 'กรมปศุสัตว์')]), LEVELS)?.code).toBe('DLD');
  });

  it('the ministry has none; a district only when the district report is switched on', () => {
    expect(ownReportingUnit(me([role('ministry', 'TH', 'country', 'ประเทศไทย')]), LEVELS)).toBeNull();
    const district = me([role('district', '4001', 'district', 'เมืองขอนแก่น')]);
    expect(ownReportingUnit(district, LEVELS)).toBeNull();
    expect(ownReportingUnit(district, [...LEVELS, 'district'])?.code).toBe('4001');
  });
});

describe('units a user may open', () => {
  it('an agency sees itself and its provinces, not another agency’s', () => {
    const dld = me([role('agency', 'DLD', 'agency', 'กรมปศุสัตว์')], { agencies: ['DLD'], prefixes: ['40', '41'] });
    const units = reportableUnits(dld, AGENCIES, ownReportingUnit(dld, LEVELS));
    expect(units.agencies.map((a) => a.code)).toEqual(['DLD']);
    expect(units.provinces.map((p) => p.code)).toEqual(['40', '41']);
  });

  it('the ministry sees every agency and province', () => {
    const ministry = me([role('ministry', 'TH', 'country', 'ประเทศไทย')], { all: true });
    const units = reportableUnits(ministry, AGENCIES, null);
    expect(units.agencies).toHaveLength(2);
    expect(units.provinces.map((p) => p.code)).toEqual(['40', '41', '50']);
  });

  it('a district does not get its whole province offered', () => {
    const district = me([role('district', '4001', 'district', 'เมืองขอนแก่น')], { prefixes: ['4001'] });
    expect(reportableUnits(district, AGENCIES, null)).toEqual({ agencies: [], provinces: [] });
  });
});

describe('who gets reports to review', () => {
  const DEFS = [
    { toLevel: 'province', enabled: false },
    { toLevel: 'agency', enabled: true },
    { toLevel: 'ministry', enabled: true },
  ];
  it('the ministry and the host agencies; a province only with the district report on', () => {
    expect(receivesReports(me([role('ministry', 'TH', 'country', 'ประเทศไทย')]), DEFS)).toBe(true);
    expect(receivesReports(me([role('agency', 'DLD', 'agency', 'กรมปศุสัตว์')]), DEFS)).toBe(true);
    const province = me([role('province', '40', 'province', 'ขอนแก่น')]);
    expect(receivesReports(province, DEFS)).toBe(false);
    expect(receivesReports(province, DEFS.map((d) => ({ ...d, enabled: true })))).toBe(true);
    expect(receivesReports(me([role('district', '4001', 'district', 'เมืองขอนแก่น')]), DEFS.map((d) => ({ ...d, enabled: true })))).toBe(false);
  });
});
