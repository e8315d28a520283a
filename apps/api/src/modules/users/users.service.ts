import { ROLE_UNIT_KIND, type Role, type UnitKind } from '@ntag/shared';
import type { ModuleDeps } from '../../module';
import type { Executor } from '../../db/client';
import { audit, type Ctx } from '../../lib/audit';
import { hasAuthorityOver, mayManageUser, requireInScope, requireManageUser, requirePermission, scopeOf, type Actor, type HeldRole, type ManagedUser, type ManagePermission } from '../../lib/authz';
import { AppError, invalid, notFound, stale } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { hashPassword } from '../../lib/passwords';
import { areaOfUnit, findUnit, findUnits, kindOfCode, type OrgUnit } from '../geo/units';
import { forgetAttemptsOf, pausedNames } from '../auth/auth.repo';
import { signInLimits } from '../auth/auth.service';
import * as repo from './users.repo';

type Deps = Pick<ModuleDeps, 'db' | 'config'>;

/** Each user's roles on their units, as the management rule needs them (a group's unit with its tambon). */
function heldRoles(grants: repo.GrantRow[], units: Map<string, OrgUnit>) {
  const out = new Map<string, HeldRole[]>();
  for (const g of grants) {
    const list = out.get(g.userId) ?? out.set(g.userId, []).get(g.userId)!;
    list.push({ role: g.role as Role, unit: { code: g.unitCode, kind: g.unitKind as UnitKind, tambonCode: units.get(g.unitCode)?.tambonCode ?? null } });
  }
  return out;
}

const managedUser = (u: repo.UserRow, roles: HeldRole[] | undefined): ManagedUser => ({ home: { code: u.homeUnitCode, kind: u.homeUnitKind as UnitKind }, roles: roles ?? [] });

/**
 * Users as the API shows them: home unit and roles with their units' names, and whether the
 * actor may manage each one (lib/authz.ts: authority over every role the user holds).
 */
async function present(deps: Deps, actor: Actor, users: repo.UserRow[]) {
  const { db } = deps;
  const grants = await repo.grantsOf(db, users.map((u) => u.id));
  const paused = await pausedNames(db, users.map((u) => u.username), signInLimits(deps.config));
  const units = await findUnits(db, [...users.map((u) => u.homeUnitCode), ...grants.map((g) => g.unitCode)]);
  const held = heldRoles(grants, units);
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
    // Some address may not try this name now (too many wrong passwords from it; docs/adr/0011).
    locked: paused.has(u.username),
    manageable: mayManageUser(actor, 'user.update', managedUser(u, held.get(u.id))),
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

/** A user the actor may read (home unit inside the scope of `user.read`), or 404. */
async function readableUser(db: Executor, actor: Actor, id: string) {
  requirePermission(actor, 'user.read');
  const user = await repo.findUser(db, id);
  requireInScope(actor, 'user.read', user && { code: user.homeUnitCode, kind: user.homeUnitKind as OrgUnit['kind'] }, 'user.not_found');
  return user!;
}

/**
 * A user the actor may manage with `permission`: 404 outside the scope, 403
 * `user.not_manageable` when the user holds a role above the actor's authority.
 */
async function manageableUser(db: Executor, actor: Actor, permission: ManagePermission, id: string) {
  requirePermission(actor, permission);
  const user = await repo.findUser(db, id);
  if (!user) throw notFound('user.not_found');
  const grants = await repo.grantsOf(db, [id]);
  const held = heldRoles(grants, await findUnits(db, grants.map((g) => g.unitCode)));
  requireManageUser(actor, permission, managedUser(user, held.get(id)));
  return user;
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
  return { items: await present(deps, actor, rows), total, page: query.page, pageSize: query.pageSize };
}

export async function getUser(deps: Deps, ctx: Ctx, id: string) {
  const user = await readableUser(deps.db, ctx.actor, id);
  return (await present(deps, ctx.actor, [user]))[0]!;
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
  return (await present(deps, actor, [created]))[0]!;
}

export async function updateUser(deps: Deps, ctx: Ctx, id: string, input: { displayName?: string; active?: boolean; email?: string | null; lineUserId?: string | null; version: number }) {
  const before = await manageableUser(deps.db, ctx.actor, 'user.update', id);
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
  if (!after) throw stale((await present(deps, ctx.actor, [(await repo.findUser(deps.db, id))!]))[0]);
  return (await present(deps, ctx.actor, [after]))[0]!;
}

export async function resetPassword(deps: Deps, ctx: Ctx, id: string, newPassword: string) {
  const user = await manageableUser(deps.db, ctx.actor, 'user.update', id);
  const passwordHash = await hashPassword(newPassword);
  await deps.db.transaction(async (tx) => {
    await repo.resetPassword(tx, id, passwordHash);
    await repo.deleteSessionsOf(tx, id);
    await forgetAttemptsOf(tx, user.username);
    await audit(tx, ctx, { verb: 'user.password_reset', targetType: 'user', targetId: id });
  });
}

/**
 * Grants a role: the actor must be able to manage the user as it stands (authority over every
 * role it already holds) and have authority over the new role on its unit.
 */
export async function grantRole(deps: Deps, ctx: Ctx, userId: string, input: { role: Role; unitCode: string }) {
  const { actor } = ctx;
  const user = await manageableUser(deps.db, actor, 'role.grant', userId);
  const kind = kindOfCode(input.unitCode);
  if (kind !== ROLE_UNIT_KIND[input.role]) {
    throw new AppError('role.unit_mismatch', 400, { issues: [{ path: 'unitCode', message: `role ${input.role} is granted on a ${ROLE_UNIT_KIND[input.role]} unit` }] });
  }
  const unit = await findUnit(deps.db, input.unitCode);
  requireInScope(actor, 'role.grant', unit);
  if (!hasAuthorityOver(actor, 'role.grant', { role: input.role, unit: unit! })) throw new AppError('role.not_grantable', 403);
  if (await repo.findGrant(deps.db, userId, input.role, unit!.code)) throw new AppError('role.already_granted', 409);
  await deps.db.transaction(async (tx) => {
    const grant = await repo.insertGrant(tx, { id: newId(), userId, role: input.role, unitCode: unit!.code, unitKind: unit!.kind, grantedBy: actor.userId });
    await audit(tx, ctx, { verb: 'role.grant', targetType: 'user', targetId: userId, after: grant });
  });
  return (await present(deps, actor, [user]))[0]!;
}

/** Revokes a role of a user the actor may manage (so it has authority over that role too). */
export async function revokeRole(deps: Deps, ctx: Ctx, userId: string, grantId: string) {
  const { actor } = ctx;
  const user = await manageableUser(deps.db, actor, 'role.grant', userId);
  const grant = await repo.findGrantById(deps.db, userId, grantId);
  if (!grant) throw notFound('role.not_found');
  await deps.db.transaction(async (tx) => {
    await repo.deleteGrant(tx, grantId);
    await audit(tx, ctx, { verb: 'role.revoke', targetType: 'user', targetId: userId, before: grant });
  });
  return (await present(deps, actor, [user]))[0]!;
}
