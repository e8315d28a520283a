import { describe, expect, it } from 'vitest';
import { hasAuthorityOver, mayManageUser, permissionsOf, scopeOf, unitInScope, type Actor, type Grant, type ManagedUser } from './authz';

const actor = (grants: Grant[]): Actor => ({
  userId: 'u', username: 'u', displayName: 'u', homeUnitCode: 'TH', sessionId: 's', grants, permissions: permissionsOf(grants),
});

describe('scopes', () => {
  it('a district grant covers its tambons and nothing beside it', () => {
    const s = scopeOf(actor([{ role: 'district', unitCode: '4001', unitKind: 'district' }]), 'area.read');
    expect(unitInScope(s, { code: '400101', kind: 'tambon' })).toBe(true);
    expect(unitInScope(s, { code: '4001', kind: 'district' })).toBe(true);
    expect(unitInScope(s, { code: '4002', kind: 'district' })).toBe(false);
    expect(unitInScope(s, { code: '40', kind: 'province' })).toBe(false);
    expect(unitInScope(s, { code: 'TH', kind: 'country' })).toBe(false);
  });
  it('an agency grant covers the agency and the provinces assigned to it', () => {
    const s = scopeOf(actor([{ role: 'agency', unitCode: 'DLD', unitKind: 'agency', provinces: ['40', '41'] }]), 'user.read');
    expect(unitInScope(s, { code: 'DLD', kind: 'agency' })).toBe(true);
    expect(unitInScope(s, { code: 'CPD', kind: 'agency' })).toBe(false);
    expect(unitInScope(s, { code: '410203', kind: 'tambon' })).toBe(true);
    expect(unitInScope(s, { code: '500101', kind: 'tambon' })).toBe(false);
  });
  it('a group grant covers that group only; a geographic grant covers the groups of its tambons', () => {
    const g = scopeOf(actor([{ role: 'group', unitCode: 'g-1', unitKind: 'group' }]), 'area.read');
    expect(unitInScope(g, { code: 'g-1', kind: 'group', tambonCode: '400101' })).toBe(true);
    expect(unitInScope(g, { code: 'g-2', kind: 'group', tambonCode: '400101' })).toBe(false);
    const d = scopeOf(actor([{ role: 'district', unitCode: '4001', unitKind: 'district' }]), 'area.read');
    expect(unitInScope(d, { code: 'g-2', kind: 'group', tambonCode: '400101' })).toBe(true);
  });
  it('a scope only counts grants whose role holds the permission', () => {
    const a = actor([{ role: 'tambon', unitCode: '400101', unitKind: 'tambon' }, { role: 'province', unitCode: '50', unitKind: 'province' }]);
    expect(scopeOf(a, 'user.create').prefixes).toEqual(['50']);
    expect(scopeOf(a, 'area.read').prefixes).toEqual(['400101', '50']);
  });
  it('the administrator and ministry cover the country', () => {
    expect(scopeOf(actor([{ role: 'ministry', unitCode: 'TH', unitKind: 'country' }]), 'area.read').all).toBe(true);
    expect(scopeOf(actor([{ role: 'ministry', unitCode: 'TH', unitKind: 'country' }]), 'user.create').all).toBe(false);
  });
});

