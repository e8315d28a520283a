import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, download, unwrap } from '../../api/client';
import type { CommitteeSeatInput, Group, GroupFilter, GroupInput, NewGroup } from '../../api/contract';

/** `unit`: a province, district or tambon code (or an agency), none = my whole scope. */
export type { GroupFilter };

export function useGroupList(filter: GroupFilter, enabled = true) {
  return useQuery({
    queryKey: ['groups', 'list', filter],
    queryFn: ({ signal }) => unwrap(api.GET('/api/groups', { params: { query: { ...filter } }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useGroup(id: string | undefined) {
  return useQuery({
    queryKey: ['groups', 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/groups/{id}', { params: { path: { id: id! } }, signal })),
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

/** `id` is made once per dialog (newId): a retry returns the group already formed. */
export type CreateGroupVars = NewGroup;

export const useCreateGroup = () => useGroupMutation((v: CreateGroupVars) => unwrap(api.POST('/api/groups', { body: v })));

export const useUpdateGroup = () =>
  useGroupMutation((v: GroupInput & { id: string; version: number }) => {
    const { id, ...body } = v;
    return unwrap(api.PATCH('/api/groups/{id}', { params: { path: { id } }, body }));
  });

export const useAddMember = () =>
  useGroupMutation((v: { id: string; farmerId: string }) => unwrap(api.POST('/api/groups/{id}/members', { params: { path: { id: v.id } }, body: { farmerId: v.farmerId } })));

export const useRemoveMember = () =>
  useGroupMutation((v: { id: string; farmerId: string }) => unwrap(api.DELETE('/api/groups/{id}/members/{farmerId}', { params: { path: { id: v.id, farmerId: v.farmerId } } })));

export type SeatInput = CommitteeSeatInput;

export const useSetCommittee = () =>
  useGroupMutation((v: { id: string; seats: SeatInput[] }) => unwrap(api.PUT('/api/groups/{id}/committee', { params: { path: { id: v.id } }, body: v.seats })));

/** แบบ กท.03 of a group (PDF or Excel). */
export function downloadKt03(group: string, cohort: number, kind: 'pdf' | 'xlsx'): Promise<void> {
  return download(`/api/forms/kt03.${kind}`, { query: { group, cohort }, fallbackName: `kt03-${cohort}.${kind}` });
}

/** The group's whole file: cover, กท.03 and each member's กท.02, in one PDF. */
export function downloadGroupFile(group: string, cohort: number): Promise<void> {
  return download('/api/forms/group.pdf', { query: { group, cohort }, fallbackName: `group-${cohort}.pdf` });
}
