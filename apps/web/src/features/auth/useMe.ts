import { useQuery } from '@tanstack/react-query';
import { GRANTABLE_ROLES, ROLE_PERMISSIONS, type Permission, type Role } from '@ntag/shared';
import type { Me } from '../../api/contract';
import { readMe } from '../../offline/readMe';

export const ME_KEY = ['me'] as const;

/**
 * The signed-in user, their roles and permissions. A 401 means "not signed in". With no
 * connection the user kept on the phone opens the shell (the offline field app, docs/adr/0021).
 */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: ({ signal }) => readMe(signal),
    staleTime: 5 * 60_000,
  });
}

/**
 * Permission checks here only decide what to show; the API decides what is allowed
 * (apps/api/src/lib/authz.ts) and answers 403/404 whatever the screen shows.
 */
export function hasPermission(me: Me | undefined, permission: Permission): boolean {
  return !!me?.permissions.includes(permission);
}

/**
 * Whether the user works at a province or above it (host agency, ministry, administrators): the
 * views that follow several tambons at once are theirs; districts and tambons work on their own.
 */
export function worksAtProvinceOrAbove(me: Me): boolean {
  return me.scope.all || me.roles.some((r) => r.role === 'admin' || r.role === 'ministry' || r.role === 'agency' || r.role === 'province');
}

/** Roles this user may hand out: the union over their roles that carry role.grant. */
export function grantableRoles(me: Me | undefined): Role[] {
  if (!me) return [];
  const out = new Set<Role>();
  for (const r of me.roles) {
    if (ROLE_PERMISSIONS[r.role].includes('role.grant')) for (const g of GRANTABLE_ROLES[r.role]) out.add(g);
  }
  return [...out];
}
