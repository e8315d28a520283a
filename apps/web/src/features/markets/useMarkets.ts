import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OutletType } from '@ntag/shared';
import { api, unwrap } from '../../api/client';
import type { ChannelInput, SurveyQuestion } from '../../api/contract';
import { recordHooks } from '../records/useRecords';

/** Outlets surveyed near a group (step 5; GET/POST /api/outlets…). */
export const outlets = recordHooks('/api/outlets', 'outlets');

/** How the province collects market data: the outlet types and the questions asked at each. */
export function useFramework(provinceCode: string | undefined) {
  return useQuery({
    queryKey: ['markets', 'framework', provinceCode],
    queryFn: ({ signal }) => unwrap(api.GET('/api/provinces/{code}/survey-framework', { params: { path: { code: provinceCode! } }, signal })),
    enabled: !!provinceCode,
    staleTime: 5 * 60_000,
  });
}

export function useSaveFramework(provinceCode: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { outletTypes: OutletType[]; questions: SurveyQuestion[]; version?: number }) =>
      unwrap(api.PUT('/api/provinces/{code}/survey-framework', { params: { path: { code: provinceCode } }, body: v })),
    onSuccess: (f) => qc.setQueryData(['markets', 'framework', provinceCode], f),
    onSettled: () => void qc.invalidateQueries({ queryKey: ['markets', 'framework', provinceCode] }),
  });
}

/** The province's market analysis: outlets by type and by product, and its online channels. */
export function useAnalysis(provinceCode: string | undefined, cohort: number | null) {
  return useQuery({
    queryKey: ['markets', 'analysis', provinceCode, cohort],
    queryFn: ({ signal }) => unwrap(api.GET('/api/markets/analysis', { params: { query: { province: provinceCode!, cohort: cohort ?? undefined } }, signal })),
    enabled: !!provinceCode,
  });
}

/** Online channels (websites, pages, LINE) the province compiles; province-wide, some for one group. */
export function useChannels(filter: { province?: string; group?: string }, enabled = true) {
  return useQuery({
    queryKey: ['markets', 'channels', filter],
    queryFn: ({ signal }) => unwrap(api.GET('/api/channels', { params: { query: { ...filter } }, signal })),
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

export const useCreateChannel = () => useChannelMutation((v: ChannelInput & { id: string }) => unwrap(api.POST('/api/channels', { body: v })));
export const useUpdateChannel = () =>
  useChannelMutation((v: Partial<ChannelInput> & { id: string; version: number }) => {
    const { id, ...body } = v;
    return unwrap(api.PATCH('/api/channels/{id}', { params: { path: { id } }, body }));
  });
export const useRemoveChannel = () =>
  useChannelMutation((v: { id: string; version: number }) => unwrap(api.DELETE('/api/channels/{id}', { params: { path: { id: v.id }, query: { version: v.version } } })));
