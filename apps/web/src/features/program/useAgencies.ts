import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Agency, ProvinceAgency, Region } from '../../api/types';

export function useAgencies() {
  return useQuery({
    queryKey: ['program', 'agencies'],
    queryFn: ({ signal }) => api<Agency[]>('/api/program/agencies', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useRegions() {
  return useQuery({
    queryKey: ['program', 'regions'],
    queryFn: ({ signal }) => api<Region[]>('/api/program/regions', { signal }),
    staleTime: 60 * 60_000,
  });
}

/** Moves a province to another agency, sending the assignment version the list showed. */
export function useAssignProvince() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { provinceCode: string; toAgency: string; version: number }) =>
      api<ProvinceAgency>(`/api/program/provinces/${v.provinceCode}/agency`, {
        method: 'PUT',
        body: { agencyCode: v.toAgency, version: v.version },
      }),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['program', 'agencies'] });
      void qc.invalidateQueries({ queryKey: ['geo', 'provinces'] });
      void qc.invalidateQueries({ queryKey: ['area'] });
    },
  });
}
