import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { GroupProgress, OverrideInput } from '../../api/contract';

/** The progress page's filter as the page keeps it (`overdue` a switch; the API takes 'true'). */
export interface ProgressFilter {
  /** An org unit code (province, district, tambon, agency); none = the top of my scope. */
  unit?: string;
  cohort?: number;
  step?: number;
  status?: 'done' | 'in_progress' | 'not_started';
  overdue?: boolean;
  q?: string;
}

/** Groups asked for at a time (the counts always cover every group). */
export const PROGRESS_PAGE = 50;

/**
 * A unit's progress (GET /api/progress): the counts per step and per area below it, and its
 * groups a page at a time, filtered on the server; `fetchNextPage` brings the next page.
 */
export function useProgress(filter: ProgressFilter) {
  return useInfiniteQuery({
    queryKey: ['progress', 'table', filter],
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/progress', { params: { query: { ...filter, overdue: filter.overdue ? 'true' : undefined, limit: PROGRESS_PAGE, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** One group's seven steps. */
export function useGroupProgress(groupId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['progress', 'group', groupId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/groups/{id}/progress', { params: { path: { id: groupId! } }, signal })),
    enabled: !!groupId && enabled,
  });
}

function useStepMutation<V>(fn: (v: V) => Promise<GroupProgress>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (g) => qc.setQueryData(['progress', 'group', g.id], g),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['progress'] });
      void qc.invalidateQueries({ queryKey: ['timeline'] });
    },
  });
}

/** The district confirms or changes a step, with a reason (audited). */
export const useOverrideStep = () =>
  useStepMutation((v: OverrideInput & { groupId: string; step: number }) =>
    unwrap(api.PUT('/api/groups/{id}/steps/{step}', { params: { path: { id: v.groupId, step: v.step } }, body: { status: v.status, doneOn: v.doneOn, reason: v.reason } })),
  );

/** Removes the district's override: the records decide the step again. */
export const useClearOverride = () =>
  useStepMutation((v: { groupId: string; step: number }) => unwrap(api.DELETE('/api/groups/{id}/steps/{step}', { params: { path: { id: v.groupId, step: v.step } } })));

export const TIMELINE_PAGE = 60;

/** Everything recorded for a group, newest first; "โหลดก่อนหน้า" continues before the oldest day shown. */
export function useTimeline(groupId: string | undefined) {
  return useInfiniteQuery({
    queryKey: ['timeline', groupId],
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/groups/{id}/timeline', { params: { path: { id: groupId! }, query: { limit: TIMELINE_PAGE, before: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    enabled: !!groupId,
  });
}
