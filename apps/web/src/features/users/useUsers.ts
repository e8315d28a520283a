import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@ntag/shared';
import { api } from '../../api/client';
import type { Page, User } from '../../api/types';

export interface UserListParams {
  unitCode?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: ['users', params],
    queryFn: ({ signal }) => api<Page<User>>('/api/users', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string | undefined) {
  return useQuery({
    queryKey: ['user', id],
    queryFn: ({ signal }) => api<User>(`/api/users/${id}`, { signal }),
    enabled: !!id,
  });
}

/**
 * After any change to a user, and after a failed one too (a 409 means our copy is stale):
 * the list and the detail both reload.
 */
function useUserMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['users'] });
      void qc.invalidateQueries({ queryKey: ['user'] });
      void qc.invalidateQueries({ queryKey: ['area'] });
    },
  });
}

export const useCreateUser = () =>
  useUserMutation((v: { username: string; password: string; displayName: string; unitCode?: string }) =>
    api<User>('/api/users', { method: 'POST', body: v }),
  );

export const useUpdateUser = () =>
  useUserMutation((v: { id: string; displayName?: string; active?: boolean; version: number }) => {
    const { id, ...body } = v;
    return api<User>(`/api/users/${id}`, { method: 'PATCH', body });
  });

export const useResetPassword = () =>
  useUserMutation((v: { id: string; newPassword: string }) =>
    api<{ ok: true }>(`/api/users/${v.id}/password`, { method: 'POST', body: { newPassword: v.newPassword } }),
  );

export const useGrantRole = () =>
  useUserMutation((v: { id: string; role: Role; unitCode: string }) =>
    api<User>(`/api/users/${v.id}/roles`, { method: 'POST', body: { role: v.role, unitCode: v.unitCode } }),
  );

export const useRevokeRole = () =>
  useUserMutation((v: { id: string; grantId: string }) =>
    api<User>(`/api/users/${v.id}/roles/${v.grantId}`, { method: 'DELETE' }),
  );
