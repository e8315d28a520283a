import type { Me } from '../../api/contract';
import { hasPermission, worksAtProvinceOrAbove } from '../auth/useMe';

/**
 * The province's market work (survey framework, analysis, online channels) is the view of the
 * province and the levels above it; districts and tambons survey outlets on each group's page.
 */
export function seesMarkets(me: Me | undefined): boolean {
  return !!me && hasPermission(me, 'market.read') && worksAtProvinceOrAbove(me);
}
