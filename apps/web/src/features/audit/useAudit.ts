import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { AuditEntry, Page } from '../../api/types';

export interface AuditFilters {
  userId?: string;
  targetType?: string;
  targetId?: string;
  verb?: string;
  from?: string;
  to?: string;
}

export function useAudit(filters: AuditFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['audit', filters, page, pageSize],
    queryFn: ({ signal }) => api<Page<AuditEntry>>('/api/audit', { query: { ...filters, page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}
