import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export function useAgencies() {
  return useQuery({
    queryKey: ['program', 'agencies'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/program/agencies', { signal })),
    staleTime: 5 * 60_000,
  });
}

export function useRegions() {
  return useQuery({
    queryKey: ['program', 'regions'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/program/regions', { signal })),
    staleTime: 60 * 60_000,
  });
}

/** Moves a province to another agency, sending the assignment version the list showed. */
export function useAssignProvince() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { provinceCode: string; toAgency: string; version: number }) =>
      unwrap(api.PUT('/api/program/provinces/{code}/agency', { params: { path: { code: v.provinceCode } }, body: { agencyCode: v.toAgency, version: v.version } })),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['program', 'agencies'] });
      void qc.invalidateQueries({ queryKey: ['geo', 'provinces'] });
      void qc.invalidateQueries({ queryKey: ['area'] });
    },
  });
}
