import type { Me } from '../../api/contract';
import { hasPermission, worksAtProvinceOrAbove } from '../auth/useMe';

/**
 * The selection summary (per province) is the view of the province and the levels above it
 * (host agency, ministry, administrators), who follow several tambons at once. Districts and
 * tambons work on their own candidates instead.
 */
export function seesSelectionSummary(me: Me | undefined): boolean {
  return !!me && hasPermission(me, 'selection.read') && worksAtProvinceOrAbove(me);
}
