import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { EventFilter, EventInput } from '../../api/contract';
import { recordHooks } from '../records/useRecords';

/** Exchanges and sales of step 6 (GET/POST /api/transactions…). */
export const transactions = recordHooks('/api/transactions', 'transactions');

export type { EventFilter };

/** Marketing events (กิจกรรมส่งเสริมการตลาด) the province runs, with the groups taking part. */
export function useEvents(filter: EventFilter, enabled = true) {
  return useQuery({
    queryKey: ['events', filter],
    queryFn: ({ signal }) => unwrap(api.GET('/api/events', { params: { query: { ...filter, limit: 500 } }, signal })),
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

export const useCreateEvent = () => useEventMutation((v: EventInput & { id: string }) => unwrap(api.POST('/api/events', { body: v })));
export const useUpdateEvent = () =>
  useEventMutation((v: Partial<EventInput> & { id: string; version: number }) => {
    const { id, ...body } = v;
    return unwrap(api.PATCH('/api/events/{id}', { params: { path: { id } }, body }));
  });
export const useRemoveEvent = () =>
  useEventMutation((v: { id: string; version: number }) => unwrap(api.DELETE('/api/events/{id}', { params: { path: { id: v.id }, query: { version: v.version } } })));
