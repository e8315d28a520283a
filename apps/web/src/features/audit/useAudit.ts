import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { AuditFilters } from '../../api/contract';

export type { AuditFilters };

export function useAudit(filters: AuditFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['audit', filters, page, pageSize],
    queryFn: ({ signal }) => unwrap(api.GET('/api/audit', { params: { query: { ...filters, page, pageSize } }, signal })),
    placeholderData: keepPreviousData,
  });
}