describe('managing users: authority over every role the user holds', () => {
  const province = actor([{ role: 'province', unitCode: '40', unitKind: 'province' }]);
  const agency = actor([{ role: 'agency', unitCode: 'DLD', unitKind: 'agency', provinces: ['40', '41'] }]);
  const admin = actor([{ role: 'admin', unitCode: 'TH', unitKind: 'country' }]);
  const user = (home: string, ...roles: ManagedUser['roles']): ManagedUser => ({ home: { code: home, kind: home.length === 2 ? 'province' : home.length === 4 ? 'district' : 'tambon' }, roles });
  const country = { code: 'TH', kind: 'country' as const };

  it('a province officer manages users whose roles all lie in the province at or below its level', () => {
    expect(mayManageUser(province, 'user.update', user('4001', { role: 'district', unit: { code: '4001', kind: 'district' } }))).toBe(true);
    expect(mayManageUser(province, 'user.update', user('40', { role: 'province', unit: { code: '40', kind: 'province' } }))).toBe(true);
    expect(mayManageUser(province, 'user.update', user('4001'))).toBe(true);
    expect(mayManageUser(province, 'role.grant', user('400101', { role: 'group', unit: { code: 'g-1', kind: 'group', tambonCode: '400101' } }))).toBe(true);
  });

  it('never one holding a ministry, agency or administrator role, whatever its home unit', () => {
    for (const held of [{ role: 'ministry', unit: country }, { role: 'admin', unit: country }, { role: 'agency', unit: { code: 'DLD', kind: 'agency' } }] as const) {
      expect(mayManageUser(province, 'user.update', user('4001', held))).toBe(false);
      expect(mayManageUser(province, 'role.grant', user('4001', { role: 'district', unit: { code: '4001', kind: 'district' } }, held))).toBe(false);
    }
  });

  it('nor one with a role outside the province, nor one whose home unit lies outside', () => {
    expect(mayManageUser(province, 'user.update', user('4001', { role: 'district', unit: { code: '5007', kind: 'district' } }))).toBe(false);
    expect(mayManageUser(province, 'user.update', user('5007', { role: 'district', unit: { code: '4001', kind: 'district' } }))).toBe(false);
    expect(mayManageUser(province, 'user.update', user('4001', { role: 'group', unit: { code: 'g-9', kind: 'group', tambonCode: '500701' } }))).toBe(false);
  });

  it('an agency officer manages its own agency and provinces, never an administrator or the ministry', () => {
    expect(mayManageUser(agency, 'user.update', user('40', { role: 'agency', unit: { code: 'DLD', kind: 'agency' } }))).toBe(true);
    expect(mayManageUser(agency, 'user.update', user('41', { role: 'province', unit: { code: '41', kind: 'province' } }))).toBe(true);
    expect(mayManageUser(agency, 'user.update', user('40', { role: 'agency', unit: { code: 'CPD', kind: 'agency' } }))).toBe(false);
    expect(mayManageUser(agency, 'user.update', user('40', { role: 'admin', unit: country }))).toBe(false);
    expect(mayManageUser(agency, 'user.update', user('40', { role: 'ministry', unit: country }))).toBe(false);
  });

  it('the administrator manages everyone; the ministry and a district officer manage no one', () => {
    expect(mayManageUser(admin, 'user.update', user('40', { role: 'admin', unit: country }))).toBe(true);
    const ministry = actor([{ role: 'ministry', unitCode: 'TH', unitKind: 'country' }]);
    const district = actor([{ role: 'district', unitCode: '4001', unitKind: 'district' }]);
    expect(mayManageUser(ministry, 'user.update', user('4001'))).toBe(false);
    expect(mayManageUser(district, 'user.update', user('400101', { role: 'tambon', unit: { code: '400101', kind: 'tambon' } }))).toBe(false);
  });

  it('authority comes from one grant at a time: a tambon grant on a unit does not lend a province grant\'s rank to it', () => {
    // Province officer in Chiang Mai who is also a tambon worker in Khon Kaen: no authority in Khon Kaen.
    const mixed = actor([{ role: 'province', unitCode: '50', unitKind: 'province' }, { role: 'tambon', unitCode: '400101', unitKind: 'tambon' }]);
    expect(hasAuthorityOver(mixed, 'role.grant', { role: 'tambon', unit: { code: '400101', kind: 'tambon' } })).toBe(false);
    expect(hasAuthorityOver(mixed, 'role.grant', { role: 'tambon', unit: { code: '500701', kind: 'tambon' } })).toBe(true);
  });
});
