import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, download } from '../../api/client';
import type { Dashboard, DashboardChart } from './types';

export interface DashboardFilter {
  /** An agency, province or district code; none = the top of my scope. */
  unit?: string;
  cohort?: number;
}

/** The numbers the dashboard draws for a unit and cohort. */
export function useDashboard(filter: DashboardFilter) {
  return useQuery({
    queryKey: ['dashboard', filter],
    queryFn: ({ signal }) => api<Dashboard>('/api/dashboard', { query: { unit: filter.unit, cohort: filter.cohort }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** One chart's table as an Excel sheet, built by the API from the same numbers. */
export const downloadChart = (chart: DashboardChart, filter: DashboardFilter) =>
  download('/api/dashboard.xlsx', { query: { unit: filter.unit, cohort: filter.cohort, chart }, fallbackName: `dashboard-${chart}.xlsx` });
