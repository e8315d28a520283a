import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { EventInput, MarketingEvent, RecordPage, Transaction, TransactionInput } from '../../api/stepTypes';
import { recordHooks } from '../records/useRecords';

/** Exchanges and sales of step 6 (GET/POST /api/transactions…). */
export const transactions = recordHooks<Transaction, TransactionInput>('/api/transactions', 'transactions');

export interface EventFilter {
  province?: string;
  group?: string;
  from?: string;
  to?: string;
}

/** Marketing events (กิจกรรมส่งเสริมการตลาด) the province runs, with the groups taking part. */
export function useEvents(filter: EventFilter, enabled = true) {
  return useQuery({
    queryKey: ['events', filter],
    queryFn: ({ signal }) => api<RecordPage<MarketingEvent>>('/api/events', { query: { ...filter, limit: 500 }, signal }),
    enabled,
  });
}

/** An event names its groups: their timelines and steps follow. */
function useEventMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['events'] });
      void qc.invalidateQueries({ queryKey: ['timeline'] });
    },
  });
}

export const useCreateEvent = () => useEventMutation((v: EventInput & { id: string }) => api<MarketingEvent>('/api/events', { method: 'POST', body: v }));
export const useUpdateEvent = () =>
  useEventMutation((v: Partial<EventInput> & { id: string; version: number }) => {
    const { id, ...body } = v;
    return api<MarketingEvent>(`/api/events/${id}`, { method: 'PATCH', body });
  });
export const useRemoveEvent = () =>
  useEventMutation((v: { id: string; version: number }) => api<{ ok: boolean }>(`/api/events/${v.id}`, { method: 'DELETE', query: { version: v.version } }));
