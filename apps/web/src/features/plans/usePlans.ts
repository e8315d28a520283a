import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, download, unwrap } from '../../api/client';
import type { GroupPlanInput, IndividualPlanInput } from '../../api/contract';

export const farmerPlanKey = (farmerId: string | undefined, cohort: number | null) => ['plans', 'farmer', farmerId, cohort];
export const groupPlanKey = (groupId: string | undefined, cohort: number | null) => ['plans', 'group', groupId, cohort];

/** A farmer's plan and assessment (แบบ กท.02) for a cohort; `exists: false` before the first save. */
export function useFarmerPlan(farmerId: string | undefined, cohort: number | null) {
  return useQuery({
    queryKey: farmerPlanKey(farmerId, cohort),
    queryFn: ({ signal }) => unwrap(api.GET('/api/farmers/{id}/plans/{cohort}', { params: { path: { id: farmerId!, cohort: cohort! } }, signal })),
    enabled: !!farmerId && !!cohort,
  });
}

/** A group's production and marketing plan (แบบ กท.03) with the roll-up of the members' กท.02. */
export function useGroupPlan(groupId: string | undefined, cohort: number | null) {
  return useQuery({
    queryKey: groupPlanKey(groupId, cohort),
    queryFn: ({ signal }) => unwrap(api.GET('/api/groups/{id}/plans/{cohort}', { params: { path: { id: groupId!, cohort: cohort! } }, signal })),
    enabled: !!groupId && !!cohort,
  });
}

/** Saving a กท.02 changes its group's roll-up too: reload every plan. */
export function useSaveFarmerPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { farmerId: string; cohort: number; plan: IndividualPlanInput }) =>
      unwrap(api.PUT('/api/farmers/{id}/plans/{cohort}', { params: { path: { id: v.farmerId, cohort: v.cohort } }, body: v.plan })),
    onSuccess: (p) => qc.setQueryData(farmerPlanKey(p.farmerId, p.cohort), p),
    onSettled: () => void qc.invalidateQueries({ queryKey: ['plans'] }),
  });
}

export function useSaveGroupPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { groupId: string; cohort: number; plan: GroupPlanInput }) =>
      unwrap(api.PUT('/api/groups/{id}/plans/{cohort}', { params: { path: { id: v.groupId, cohort: v.cohort } }, body: v.plan })),
    onSuccess: (p) => qc.setQueryData(groupPlanKey(p.groupId, p.cohort), p),
    onSettled: () => void qc.invalidateQueries({ queryKey: ['plans'] }),
  });
}

/** แบบ กท.02 of a farmer (PDF or Excel). */
export function downloadKt02(farmer: string, cohort: number, kind: 'pdf' | 'xlsx'): Promise<void> {
  return download(`/api/forms/kt02.${kind}`, { query: { farmer, cohort }, fallbackName: `kt02-${cohort}.${kind}` });
}
