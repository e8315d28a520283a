import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { GeoHit, GeoLevel, GeoProvince, GeoUnit } from '../../api/types';

const GEO_STALE = 10 * 60_000; // reference data: changes rarely

export function useProvinces(includeRetired = false) {
  return useQuery({
    queryKey: ['geo', 'provinces', includeRetired],
    queryFn: ({ signal }) => api<GeoProvince[]>('/api/geo/provinces', { query: { includeRetired: includeRetired || undefined }, signal }),
    staleTime: GEO_STALE,
  });
}

export function useDistricts(provinceCode: string | undefined, includeRetired = false) {
  return useQuery({
    queryKey: ['geo', 'districts', provinceCode, includeRetired],
    queryFn: ({ signal }) =>
      api<GeoUnit[]>(`/api/geo/provinces/${provinceCode}/districts`, { query: { includeRetired: includeRetired || undefined }, signal }),
    enabled: !!provinceCode,
    staleTime: GEO_STALE,
  });
}

export function useTambons(districtCode: string | undefined, includeRetired = false) {
  return useQuery({
    queryKey: ['geo', 'tambons', districtCode, includeRetired],
    queryFn: ({ signal }) =>
      api<GeoUnit[]>(`/api/geo/districts/${districtCode}/tambons`, { query: { includeRetired: includeRetired || undefined }, signal }),
    enabled: !!districtCode,
    staleTime: GEO_STALE,
  });
}

export function useGeoUnit(code: string | undefined) {
  return useQuery({
    queryKey: ['geo', 'unit', code],
    queryFn: ({ signal }) => api<GeoHit>(`/api/geo/units/${code}`, { signal }),
    enabled: !!code,
    staleTime: GEO_STALE,
  });
}

export function useGeoSearch(q: string, level: GeoLevel | undefined) {
  const trimmed = q.trim();
  return useQuery({
    queryKey: ['geo', 'search', trimmed, level],
    queryFn: ({ signal }) => api<GeoHit[]>('/api/geo/search', { query: { q: trimmed, level, limit: 30 }, signal }),
    enabled: trimmed.length > 0,
    placeholderData: keepPreviousData,
    staleTime: GEO_STALE,
  });
}

export interface GeoPatch {
  nameTh?: string;
  nameEn?: string | null;
  postalCode?: string | null;
  active?: boolean;
  version: number;
}

export function useUpdateGeoUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ code, patch }: { code: string; patch: GeoPatch }) =>
      api<GeoUnit>(`/api/geo/units/${code}`, { method: 'PATCH', body: patch }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['geo'] });
      void qc.invalidateQueries({ queryKey: ['area'] });
    },
  });
}
