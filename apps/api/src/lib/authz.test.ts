import { describe, expect, it } from 'vitest';
import { permissionsOf, scopeOf, unitInScope, type Actor, type Grant } from './authz';

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
