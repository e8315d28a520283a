import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Enterprise, EnterpriseInput } from '../../api/stepTypes';

/** Step 7: informed → applied → registered as a community enterprise; `exists: false` before the first save. */
export function useEnterprise(groupId: string | undefined) {
  return useQuery({
    queryKey: ['enterprise', groupId],
    queryFn: ({ signal }) => api<Enterprise>(`/api/groups/${groupId}/enterprise`, { signal }),
    enabled: !!groupId,
  });
}

/** The registration code shows on every group answer (badge), and step 7 on the progress. */
export function useSaveEnterprise(groupId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: EnterpriseInput) => api<Enterprise>(`/api/groups/${groupId}/enterprise`, { method: 'PUT', body: v }),
    onSuccess: (e) => qc.setQueryData(['enterprise', groupId], e),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['enterprise', groupId] });
      void qc.invalidateQueries({ queryKey: ['groups'] });
      void qc.invalidateQueries({ queryKey: ['progress'] });
      void qc.invalidateQueries({ queryKey: ['timeline'] });
    },
  });
}
