import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OutletType } from '@ntag/shared';
import { api } from '../../api/client';
import type { ChannelInput, MarketAnalysis, OnlineChannel, Outlet, OutletInput, RecordPage, SurveyFramework, SurveyQuestion } from '../../api/stepTypes';
import { recordHooks } from '../records/useRecords';

/** Outlets surveyed near a group (step 5; GET/POST /api/outlets…). */
export const outlets = recordHooks<Outlet, OutletInput>('/api/outlets', 'outlets');

/** How the province collects market data: the outlet types and the questions asked at each. */
export function useFramework(provinceCode: string | undefined) {
  return useQuery({
    queryKey: ['markets', 'framework', provinceCode],
    queryFn: ({ signal }) => api<SurveyFramework>(`/api/provinces/${provinceCode}/survey-framework`, { signal }),
    enabled: !!provinceCode,
    staleTime: 5 * 60_000,
  });
}

export function useSaveFramework(provinceCode: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { outletTypes: OutletType[]; questions: SurveyQuestion[]; version?: number }) =>
      api<SurveyFramework>(`/api/provinces/${provinceCode}/survey-framework`, { method: 'PUT', body: v }),
    onSuccess: (f) => qc.setQueryData(['markets', 'framework', provinceCode], f),
    onSettled: () => void qc.invalidateQueries({ queryKey: ['markets', 'framework', provinceCode] }),
  });
}

/** The province's market analysis: outlets by type and by product, and its online channels. */
export function useAnalysis(provinceCode: string | undefined, cohort: number | null) {
  return useQuery({
    queryKey: ['markets', 'analysis', provinceCode, cohort],
    queryFn: ({ signal }) => api<MarketAnalysis>('/api/markets/analysis', { query: { province: provinceCode, cohort }, signal }),
    enabled: !!provinceCode,
  });
}

/** Online channels (websites, pages, LINE) the province compiles; province-wide, some for one group. */
export function useChannels(filter: { province?: string; group?: string }, enabled = true) {
  return useQuery({
    queryKey: ['markets', 'channels', filter],
    queryFn: ({ signal }) => api<RecordPage<OnlineChannel>>('/api/channels', { query: { ...filter }, signal }),
    enabled,
  });
}

function useChannelMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => void qc.invalidateQueries({ queryKey: ['markets'] }),
  });
}

export const useCreateChannel = () => useChannelMutation((v: ChannelInput & { id: string }) => api<OnlineChannel>('/api/channels', { method: 'POST', body: v }));
export const useUpdateChannel = () =>
  useChannelMutation((v: Partial<ChannelInput> & { id: string; version: number }) => {
    const { id, ...body } = v;
    return api<OnlineChannel>(`/api/channels/${id}`, { method: 'PATCH', body });
  });
export const useRemoveChannel = () =>
  useChannelMutation((v: { id: string; version: number }) => api<{ ok: boolean }>(`/api/channels/${v.id}`, { method: 'DELETE', query: { version: v.version } }));
