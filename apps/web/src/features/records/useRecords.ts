import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { RecordMeta, RecordPage } from '../../api/stepTypes';

/** The list filter every group record type takes (GET /api/<records>). */
export interface RecordFilter {
  group?: string;
  /** An org unit code: records of the groups in its area. */
  unit?: string;
  cohort?: number;
  from?: string;
  to?: string;
  /** Page size (default 30; up to 500 for a picker that wants them all). */
  limit?: number;
}

export const RECORD_PAGE_SIZE = 30;

/**
 * A record changes what the group's steps show (a first production record makes step 4 done)
 * and its timeline: those are reloaded with the records themselves.
 */
export function invalidateAfterRecord(qc: QueryClient, key: string): void {
  void qc.invalidateQueries({ queryKey: ['records', key] });
  void qc.invalidateQueries({ queryKey: ['progress'] });
  void qc.invalidateQueries({ queryKey: ['timeline'] });
}

/**
 * The hooks of one record type of steps 3–6 (learning sessions, production, outlets,
 * transactions): a paged list (newest first, "โหลดเพิ่ม" follows the cursor), an idempotent
 * create (the caller's id, made once per form), an update with the version read, and a soft
 * delete with it.
 */
export function recordHooks<T extends RecordMeta, In>(path: string, key: string) {
  const useList = (filter: RecordFilter, enabled = true) =>
    useInfiniteQuery({
      queryKey: ['records', key, filter],
      queryFn: ({ pageParam, signal }) => api<RecordPage<T>>(path, { query: { limit: RECORD_PAGE_SIZE, ...filter, cursor: pageParam }, signal }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
      enabled,
    });

  const useMutationOf = <V, R>(fn: (v: V) => Promise<R>) => {
    const qc = useQueryClient();
    return useMutation({ mutationFn: fn, onSettled: () => invalidateAfterRecord(qc, key) });
  };

  /** `id` is made once per form (newId): a retry after a timeout returns the saved record. */
  const useCreate = () => useMutationOf((v: In & { id: string; groupId: string }) => api<T>(path, { method: 'POST', body: v }));
  const useUpdate = () =>
    useMutationOf((v: Partial<In> & { id: string; version: number }) => {
      const { id, ...body } = v;
      return api<T>(`${path}/${id}`, { method: 'PATCH', body });
    });
  const useRemove = () =>
    useMutationOf((v: { id: string; version: number }) => api<{ ok: boolean }>(`${path}/${v.id}`, { method: 'DELETE', query: { version: v.version } }));

  return { useList, useCreate, useUpdate, useRemove };
}

/** All the items loaded so far of a paged list. */
export function itemsOf<T>(data: { pages: RecordPage<T>[] } | undefined): T[] {
  return data?.pages.flatMap((p) => p.items) ?? [];
}
