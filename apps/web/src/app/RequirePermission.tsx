import { Outlet } from 'react-router';
import type { Permission } from '@ntag/shared';
import { Forbidden } from '../components/Forbidden';
import { hasPermission, useMe } from '../features/auth/useMe';

/** Renders the page only for holders of `permission`; others get a clear Thai notice. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const { data: me } = useMe();
  // The shell renders its children only once /api/me has answered, so `me` is here.
  return hasPermission(me, permission) ? <Outlet /> : <Forbidden />;
}
