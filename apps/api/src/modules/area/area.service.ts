import { ROLE_PERMISSIONS, type UnitKind } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import type { Ctx } from '../../lib/audit';
import { requireInScope, requirePermission, scopeOf, unitInScope } from '../../lib/authz';
import { agencyOfProvince, COUNTRY, findUnit, findUnits, provincesOfAgencies, type OrgUnit } from '../geo/units';
import * as repo from './area.repo';
import { listAgencies } from '../program/program.repo';

type Deps = Pick<ModuleDeps, 'db'>;
type Counts = { provinces?: number; districts?: number; tambons?: number; users: number };
interface AreaUnit { code: string; kind: UnitKind; nameTh: string; nameEn: string | null; counts: Counts }

const ref = (u: OrgUnit) => ({ code: u.code, kind: u.kind, nameTh: u.nameTh, nameEn: u.nameEn });

/** "My area": a unit in the caller's scope, the units directly below it, and counts for each. */
export async function area(deps: Deps, ctx: Ctx, unitCode?: string) {
  const { actor } = ctx;
  requirePermission(actor, 'area.read');
  const scope = scopeOf(actor, 'area.read');
  const rootCodes = scope.all ? ['TH'] : [...new Set(actor.grants.filter((g) => ROLE_PERMISSIONS[g.role].includes('area.read')).map((g) => g.unitCode))];
  const rootUnits = await findUnits(deps.db, rootCodes);
  const roots = rootCodes.map((c) => rootUnits.get(c)).filter((u): u is OrgUnit => !!u).map(ref);

  const unit = await findUnit(deps.db, unitCode ?? roots[0]?.code ?? 'TH');
  requireInScope(actor, 'area.read', unit);
  const { self, children } = await unitAndChildren(deps, unit!);

  const parentCodes = await parentChain(deps, unit!);
  const parentUnits = await findUnits(deps.db, parentCodes);
  const parents = parentCodes
    .map((c) => parentUnits.get(c))
    .filter((u): u is OrgUnit => !!u && unitInScope(scope, u))
    .map(ref);
  return { unit: self, parents, children, roots };
}

/** TH → agency → province → district above a unit (agency by the current assignment). */
async function parentChain(deps: Deps, unit: OrgUnit): Promise<string[]> {
  if (unit.kind === 'country') return [];
  if (unit.kind === 'agency') return ['TH'];
  const province = unit.code.slice(0, 2);
  const agency = await agencyOfProvince(deps.db, province);
  const chain = ['TH', ...(agency ? [agency] : [])];
  if (unit.kind === 'district' || unit.kind === 'tambon') chain.push(province);
  if (unit.kind === 'tambon') chain.push(unit.code.slice(0, 4));
  return chain;
}

async function unitAndChildren(deps: Deps, unit: OrgUnit): Promise<{ self: AreaUnit; children: AreaUnit[] }> {
  const { db } = deps;
  if (unit.kind === 'country' || unit.kind === 'agency') {
    const [byProvince, usersByProvince, agencyUsers, agencies] = await Promise.all([
      repo.geoCountsByPrefix(db, 2, null), repo.userCountsByPrefix(db, 2, null), repo.agencyUserCounts(db), listAgencies(db),
    ]);
    const provincesOf = await provincesOfAgencies(db, agencies.map((a) => a.code));
    const provinceNames = new Map((await repo.activeGeoChildren(db, null)).map((p) => [p.code, p]));
    const sumOver = (codes: string[], extraUsers: number): Counts => ({
      provinces: codes.length,
      districts: codes.reduce((n, c) => n + (byProvince.get(c)?.districts ?? 0), 0),
      tambons: codes.reduce((n, c) => n + (byProvince.get(c)?.tambons ?? 0), 0),
      users: codes.reduce((n, c) => n + (usersByProvince.get(c) ?? 0), extraUsers),
    });
    if (unit.kind === 'country') {
      const children = agencies.map((a) => ({
        code: a.code, kind: 'agency' as const, nameTh: a.nameTh, nameEn: a.nameEn,
        counts: sumOver(provincesOf.get(a.code) ?? [], agencyUsers.get(a.code) ?? 0),
      }));
      const countryUsers = await repo.countryUserCount(db);
      const total = sumOver([...provinceNames.keys()], [...agencyUsers.values()].reduce((a, b) => a + b, countryUsers));
      return { self: { ...ref(COUNTRY), counts: total }, children };
    }
    const codes = provincesOf.get(unit.code) ?? [];
    const children = codes
      .filter((c) => provinceNames.has(c))
      .map((c) => ({
        code: c, kind: 'province' as const, nameTh: provinceNames.get(c)!.nameTh, nameEn: provinceNames.get(c)!.nameEn,
        counts: { districts: byProvince.get(c)?.districts ?? 0, tambons: byProvince.get(c)?.tambons ?? 0, users: usersByProvince.get(c) ?? 0 },
      }));
    return { self: { ...ref(unit), counts: sumOver(codes, agencyUsers.get(unit.code) ?? 0) }, children };
  }

  const len = unit.code.length;
  const [own, ownUsers, childGeo, childUsers, rows] = await Promise.all([
    repo.geoCountsByPrefix(db, len, unit.code),
    repo.userCountsByPrefix(db, len, unit.code),
    repo.geoCountsByPrefix(db, len + 2, unit.code),
    repo.userCountsByPrefix(db, len + 2, unit.code),
    unit.kind === 'tambon' ? Promise.resolve([]) : repo.activeGeoChildren(db, unit.code),
  ]);
  const countsOf = (kind: UnitKind, geo: repo.PrefixCounts | undefined, users: number): Counts =>
    kind === 'province' ? { districts: geo?.districts ?? 0, tambons: geo?.tambons ?? 0, users }
      : kind === 'district' ? { tambons: geo?.tambons ?? 0, users }
        : { users };
  const children = rows.map((r) => ({
    code: r.code, kind: r.level, nameTh: r.nameTh, nameEn: r.nameEn,
    counts: countsOf(r.level, childGeo.get(r.code), childUsers.get(r.code) ?? 0),
  }));
  return { self: { ...ref(unit), counts: countsOf(unit.kind, own.get(unit.code), ownUsers.get(unit.code) ?? 0) }, children };
}
