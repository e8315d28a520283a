import { Outlet } from 'react-router';
import type { Permission } from '@ntag/shared';
import type { Me } from '../api/contract';
import { Forbidden } from '../components/Forbidden';
import { hasPermission, useMe } from '../features/auth/useMe';

/**
 * Renders the page only for holders of `permission` (and, if given, users `when` accepts:
 * e.g. a view meant for the province and above); others get a clear Thai notice.
 */
export function RequirePermission({ permission, when }: { permission: Permission; when?: (me: Me) => boolean }) {
  const { data: me } = useMe();
  // The shell renders its children only once /api/me has answered, so `me` is here.
  return hasPermission(me, permission) && (!when || (me && when(me))) ? <Outlet /> : <Forbidden />;
}
