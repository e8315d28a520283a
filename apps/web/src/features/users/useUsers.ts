import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@ntag/shared';
import { api, unwrap } from '../../api/client';

export interface UserListParams {
  /** An org unit code: its users and those below it. */
  unit?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: ['users', params],
    queryFn: ({ signal }) => unwrap(api.GET('/api/users', { params: { query: { ...params } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string | undefined) {
  return useQuery({
    queryKey: ['user', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/users/{id}', { params: { path: { id: id! } }, signal })),
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
    unwrap(api.POST('/api/users', { body: v })),
  );

export const useUpdateUser = () =>
  useUserMutation((v: { id: string; displayName?: string; active?: boolean; version: number }) => {
    const { id, ...body } = v;
    return unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body }));
  });

export const useResetPassword = () =>
  useUserMutation((v: { id: string; newPassword: string }) =>
    unwrap(api.POST('/api/users/{id}/password', { params: { path: { id: v.id } }, body: { newPassword: v.newPassword } })),
  );

export const useGrantRole = () =>
  useUserMutation((v: { id: string; role: Role; unitCode: string }) =>
    unwrap(api.POST('/api/users/{id}/roles', { params: { path: { id: v.id } }, body: { role: v.role, unitCode: v.unitCode } })),
  );

export const useRevokeRole = () =>
  useUserMutation((v: { id: string; grantId: string }) =>
    unwrap(api.DELETE('/api/users/{id}/roles/{grantId}', { params: { path: { id: v.id, grantId: v.grantId } } })),
  );
