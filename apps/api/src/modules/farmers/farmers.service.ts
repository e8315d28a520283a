import { maskNationalId, normalizeDigits } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import type { Executor } from '../../db/client';
import { audit, type Ctx } from '../../lib/audit';
import { can, requireInScope, requirePermission, scopeOf, unitInScope, type Actor } from '../../lib/authz';
import { LostRace } from '../../lib/db-errors';
import { AppError, notFound, stale } from '../../lib/errors';
import { findUnit, findUnits, tambonPlaces } from '../geo/units';
import type { CreateFarmerInput, UpdateFarmerInput } from './farmers.schemas';
import * as repo from './farmers.repo';
import { decodeCursor, encodeCursor, fullName, similarNames } from './farmers.rules';

type Deps = Pick<ModuleDeps, 'db'>;

/** Full national ids for callers who work with individual farmers there; masked for the rest. */
export function idVisibility(actor: Actor) {
  const full = scopeOf(actor, 'farmer.read_id');
  return (tambonCode: string) => unitInScope(full, { code: tambonCode, kind: 'tambon' });
}

/** Farmers as the API shows them, with their places named and ids masked where they must be. */
export async function present(db: Executor, actor: Actor, rows: repo.FarmerWithGroup[]) {
  const placesOf = await tambonPlaces(db, rows.map((r) => r.tambonCode));
  const seesId = idVisibility(actor);
  return rows.map((r) => {
    const full = seesId(r.tambonCode);
    return {
      id: r.id,
      nationalId: full ? r.nationalId : maskNationalId(r.nationalId),
      nationalIdMasked: !full,
      title: r.title, firstName: r.firstName, lastName: r.lastName, birthDate: r.birthDate,
      sex: r.sex as 'male' | 'female' | 'unspecified' | null,
      phone: r.phone, houseNo: r.houseNo, villageNo: r.villageNo, villageName: r.villageName,
      tambonCode: r.tambonCode,
      ...placesOf(r.tambonCode),
      householdSize: r.householdSize, farmerRegistryNo: r.farmerRegistryNo, plotAreaSqm: r.plotAreaSqm,
      titleDeedType: r.titleDeedType as never, pondDug: r.pondDug, pondYear: r.pondYear, pondVolumeM3: r.pondVolumeM3,
      activities: r.activities ?? [], notes: r.notes, groupId: r.groupId ?? null,
      createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), version: r.version,
    };
  });
}

/** Name tokens or a national id out of a search box. */
function parseQuery(q: string | undefined, fullIds: boolean) {
  if (!q) return {};
  const digits = normalizeDigits(q).replace(/[\s-]/g, '');
  if (/^\d+$/.test(digits)) {
    // Callers who see masked ids may look up one whole id, not browse by prefix.
    return { nationalId: { value: digits, exact: !fullIds || digits.length === 13 } };
  }
  const tokens = q.replace(/^(นาย|นางสาว|นาง|น\.ส\.)\s*/, '').split(/\s+/).filter(Boolean);
  return { nameTokens: tokens };
}

