import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CommitteeRole } from '@ntag/shared';
import { api, download } from '../../api/client';
import type { Group, GroupInput, GroupSummary } from '../../api/types';

export interface GroupFilter {
  /** A province, district or tambon code (or an agency); none = my whole scope. */
  unit?: string;
  cohort?: number;
  q?: string;
}

export function useGroupList(filter: GroupFilter, enabled = true) {
  return useQuery({
    queryKey: ['groups', 'list', filter],
    queryFn: ({ signal }) => api<GroupSummary[]>('/api/groups', { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useGroup(id: string | undefined) {
  return useQuery({
    queryKey: ['groups', 'one', id],
    queryFn: ({ signal }) => api<Group>(`/api/groups/${id}`, { signal }),
    enabled: !!id,
  });
}

/**
 * A change to a group reloads groups, the selection summary (groups formed) and farmers (whose
 * "member of a group" follows). The answer is the whole group: it goes straight into the cache.
 */
function useGroupMutation<V>(fn: (v: V) => Promise<Group>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (g) => qc.setQueryData(['groups', 'one', g.id], g),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['groups'] });
      void qc.invalidateQueries({ queryKey: ['selection', 'summary'] });
      void qc.invalidateQueries({ queryKey: ['farmers'] });
      void qc.invalidateQueries({ queryKey: ['plans'] });
    },
  });
}

export interface CreateGroupVars extends GroupInput {
  /** Made once per dialog (newId): a retry returns the group already formed. */
  id: string;
  name: string;
  tambonCode: string;
  cohort: number;
}

export const useCreateGroup = () => useGroupMutation((v: CreateGroupVars) => api<Group>('/api/groups', { method: 'POST', body: v }));

export const useUpdateGroup = () =>
  useGroupMutation((v: GroupInput & { id: string; version: number }) => {
    const { id, ...body } = v;
    return api<Group>(`/api/groups/${id}`, { method: 'PATCH', body });
  });

export const useAddMember = () =>
  useGroupMutation((v: { id: string; farmerId: string }) => api<Group>(`/api/groups/${v.id}/members`, { method: 'POST', body: { farmerId: v.farmerId } }));

export const useRemoveMember = () =>
  useGroupMutation((v: { id: string; farmerId: string }) => api<Group>(`/api/groups/${v.id}/members/${v.farmerId}`, { method: 'DELETE' }));

export interface SeatInput {
  farmerId: string;
  role: CommitteeRole;
  title?: string | null;
}

export const useSetCommittee = () =>
  useGroupMutation((v: { id: string; seats: SeatInput[] }) => api<Group>(`/api/groups/${v.id}/committee`, { method: 'PUT', body: v.seats }));

/** แบบ กท.03 of a group (PDF or Excel). */
export function downloadKt03(group: string, cohort: number, kind: 'pdf' | 'xlsx'): Promise<void> {
  return download(`/api/forms/kt03.${kind}`, { query: { group, cohort }, fallbackName: `kt03-${cohort}.${kind}` });
}

/** The group's whole file: cover, กท.03 and each member's กท.02, in one PDF. */
export function downloadGroupFile(group: string, cohort: number): Promise<void> {
  return download('/api/forms/group.pdf', { query: { group, cohort }, fallbackName: `group-${cohort}.pdf` });
}
