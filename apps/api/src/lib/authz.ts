import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { GRANTABLE_ROLES, ROLE_PERMISSIONS, type Permission, type Role, type UnitKind } from '@ntag/shared';
import { AppError, forbidden, notFound } from './errors';

/**
 * Authorisation, in one place. A role is granted on an org unit and covers every unit below
 * it. DOPA codes nest by prefix (province 40 ⊃ district 4001 ⊃ tambon 400101), so a scope is
 * a set of code prefixes; an agency grant expands to the provinces currently assigned to it.
 * Missing permission → 403; a target outside the scope → 404 (its existence is not revealed).
 */

export interface Grant {
  role: Role;
  unitCode: string;
  unitKind: UnitKind;
  /** For an agency grant: the province codes assigned to the agency when the actor was loaded. */
  provinces?: string[];
}

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  homeUnitCode: string;
  sessionId: string;
  grants: Grant[];
  permissions: ReadonlySet<Permission>;
}

export interface Scope {
  all: boolean;
  /** DOPA code prefixes: a unit whose code starts with one is inside. */
  prefixes: string[];
  agencies: string[];
  groups: string[];
}

/** A unit as scope checks need it. */
export interface ScopedUnit {
  code: string;
  kind: UnitKind;
  /** For a group: the tambon it belongs to. */
  tambonCode?: string | null;
}

export function permissionsOf(grants: Grant[]): Set<Permission> {
  return new Set(grants.flatMap((g) => ROLE_PERMISSIONS[g.role] ?? []));
}

export const can = (actor: Actor, permission: Permission): boolean => actor.permissions.has(permission);

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden();
}

/** The part of the country in which the actor holds `permission`. */
export function scopeOf(actor: Actor, permission: Permission): Scope {
  return scopeOfGrants(actor.grants, permission);
}

function scopeOfGrants(grants: Grant[], permission: Permission): Scope {
  const scope: Scope = { all: false, prefixes: [], agencies: [], groups: [] };
  for (const g of grants) {
    if (!(ROLE_PERMISSIONS[g.role] ?? []).includes(permission)) continue;
    switch (g.unitKind) {
      case 'country':
        scope.all = true;
        break;
      case 'agency':
        scope.agencies.push(g.unitCode);
        scope.prefixes.push(...(g.provinces ?? []));
        break;
      case 'group':
        scope.groups.push(g.unitCode);
        break;
      default:
        scope.prefixes.push(g.unitCode);
    }
  }
  return scope;
}

const underPrefix = (scope: Scope, code: string) => scope.prefixes.some((p) => code.startsWith(p));

export function unitInScope(scope: Scope, unit: ScopedUnit): boolean {
  if (scope.all) return true;
  switch (unit.kind) {
    case 'country':
      return false;
    case 'agency':
      return scope.agencies.includes(unit.code);
    case 'group':
      return scope.groups.includes(unit.code) || (!!unit.tambonCode && underPrefix(scope, unit.tambonCode));
    default:
      return underPrefix(scope, unit.code);
  }
}

/**
 * The scope covers a province or some part of it: enough to read what the province keeps for
 * everyone working in it (survey framework, online channels, marketing events).
 */
export function reachesProvince(scope: Scope, provinceCode: string): boolean {
  return scope.all || scope.prefixes.some((p) => p.startsWith(provinceCode) || provinceCode.startsWith(p));
}

/** 403 without the permission anywhere; 404 when the unit is outside where it is held. */
export function requireInScope(actor: Actor, permission: Permission, unit: ScopedUnit | null, notFoundCode: ConstructorParameters<typeof AppError>[0] = 'unit.not_found'): void {
  requirePermission(actor, permission);
  if (!unit || !unitInScope(scopeOf(actor, permission), unit)) throw notFound(notFoundCode);
}

/** SQL: a DOPA-coded column lies inside the scope (lists are scoped in SQL, never after). */
export function geoCodeInScope(scope: Scope, column: AnyPgColumn | SQL): SQL {
  if (scope.all) return sql`true`;
  if (scope.prefixes.length === 0) return sql`false`;
  return sql`(${sql.join(scope.prefixes.map((p) => sql`${column} like ${`${p}%`}`), sql` or `)})`;
}

/** SQL: a (code, kind) pair naming any org unit lies inside the scope. */
export function unitInScopeSql(scope: Scope, code: AnyPgColumn, kind: AnyPgColumn): SQL {
  if (scope.all) return sql`true`;
  const parts: SQL[] = [];
  if (scope.prefixes.length) {
    parts.push(sql`(${kind} in ('province','district','tambon') and ${geoCodeInScope(scope, code)})`);
    // A group lies where its tambon lies.
    parts.push(sql`(${kind} = 'group' and ${code} in (select g.id::text from model_group g where ${geoCodeInScope(scope, sql`g.tambon_code`)}))`);
  }
  if (scope.agencies.length) parts.push(sql`(${kind} = 'agency' and ${code} in (${sql.join(scope.agencies.map((a) => sql`${a}`), sql`, `)}))`);
  if (scope.groups.length) parts.push(sql`(${kind} = 'group' and ${code} in (${sql.join(scope.groups.map((g) => sql`${g}`), sql`, `)}))`);
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

/** A role a user holds, on its unit (a group's unit carries its tambon). */
export interface HeldRole {
  role: Role;
  unit: ScopedUnit;
}

/** The permissions that manage accounts: editing, enabling, resetting a password; granting and revoking roles. */
export type ManagePermission = 'user.update' | 'role.grant';

/**
 * The actor has authority over `held` with `permission`: one of its own grants carries the
 * permission, covers the unit the role is held on, and ranks at or above the role — the roles a
 * grant may hand out (GRANTABLE_ROLES) are the roles whose holders it may manage. Checked per
 * grant, so authority from two grants never combines into more than either gives.
 */
export function hasAuthorityOver(actor: Actor, permission: ManagePermission, held: HeldRole): boolean {
  return actor.grants.some((g) => GRANTABLE_ROLES[g.role].includes(held.role) && unitInScope(scopeOfGrants([g], permission), held.unit));
}

/** A user account as the management rule sees it: where it belongs and every role it holds. */
export interface ManagedUser {
  home: ScopedUnit;
  roles: HeldRole[];
}

/**
 * The actor may manage the account: its home unit lies inside the actor's scope and the actor
 * has authority over every role it holds. A province officer therefore never manages an
 * account that also holds a ministry, agency or administrator role, whatever its home unit.
 */
export function mayManageUser(actor: Actor, permission: ManagePermission, user: ManagedUser): boolean {
  return can(actor, permission) && unitInScope(scopeOf(actor, permission), user.home) && user.roles.every((r) => hasAuthorityOver(actor, permission, r));
}

/**
 * 403 without the permission; 404 when the account is missing or belongs outside the scope
 * (its existence is not revealed); 403 `user.not_manageable` when it belongs inside the scope
 * (the caller can list it) but holds a role above the caller's authority.
 */
export function requireManageUser(actor: Actor, permission: ManagePermission, user: ManagedUser | null): void {
  requirePermission(actor, permission);
  if (!user || !unitInScope(scopeOf(actor, permission), user.home)) throw notFound('user.not_found');
  if (!mayManageUser(actor, permission, user)) throw new AppError('user.not_manageable', 403);
}
