import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../api/client';
import type { LoginResult } from '../../api/types';
import { ME_KEY } from './useMe';

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      api<LoginResult>('/api/auth/login', { method: 'POST', body, csrf: false }),
    onSuccess: async (res) => {
      setCsrfToken(res.csrfToken);
      // Nothing cached from another account may leak into this session.
      qc.clear();
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ ok: true }>('/api/auth/logout', { method: 'POST' }),
    onSettled: () => {
      setCsrfToken(null);
      qc.clear();
      qc.setQueryData(ME_KEY, undefined);
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api<{ ok: true }>('/api/auth/password', { method: 'POST', body }),
  });
}
