import type { Me } from '../../api/types';

/**
 * The selection summary (per province) is the view of the province and the levels above it
 * (host agency, ministry, administrators), who follow several tambons at once. Districts and
 * tambons work on their own candidates instead.
 */
export function seesSelectionSummary(me: Me | undefined): boolean {
  if (!me?.permissions.includes('selection.read')) return false;
  return me.scope.all || me.roles.some((r) => r.role === 'admin' || r.role === 'ministry' || r.role === 'agency' || r.role === 'province');
}
