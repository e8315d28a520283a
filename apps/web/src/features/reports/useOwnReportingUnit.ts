import { useMe } from '../auth/useMe';
import { useReportDeadlines } from '../program/useProgram';
import { ownReportingUnit } from './reportingUnit';

/**
 * The unit whose report the signed-in user writes (null: none, or not known yet), by the report
 * definitions switched on. Its own module: the home page's returned-report notice asks only
 * this, without the rest of the reports pages' scope.
 */
export function useOwnReportingUnit() {
  const me = useMe().data;
  const definitions = useReportDeadlines().data ?? [];
  return ownReportingUnit(me, definitions.filter((d) => d.enabled).map((d) => d.fromLevel));
}
