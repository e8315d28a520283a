import { GRANTABLE_ROLES, ROLE_PERMISSIONS, ROLE_UNIT_KIND, type Role } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import type { Executor } from '../../db/client';
import { audit, type Ctx } from '../../lib/audit';
import { requireInScope, requirePermission, scopeOf, type Actor } from '../../lib/authz';
import { AppError, invalid, notFound, stale } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { hashPassword } from '../../lib/passwords';
import { areaOfUnit, findUnit, findUnits, kindOfCode, type OrgUnit } from '../geo/units';
import * as repo from './users.repo';

type Deps = Pick<ModuleDeps, 'db'>;

/** A user as the API shows it: home unit and roles with their units' names. */
async function present(db: Executor, users: repo.UserRow[]) {
  const grants = await repo.grantsOf(db, users.map((u) => u.id));
  const units = await findUnits(db, [...users.map((u) => u.homeUnitCode), ...grants.map((g) => g.unitCode)]);
  const unitRef = (code: string) => {
    const u = units.get(code);
    return { code, kind: u?.kind ?? kindOfCode(code), nameTh: u?.nameTh ?? code, nameEn: u?.nameEn ?? null };
  };
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    homeUnit: unitRef(u.homeUnitCode),
    active: u.active,
    email: u.email,
    lineUserId: u.lineUserId,
    locked: !!u.lockedUntil && u.lockedUntil.getTime() > Date.now(),
    roles: grants
      .filter((g) => g.userId === u.id)
      .map((g) => ({
        id: g.id, role: g.role as Role, unitCode: g.unitCode, unitKind: ROLE_UNIT_KIND[g.role as Role],
        unitNameTh: unitRef(g.unitCode).nameTh, unitNameEn: unitRef(g.unitCode).nameEn, grantedAt: g.grantedAt.toISOString(),
      })),
    createdAt: u.createdAt.toISOString(),
    version: u.version,
  }));
}

/** A user the actor may see with `permission`, or 404. */
async function userInScope(db: Executor, actor: Actor, permission: 'user.read' | 'user.update' | 'role.grant', id: string) {
  requirePermission(actor, permission);
  const user = await repo.findUser(db, id);
  requireInScope(actor, permission, user && { code: user.homeUnitCode, kind: user.homeUnitKind as OrgUnit['kind'] }, 'user.not_found');
  return user!;
}

export async function listUsers(deps: Deps, ctx: Ctx, query: { unit?: string; q?: string; page: number; pageSize: number }) {
  const { actor } = ctx;
  requirePermission(actor, 'user.read');
  let under;
  if (query.unit) {
    const unit = await findUnit(deps.db, query.unit);
    requireInScope(actor, 'user.read', unit);
    under = await areaOfUnit(deps.db, unit!);
  }
  const { rows, total } = await repo.listUsers(deps.db, {
    scope: scopeOf(actor, 'user.read'), under, q: query.q, limit: query.pageSize, offset: (query.page - 1) * query.pageSize,
  });
  return { items: await present(deps.db, rows), total, page: query.page, pageSize: query.pageSize };
}

export async function getUser(deps: Deps, ctx: Ctx, id: string) {
  const user = await userInScope(deps.db, ctx.actor, 'user.read', id);
  return (await present(deps.db, [user]))[0]!;
}

export async function createUser(deps: Deps, ctx: Ctx, input: { username: string; password: string; displayName: string; unitCode?: string; email?: string | null; lineUserId?: string | null }) {
  const { actor } = ctx;
  requirePermission(actor, 'user.create');
  const unitCode = input.unitCode ?? actor.homeUnitCode;
  const unit = await findUnit(deps.db, unitCode);
  requireInScope(actor, 'user.create', unit);
  if (await repo.usernameExists(deps.db, input.username)) {
    throw new AppError('user.username_taken', 409, { issues: [{ path: 'username', message: 'already taken' }] });
  }
  const passwordHash = await hashPassword(input.password);
  const created = await deps.db.transaction(async (tx) => {
    const row = await repo.insertUser(tx, {
      id: newId(), username: input.username, displayName: input.displayName, passwordHash,
      homeUnitCode: unit!.code, homeUnitKind: unit!.kind, email: input.email ?? null, lineUserId: input.lineUserId ?? null,
    });
    await audit(tx, ctx, { verb: 'user.create', targetType: 'user', targetId: row.id, after: row });
    return row;
  });
  return (await present(deps.db, [created]))[0]!;
}

