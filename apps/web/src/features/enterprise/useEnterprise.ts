import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { EnterpriseInput } from '../../api/contract';

/** Step 7: informed → applied → registered as a community enterprise; `exists: false` before the first save. */
export function useEnterprise(groupId: string | undefined) {
  return useQuery({
    queryKey: ['enterprise', groupId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/groups/{id}/enterprise', { params: { path: { id: groupId! } }, signal })),
    enabled: !!groupId,
  });
}

/** The registration code shows on every group answer (badge), and step 7 on the progress. */
export function useSaveEnterprise(groupId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: EnterpriseInput) => unwrap(api.PUT('/api/groups/{id}/enterprise', { params: { path: { id: groupId } }, body: v })),
    onSuccess: (e) => qc.setQueryData(['enterprise', groupId], e),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['enterprise', groupId] });
      void qc.invalidateQueries({ queryKey: ['groups'] });
      void qc.invalidateQueries({ queryKey: ['progress'] });
      void qc.invalidateQueries({ queryKey: ['timeline'] });
    },
  });
}
