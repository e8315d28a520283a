import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient, type InfiniteData, type QueryClient, type UseInfiniteQueryResult, type UseMutationResult } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Answer, Body, RecordFilter, RecordMeta, RecordPage } from '../../api/contract';

/** The list filter every group record type takes (GET /api/<records>): group, unit, cohort, dates, page size. */
export type { RecordFilter };

export const RECORD_PAGE_SIZE = 30;

/** The record types of steps 3–6: each has the same five routes (apps/api records.routes.ts). */
export type RecordPath = '/api/learning-sessions' | '/api/production' | '/api/outlets' | '/api/transactions';
/** A record as the API answers it, by its path. */
export type RecordOf<P extends RecordPath> = Answer<`${P}/{id}`>;
/** What a create takes besides the ids the client makes. */
export type InputOf<P extends RecordPath> = Omit<Body<P, 'post'>, 'id' | 'groupId'>;

/** What a record type's hooks give a screen (recordHooks) and its editor (scenes/field/useRecordEditor). */
export interface RecordHooks<T extends RecordMeta, In> {
  useList(filter: RecordFilter, enabled?: boolean): UseInfiniteQueryResult<InfiniteData<RecordPage<T>>>;
  useCreate(): UseMutationResult<T, Error, In & { id: string; groupId: string }>;
  useUpdate(): UseMutationResult<T, Error, Partial<In> & { id: string; version: number }>;
  /** `reason`: sent to whoever recorded it, when that is someone else (the record is refused). */
  useRemove(): UseMutationResult<{ ok: true }, Error, { id: string; version: number; reason?: string }>;
}

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
 *
 * openapi-fetch types each path on its own; the four paths share one set of routes, so the calls
 * go through one of them (production) and the types come back from `P`.
 */
export function recordHooks<P extends RecordPath>(path: P, key: string): RecordHooks<RecordOf<P>, InputOf<P>> {
  type T = RecordOf<P>;
  type In = InputOf<P>;
  const list = path as '/api/production';
  const one = `${path}/{id}` as '/api/production/{id}';

  const useList = (filter: RecordFilter, enabled = true) =>
    useInfiniteQuery({
      queryKey: ['records', key, filter],
      queryFn: ({ pageParam, signal }) =>
        unwrap(api.GET(list, { params: { query: { limit: RECORD_PAGE_SIZE, ...filter, cursor: pageParam } }, signal })) as unknown as Promise<RecordPage<T>>,
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
  const useCreate = () =>
    useMutationOf((v: In & { id: string; groupId: string }) => unwrap(api.POST(list, { body: v as never })) as unknown as Promise<T>);
  const useUpdate = () =>
    useMutationOf((v: Partial<In> & { id: string; version: number }) => {
      const { id, ...body } = v;
      return unwrap(api.PATCH(one, { params: { path: { id } }, body: body as never })) as unknown as Promise<T>;
    });
  const useRemove = () =>
    useMutationOf((v: { id: string; version: number; reason?: string }) => unwrap(api.DELETE(one, { params: { path: { id: v.id }, query: { version: v.version, reason: v.reason } } })));

  return { useList, useCreate, useUpdate, useRemove };
}

/** All the items loaded so far of a paged list. */
export function itemsOf<T>(data: { pages: RecordPage<T>[] } | undefined): T[] {
  return data?.pages.flatMap((p) => p.items) ?? [];
}
