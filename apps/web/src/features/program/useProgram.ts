import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Cohort, CohortList, ProgramTarget, ReportDeadline, Step, StepSchedule } from '../../api/types';
import { useNameOf } from '../../i18n/I18nProvider';

const STALE = 5 * 60_000;

export function useCohorts() {
  return useQuery({
    queryKey: ['program', 'cohorts'],
    queryFn: ({ signal }) => api<CohortList>('/api/program/cohorts', { signal }),
    staleTime: STALE,
  });
}

export function useTargets() {
  return useQuery({
    queryKey: ['program', 'targets'],
    queryFn: ({ signal }) => api<ProgramTarget[]>('/api/program/targets', { signal }),
    staleTime: STALE,
  });
}

export function useSteps() {
  return useQuery({
    queryKey: ['program', 'steps'],
    queryFn: ({ signal }) => api<Step[]>('/api/program/steps', { signal }),
    staleTime: STALE,
  });
}

/** A step's name by its number, in the user's language ('' while the steps load). */
export function useStepName(): (n: number) => string {
  const steps = useSteps();
  const nameOf = useNameOf();
  return (n) => {
    const s = steps.data?.find((x) => x.number === n);
    return s ? nameOf(s) : '';
  };
}

export function useReportDeadlines() {
  return useQuery({
    queryKey: ['program', 'deadlines'],
    queryFn: ({ signal }) => api<ReportDeadline[]>('/api/program/report-deadlines', { signal }),
    staleTime: STALE,
  });
}

/** Every program edit touches figures shown on several cards: refresh the whole group. */
function useProgramMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: ['program'] }),
  });
}

export const useUpdateCohort = () =>
  useProgramMutation((v: { yearBe: number; tambonTarget: number; version: number }) =>
    api<Cohort>(`/api/program/cohorts/${v.yearBe}`, { method: 'PATCH', body: { tambonTarget: v.tambonTarget, version: v.version } }),
  );

export const useCreateCohort = () =>
  useProgramMutation((v: { yearBe: number; tambonTarget: number }) =>
    api<Cohort>('/api/program/cohorts', { method: 'POST', body: v }),
  );

export const useUpdateTarget = () =>
  useProgramMutation((v: { key: string; value: number; version: number }) =>
    api<ProgramTarget>(`/api/program/targets/${v.key}`, { method: 'PATCH', body: { value: v.value, version: v.version } }),
  );

export const useUpdateStepSchedule = () =>
  useProgramMutation((v: { step: number; year: number; startsOn: string | null; dueOn: string | null; version: number }) =>
    api<StepSchedule>(`/api/program/steps/${v.step}/schedule/${v.year}`, {
      method: 'PUT',
      body: { startsOn: v.startsOn, dueOn: v.dueOn, version: v.version },
    }),
  );

export const useUpdateDeadline = () =>
  useProgramMutation((v: { code: string; dueDay: number; enabled: boolean; version: number }) =>
    api<ReportDeadline>(`/api/program/report-deadlines/${v.code}`, {
      method: 'PATCH',
      body: { dueDay: v.dueDay, enabled: v.enabled, version: v.version },
    }),
  );
