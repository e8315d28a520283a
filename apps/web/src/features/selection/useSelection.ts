import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, download, unwrap } from '../../api/client';
import type { Criteria } from '../../api/contract';
import type { Decision, Proposal } from '@ntag/shared';

/** Candidates of one tambon and cohort (form กท.01) with their counts. */
export function useSelection(tambon: string | undefined, cohort: number | null) {
  return useQuery({
    queryKey: ['selection', 'list', tambon, cohort],
    queryFn: ({ signal }) => unwrap(api.GET('/api/selection', { params: { query: { tambon: tambon!, cohort: cohort! } }, signal })),
    enabled: !!tambon && tambon.length === 6 && !!cohort,
    placeholderData: keepPreviousData,
  });
}

/** Per province: tambons with candidates, candidates, selected, groups, groups formed. */
export function useSelectionSummary(cohort: number | null, unit: string | undefined) {
  return useQuery({
    queryKey: ['selection', 'summary', cohort, unit],
    queryFn: ({ signal }) => unwrap(api.GET('/api/selection/summary', { params: { query: { cohort: cohort!, unit } }, signal })),
    enabled: !!cohort,
    placeholderData: keepPreviousData,
  });
}

/**
 * Every change reloads the selection (lists and summary) and the groups, whose "selected
 * farmers to add" come from it. A 409 also reloads: our copy was stale.
 */
function useSelectionMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['selection'] });
      void qc.invalidateQueries({ queryKey: ['groups'] });
    },
  });
}

export interface ProposeVars {
  /** Made once per dialog and farmer (newId), so a retry returns the saved candidate. */
  id: string;
  cohort: number;
  farmerId: string;
  criteria: Criteria;
  proposal: Proposal;
}

export const usePropose = () => useSelectionMutation((v: ProposeVars) => unwrap(api.POST('/api/selection', { body: v })));

export const useUpdateCandidate = () =>
  useSelectionMutation((v: { id: string; criteria: Criteria; proposal: Proposal; version: number }) => {
    const { id, ...body } = v;
    return unwrap(api.PATCH('/api/selection/{id}', { params: { path: { id } }, body }));
  });

export const useDecide = () =>
  useSelectionMutation((v: { id: string; decision: Decision; reason: string | null; version: number }) => {
    const { id, ...body } = v;
    return unwrap(api.POST('/api/selection/{id}/decision', { params: { path: { id } }, body }));
  });

/** แบบ กท.01 of a tambon and cohort, as PDF or Excel (printing is audited by the API). */
export function downloadKt01(tambon: string, cohort: number, kind: 'pdf' | 'xlsx'): Promise<void> {
  return download(`/api/forms/kt01.${kind}`, { query: { tambon, cohort }, fallbackName: `kt01-${tambon}-${cohort}.${kind}` });
}

/** Farmers of a tambon matching a name or id (the propose dialog), first 30 in name order. */
export function useTambonFarmers(tambon: string | undefined, q: string) {
  return useQuery({
    queryKey: ['farmers', 'tambon', tambon, q],
    queryFn: ({ signal }) => unwrap(api.GET('/api/farmers', { params: { query: { tambon, q: q || undefined, limit: 30 } }, signal })),
    enabled: !!tambon,
    placeholderData: keepPreviousData,
  });
}

/** Tambons of my area with candidates waiting for the province's decision, with counts (issue 15). */
export function useWaitingTambons(cohort: number | null, enabled = true) {
  return useQuery({
    queryKey: ['selection', 'waiting', cohort],
    queryFn: ({ signal }) => unwrap(api.GET('/api/selection/waiting', { params: { query: cohort ? { cohort } : {} }, signal })),
    enabled,
  });
}

/** Several proposed candidates selected at once: all or none (issue 15). */
export const useDecideMany = () =>
  useSelectionMutation((candidates: { id: string; version: number }[]) => unwrap(api.POST('/api/selection/decisions', { body: { decision: 'selected', candidates } })));
