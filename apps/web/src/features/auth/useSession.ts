import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken, unwrap } from '../../api/client';
import { markSignOutPending } from '../../offline/cachedMe';
import { ME_KEY } from './useMe';

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    // Sign-in carries no CSRF token: there is no session yet (api/client.ts).
    mutationFn: (body: { username: string; password: string }) => unwrap(api.POST('/api/auth/login', { body })),
    onSuccess: async (res) => {
      setCsrfToken(res.csrfToken);
      // A new session: an earlier offline sign-out no longer has one to end.
      markSignOutPending(false);
      // Nothing cached from another account may leak into this session.
      qc.clear();
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/logout')),
    onSettled: () => {
      setCsrfToken(null);
      qc.clear();
      qc.setQueryData(ME_KEY, undefined);
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => unwrap(api.POST('/api/auth/password', { body })),
  });
}

/** My name and position as printed on the signature lines of the forms I print or send. */
export function useSetSigner() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; position: string }) => unwrap(api.PUT('/api/me/signer', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ME_KEY }),
  });
}
