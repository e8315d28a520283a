import type { ModuleDeps } from '../../module';
import { audit, type Ctx } from '../../lib/audit';
import { requirePermission } from '../../lib/authz';
import { AppError, invalid, notFound, stale } from '../../lib/errors';
import { levelOfCode, parentOfCode } from '../../db/seed/geography/types';
import * as repo from './geo.repo';

type Deps = Pick<ModuleDeps, 'db'>;

const out = (r: { unit: repo.GeoRow; childCount: number }) => ({
  code: r.unit.code, level: r.unit.level, parentCode: r.unit.parentCode, nameTh: r.unit.nameTh, nameEn: r.unit.nameEn,
  postalCode: r.unit.postalCode, active: r.unit.active, version: r.unit.version, childCount: Number(r.childCount),
});

/** Geography is reference data: every signed-in user with `geo.read` sees all of it. */
export async function listProvinces(deps: Deps, ctx: Ctx, includeRetired: boolean) {
  requirePermission(ctx.actor, 'geo.read');
  const rows = await repo.listProvinces(deps.db, includeRetired);
  return rows.map((r) => ({ ...out(r), agencyCode: r.agencyCode, regionCode: r.unit.regionCode }));
}

export async function listChildren(deps: Deps, ctx: Ctx, parentCode: string, includeRetired: boolean) {
  requirePermission(ctx.actor, 'geo.read');
  const parent = await repo.findGeo(deps.db, parentCode);
  if (!parent) throw notFound('unit.not_found');
  return (await repo.listChildren(deps.db, parentCode, includeRetired)).map(out);
}

async function parentsOf(deps: Deps, codes: string[]) {
  const parentCodes = new Set<string>();
  for (const c of codes) {
    if (c.length >= 4) parentCodes.add(c.slice(0, 2));
    if (c.length >= 6) parentCodes.add(c.slice(0, 4));
  }
  const rows = new Map((await repo.findGeoMany(deps.db, [...parentCodes])).map((r) => [r.code, r]));
  return (code: string) =>
    [code.length >= 6 ? code.slice(0, 4) : null, code.length >= 4 ? code.slice(0, 2) : null]
      .filter((c): c is string => !!c && rows.has(c))
      .map((c) => ({ code: c, nameTh: rows.get(c)!.nameTh, nameEn: rows.get(c)!.nameEn }));
}

export async function search(deps: Deps, ctx: Ctx, query: { q: string; level?: repo.GeoRow['level']; limit: number }) {
  requirePermission(ctx.actor, 'geo.read');
  const rows = await repo.searchGeo(deps.db, query.q, query.level, query.limit);
  const parents = await parentsOf(deps, rows.map((r) => r.unit.code));
  return rows.map((r) => ({ ...out(r), parents: parents(r.unit.code) }));
}

export async function getUnit(deps: Deps, ctx: Ctx, code: string) {
  requirePermission(ctx.actor, 'geo.read');
  const row = await repo.findGeo(deps.db, code);
  if (!row) throw notFound('unit.not_found');
  const parents = await parentsOf(deps, [code]);
  return { ...out(row), parents: parents(code) };
}

export async function createUnit(deps: Deps, ctx: Ctx, input: { code: string; nameTh: string; nameEn?: string | null; postalCode?: string | null }) {
  requirePermission(ctx.actor, 'geo.update');
  const level = levelOfCode(input.code)!;
  const parentCode = parentOfCode(input.code);
  if (await repo.findGeo(deps.db, input.code)) throw new AppError('geo.duplicate_code', 409, { issues: [{ path: 'code', message: 'already exists' }] });
  if (parentCode && !(await repo.findGeo(deps.db, parentCode))) throw invalid([{ path: 'code', message: `no parent unit ${parentCode}` }]);
  return deps.db.transaction(async (tx) => {
    const row = await repo.insertGeo(tx, {
      code: input.code, level, parentCode, nameTh: input.nameTh, nameEn: input.nameEn ?? null, postalCode: input.postalCode ?? null,
      regionCode: null,
    });
    await audit(tx, ctx, { verb: 'geo.create', targetType: 'geo_unit', targetId: row.code, after: row });
    return out({ unit: row, childCount: 0 });
  });
}

export async function updateUnit(deps: Deps, ctx: Ctx, code: string, input: { nameTh?: string; nameEn?: string | null; postalCode?: string | null; active?: boolean; version: number }) {
  requirePermission(ctx.actor, 'geo.update');
  const before = await repo.findGeo(deps.db, code);
  if (!before) throw notFound('unit.not_found');
  const { version, ...patch } = input;
  return deps.db.transaction(async (tx) => {
    const row = await repo.updateGeo(tx, code, version, patch);
    if (!row) throw stale(out(before));
    await audit(tx, ctx, { verb: 'geo.update', targetType: 'geo_unit', targetId: code, before: before.unit, after: row });
    return out({ unit: row, childCount: before.childCount });
  });
}