export async function updateUser(deps: Deps, ctx: Ctx, id: string, input: { displayName?: string; active?: boolean; email?: string | null; lineUserId?: string | null; version: number }) {
  const before = await userInScope(deps.db, ctx.actor, 'user.update', id);
  if (input.active === false && id === ctx.actor.userId) {
    throw invalid([{ path: 'active', message: 'you cannot disable your own account' }]);
  }
  const after = await deps.db.transaction(async (tx) => {
    const row = await repo.updateUser(tx, id, input.version, { displayName: input.displayName, active: input.active, email: input.email, lineUserId: input.lineUserId });
    if (!row) return null;
    if (input.active === false) await repo.deleteSessionsOf(tx, id);
    await audit(tx, ctx, { verb: 'user.update', targetType: 'user', targetId: id, before, after: row });
    return row;
  });
  if (!after) throw stale((await present(deps.db, [(await repo.findUser(deps.db, id))!]))[0]);
  return (await present(deps.db, [after]))[0]!;
}

export async function resetPassword(deps: Deps, ctx: Ctx, id: string, newPassword: string) {
  await userInScope(deps.db, ctx.actor, 'user.update', id);
  const passwordHash = await hashPassword(newPassword);
  await deps.db.transaction(async (tx) => {
    await repo.resetPassword(tx, id, passwordHash);
    await repo.deleteSessionsOf(tx, id);
    await audit(tx, ctx, { verb: 'user.password_reset', targetType: 'user', targetId: id });
  });
}

/** Roles the actor may hand out, from the roles in which they hold `role.grant`. */
function grantableBy(actor: Actor): Set<Role> {
  return new Set(actor.grants.filter((g) => ROLE_PERMISSIONS[g.role].includes('role.grant')).flatMap((g) => GRANTABLE_ROLES[g.role]));
}

export async function grantRole(deps: Deps, ctx: Ctx, userId: string, input: { role: Role; unitCode: string }) {
  const { actor } = ctx;
  const user = await userInScope(deps.db, actor, 'role.grant', userId);
  const kind = kindOfCode(input.unitCode);
  if (kind !== ROLE_UNIT_KIND[input.role]) {
    throw new AppError('role.unit_mismatch', 400, { issues: [{ path: 'unitCode', message: `role ${input.role} is granted on a ${ROLE_UNIT_KIND[input.role]} unit` }] });
  }
  const unit = await findUnit(deps.db, input.unitCode);
  requireInScope(actor, 'role.grant', unit);
  if (!grantableBy(actor).has(input.role)) throw new AppError('role.not_grantable', 403);
  if (await repo.findGrant(deps.db, userId, input.role, unit!.code)) throw new AppError('role.already_granted', 409);
  await deps.db.transaction(async (tx) => {
    const grant = await repo.insertGrant(tx, { id: newId(), userId, role: input.role, unitCode: unit!.code, unitKind: unit!.kind, grantedBy: actor.userId });
    await audit(tx, ctx, { verb: 'role.grant', targetType: 'user', targetId: userId, after: grant });
  });
  return (await present(deps.db, [user]))[0]!;
}

export async function revokeRole(deps: Deps, ctx: Ctx, userId: string, grantId: string) {
  const { actor } = ctx;
  const user = await userInScope(deps.db, actor, 'role.grant', userId);
  const grant = await repo.findGrantById(deps.db, userId, grantId);
  if (!grant) throw notFound('role.not_found');
  const unit = await findUnit(deps.db, grant.unitCode);
  requireInScope(actor, 'role.grant', unit ?? { code: grant.unitCode, kind: grant.unitKind as OrgUnit['kind'] }, 'role.not_found');
  if (!grantableBy(actor).has(grant.role as Role)) throw new AppError('role.not_grantable', 403);
  await deps.db.transaction(async (tx) => {
    await repo.deleteGrant(tx, grantId);
    await audit(tx, ctx, { verb: 'role.revoke', targetType: 'user', targetId: userId, before: grant });
  });
  return (await present(deps.db, [user]))[0]!;
}
