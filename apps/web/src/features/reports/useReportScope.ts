import { todayIso } from '@ntag/shared';
import { useMe } from '../auth/useMe';
import { useAgencies } from '../program/useAgencies';
import { useCohorts, useReportDeadlines } from '../program/useProgram';
import { lastMonth, periodOf, periodsNewestFirst } from './period';
import { receivesReports, reportableUnits } from './reportingUnit';
import { useOwnReportingUnit } from './useOwnReportingUnit';

/**
 * What the reports pages need to know about the user: their own reporting unit (if any), the
 * units they may open, whether reports come up to them, and the months that can be reported
 * (from January of the first cohort's year to this month; last month by default).
 */
export function useReportScope() {
  const me = useMe().data;
  const own = useOwnReportingUnit();
  const deadlines = useReportDeadlines();
  const agencies = useAgencies();
  const cohorts = useCohorts();
  const definitions = deadlines.data ?? [];
  const firstYear = Math.min(...(cohorts.data?.cohorts.map((c) => c.cohort) ?? [2565]));
  const today = todayIso();
  return {
    me,
    own,
    units: reportableUnits(me, agencies.data ?? [], own),
    receives: receivesReports(me, definitions),
    periods: periodsNewestFirst(`${firstYear - 543}-01`, periodOf(today)),
    defaultPeriod: lastMonth(today),
    pending: deadlines.isPending || agencies.isPending || cohorts.isPending,
    error: deadlines.error ?? agencies.error ?? cohorts.error,
  };
}
