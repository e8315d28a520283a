import type { Me } from '../../api/types';

/**
 * The province's market work (survey framework, analysis, online channels) is the view of the
 * province and the levels above it; districts and tambons survey outlets on each group's page.
 */
export function seesMarkets(me: Me | undefined): boolean {
  if (!me?.permissions.includes('market.read')) return false;
  return me.scope.all || me.roles.some((r) => r.role === 'admin' || r.role === 'ministry' || r.role === 'agency' || r.role === 'province');
}
