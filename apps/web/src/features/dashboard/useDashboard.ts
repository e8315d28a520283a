import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, download, unwrap } from '../../api/client';
import type { DashboardChart, DashboardFilter } from '../../api/contract';

/** `unit`: an agency, province or district code, none = the top of my scope; `cohort`: a BE year. */
export type { DashboardFilter };

/** The numbers the dashboard draws for a unit and cohort. */
export function useDashboard(filter: DashboardFilter) {
  return useQuery({
    queryKey: ['dashboard', filter],
    queryFn: ({ signal }) => unwrap(api.GET('/api/dashboard', { params: { query: { unit: filter.unit, cohort: filter.cohort } }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** One chart's table as an Excel sheet, built by the API from the same numbers. */
export const downloadChart = (chart: DashboardChart, filter: DashboardFilter) =>
  download('/api/dashboard.xlsx', { query: { unit: filter.unit, cohort: filter.cohort, chart }, fallbackName: `dashboard-${chart}.xlsx` });
