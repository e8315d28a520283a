import { useQuery } from '@tanstack/react-query';
import { GRANTABLE_ROLES, ROLE_PERMISSIONS, type Permission, type Role } from '@ntag/shared';
import { isApiError, NETWORK_ERROR_CODE } from '../../api/ApiError';
import { api, unwrap } from '../../api/client';
import { isReachable } from '../../api/reachability';
import type { Me } from '../../api/contract';
import { clearMe, loadMe, markSignOutPending, saveMe, signOutPending } from '../../offline/cachedMe';

export const ME_KEY = ['me'] as const;

/**
 * The signed-in user, their roles and permissions. A 401 means "not signed in". With no
 * connection the user kept on the phone opens the shell (the offline field app, docs/adr/0021).
 */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async ({ signal }) => {
      const kept = loadMe();
      if (kept && !isReachable()) return kept;
      if (signOutPending()) {
        // Signed out with no signal: end that session on the server first.
        try {
          await unwrap(api.POST('/api/auth/logout'));
        } catch (e) {
          if (isApiError(e) && e.code === NETWORK_ERROR_CODE) throw e;
        }
        markSignOutPending(false);
      }
      try {
        const me = await unwrap(api.GET('/api/me', { signal }));
        saveMe(me);
        return me;
      } catch (e) {
        if (kept && isApiError(e) && (e.code === NETWORK_ERROR_CODE || e.status >= 500)) return kept;
        if (isApiError(e, 401)) clearMe();
        throw e;
      }
    },
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
