import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { GeoLevel, GeoPatch } from '../../api/contract';

const GEO_STALE = 10 * 60_000; // reference data: changes rarely

export function useProvinces(includeRetired = false) {
  return useQuery({
    queryKey: ['geo', 'provinces', includeRetired],
    queryFn: ({ signal }) => unwrap(api.GET('/api/geo/provinces', { params: { query: { includeRetired: includeRetired ? 'true' : undefined } }, signal })),
    staleTime: GEO_STALE,
  });
}

export function useDistricts(provinceCode: string | undefined, includeRetired = false) {
  return useQuery({
    queryKey: ['geo', 'districts', provinceCode, includeRetired],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/geo/provinces/{code}/districts', { params: { path: { code: provinceCode! }, query: { includeRetired: includeRetired ? 'true' : undefined } }, signal })),
    enabled: !!provinceCode,
    staleTime: GEO_STALE,
  });
}

export function useTambons(districtCode: string | undefined, includeRetired = false) {
  return useQuery({
    queryKey: ['geo', 'tambons', districtCode, includeRetired],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/geo/districts/{code}/tambons', { params: { path: { code: districtCode! }, query: { includeRetired: includeRetired ? 'true' : undefined } }, signal })),
    enabled: !!districtCode,
    staleTime: GEO_STALE,
  });
}

export function useGeoUnit(code: string | undefined) {
  return useQuery({
    queryKey: ['geo', 'unit', code],
    queryFn: ({ signal }) => unwrap(api.GET('/api/geo/units/{code}', { params: { path: { code: code! } }, signal })),
    enabled: !!code,
    staleTime: GEO_STALE,
  });
}

export function useGeoSearch(q: string, level: GeoLevel | undefined) {
  const trimmed = q.trim();
  return useQuery({
    queryKey: ['geo', 'search', trimmed, level],
    queryFn: ({ signal }) => unwrap(api.GET('/api/geo/search', { params: { query: { q: trimmed, level, limit: 30 } }, signal })),
    enabled: trimmed.length > 0,
    placeholderData: keepPreviousData,
    staleTime: GEO_STALE,
  });
}

export type { GeoPatch };

export function useUpdateGeoUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ code, patch }: { code: string; patch: GeoPatch }) =>
      unwrap(api.PATCH('/api/geo/units/{code}', { params: { path: { code } }, body: patch })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['geo'] });
      void qc.invalidateQueries({ queryKey: ['area'] });
    },
  });
}