export async function listFarmers(deps: Deps, ctx: Ctx, query: { tambon?: string; district?: string; province?: string; q?: string; limit: number; cursor?: string }) {
  const { actor } = ctx;
  requirePermission(actor, 'farmer.read');
  const area = query.tambon ?? query.district ?? query.province;
  if (area) requireInScope(actor, 'farmer.read', await findUnit(deps.db, area));
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  if (query.cursor && !cursor) throw new AppError('validation.failed', 400, { issues: [{ path: 'cursor', message: 'not a cursor from this list' }] });
  const filter: repo.FarmerFilter = {
    scope: scopeOf(actor, 'farmer.read'), area, cursor, limit: query.limit + 1,
    ...parseQuery(query.q, can(actor, 'farmer.read_id')),
  };
  const [rows, total] = await Promise.all([repo.listFarmers(deps.db, filter), repo.countFarmers(deps.db, filter)]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: await present(deps.db, actor, page),
    total,
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}

/** A farmer the actor may see with `permission`, or 404. */
export async function farmerInScope(db: Executor, actor: Actor, permission: 'farmer.read' | 'farmer.update' | 'plan.read' | 'plan.update', id: string) {
  requirePermission(actor, permission);
  const row = await repo.findFarmer(db, id);
  const scope = scopeOf(actor, permission);
  const visible = row && (unitInScope(scope, { code: row.tambonCode, kind: 'tambon' }) || (!!row.groupId && scope.groups.includes(row.groupId)));
  if (!visible) throw notFound('farmer.not_found');
  return row;
}

export async function getFarmer(deps: Deps, ctx: Ctx, id: string) {
  const row = await farmerInScope(deps.db, ctx.actor, 'farmer.read', id);
  return (await present(deps.db, ctx.actor, [row]))[0]!;
}

async function requireTambon(db: Executor, actor: Actor, permission: 'farmer.create' | 'farmer.update', code: string) {
  const unit = await findUnit(db, code);
  if (!unit || unit.kind !== 'tambon' || !unit.active) {
    throw new AppError('farmer.unknown_tambon', 400, { issues: [{ path: 'tambonCode', message: `no tambon ${code}` }] });
  }
  requireInScope(actor, permission, unit);
}

/** 409 naming where the national id is registered, and the record only if the caller may see it. */
async function duplicateIdError(db: Executor, actor: Actor, existing: repo.FarmerRow): Promise<AppError> {
  const units = await findUnits(db, [existing.tambonCode, existing.tambonCode.slice(0, 4), existing.tambonCode.slice(0, 2)]);
  const name = (c: string) => ({ code: c, nameTh: units.get(c)?.nameTh ?? c });
  const visible = unitInScope(scopeOf(actor, 'farmer.read'), { code: existing.tambonCode, kind: 'tambon' });
  return new AppError('farmer.duplicate_national_id', 409, {
    issues: [{ path: 'nationalId', message: 'already registered' }],
    registeredIn: { tambon: name(existing.tambonCode), district: name(existing.tambonCode.slice(0, 4)), province: name(existing.tambonCode.slice(0, 2)) },
    ...(visible ? { farmerId: existing.id } : {}),
  });
}

function rowOf(input: CreateFarmerInput | (UpdateFarmerInput & { id?: string })) {
  const { version: _v, ...fields } = input as UpdateFarmerInput;
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

/** Same id sent twice: the same body is the same record (idempotent), a different one a conflict. */
export function sameAsStored(stored: repo.FarmerRow, input: CreateFarmerInput): boolean {
  const wanted = rowOf(input) as Record<string, unknown>;
  const have = stored as unknown as Record<string, unknown>;
  return Object.entries(wanted).every(([k, v]) => JSON.stringify(v ?? null) === JSON.stringify(have[k] ?? (k === 'activities' ? [] : k === 'pondDug' ? false : null)));
}

/**
 * Farmers of the same district with a similar name and the same birth date. Only those the caller
 * may read are named; for the rest the answer says only that one exists in another area (no
 * name, id, birth date or tambon: a tambon worker must not learn who lives in the next tambon).
 */
async function possibleDuplicates(db: Executor, actor: Actor, f: repo.FarmerRow) {
  if (!f.birthDate) return { possibleDuplicates: [], possibleDuplicateElsewhere: false };
  const near = (await repo.sameDistrictAndBirth(db, f.tambonCode.slice(0, 4), f.birthDate, f.id)).filter((o) => similarNames(o, f));
  const scope = scopeOf(actor, 'farmer.read');
  const visible = near.filter((o) => unitInScope(scope, { code: o.tambonCode, kind: 'tambon' }));
  const units = await findUnits(db, visible.map((o) => o.tambonCode));
  return {
    possibleDuplicates: visible.map((o) => ({
      id: o.id, fullName: fullName(o), birthDate: o.birthDate,
      tambon: { code: o.tambonCode, nameTh: units.get(o.tambonCode)?.nameTh ?? o.tambonCode, nameEn: units.get(o.tambonCode)?.nameEn ?? null },
    })),
    possibleDuplicateElsewhere: visible.length < near.length,
  };
}

export async function createFarmer(deps: Deps, ctx: Ctx, input: CreateFarmerInput): Promise<{ created: boolean; farmer: Awaited<ReturnType<typeof present>>[number] & Awaited<ReturnType<typeof possibleDuplicates>> }> {
  const { actor } = ctx;
  requirePermission(actor, 'farmer.create');
  await requireTambon(deps.db, actor, 'farmer.create', input.tambonCode);
  const existingId = await repo.findFarmer(deps.db, input.id);
  if (existingId) {
    if (!sameAsStored(existingId, input)) throw new AppError('farmer.id_conflict', 409, { issues: [{ path: 'id', message: 'this id belongs to another record' }] });
    const [out] = await present(deps.db, actor, [existingId]);
    return { created: false, farmer: { ...out!, ...(await possibleDuplicates(deps.db, actor, existingId)) } };
  }
  const sameId = await repo.findByNationalId(deps.db, input.nationalId);
  // Registered under this very id: an identical request committed since the look-up by id.
  if (sameId?.id === input.id) throw new LostRace();
  if (sameId) throw await duplicateIdError(deps.db, actor, sameId);
  const row = await deps.db.transaction(async (tx) => {
    const inserted = await repo.insertFarmer(tx, { ...(rowOf(input) as CreateFarmerInput), createdBy: actor.userId });
    await audit(tx, ctx, { verb: 'farmer.create', targetType: 'farmer', targetId: inserted.id, after: inserted });
    return inserted;
  });
  const [out] = await present(deps.db, actor, [{ ...row, groupId: null }]);
  return { created: true, farmer: { ...out!, ...(await possibleDuplicates(deps.db, actor, row)) } };
}

export async function updateFarmer(deps: Deps, ctx: Ctx, id: string, input: UpdateFarmerInput) {
  const { actor } = ctx;
  const before = await farmerInScope(deps.db, actor, 'farmer.update', id);
  if (input.tambonCode && input.tambonCode !== before.tambonCode) await requireTambon(deps.db, actor, 'farmer.update', input.tambonCode);
  if (input.nationalId && input.nationalId !== before.nationalId) {
    const other = await repo.findByNationalId(deps.db, input.nationalId);
    if (other) throw await duplicateIdError(deps.db, actor, other);
  }
  const after = await deps.db.transaction(async (tx) => {
    const row = await repo.updateFarmer(tx, id, input.version, rowOf(input));
    if (!row) return null;
    await audit(tx, ctx, { verb: 'farmer.update', targetType: 'farmer', targetId: id, before, after: row });
    return row;
  });
  if (!after) throw stale((await present(deps.db, actor, [(await repo.findFarmer(deps.db, id))!]))[0]);
  return (await present(deps.db, actor, [{ ...after, groupId: before.groupId }]))[0]!;
}

/** Shows one national id in full to a caller who sees masked ids, and records that it did. */
export async function revealNationalId(deps: Deps, ctx: Ctx, id: string) {
  const { actor } = ctx;
  if (!can(actor, 'farmer.reveal_id') && !can(actor, 'farmer.read_id')) requirePermission(actor, 'farmer.reveal_id');
  const row = await farmerInScope(deps.db, actor, 'farmer.read', id);
  await deps.db.transaction((tx) => audit(tx, ctx, { verb: 'farmer.reveal_id', targetType: 'farmer', targetId: id }));
  return { nationalId: row.nationalId };
}
