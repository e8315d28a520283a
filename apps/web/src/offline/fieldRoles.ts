import type { Me } from '../api/contract';

/**
 * Who keeps data on the phone and syncs by itself: the people who work in the field or follow
 * it closely (tambon workers, district officers, the province's working group). The national
 * roles would pull the whole country: their screens stay online-only.
 */
export function syncsOffline(me: Me): boolean {
  return !me.scope.all && me.roles.some((r) => r.role === 'tambon' || r.role === 'district' || r.role === 'province');
}
