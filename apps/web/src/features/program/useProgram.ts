import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { NewCohort } from '../../api/contract';
import { useNameOf } from '../../i18n/I18nProvider';

const STALE = 5 * 60_000;

export function useCohorts() {
  return useQuery({
    queryKey: ['program', 'cohorts'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/program/cohorts', { signal })),
    staleTime: STALE,
  });
}

export function useTargets() {
  return useQuery({
    queryKey: ['program', 'targets'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/program/targets', { signal })),
    staleTime: STALE,
  });
}

export function useSteps() {
  return useQuery({
    queryKey: ['program', 'steps'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/program/steps', { signal })),
    staleTime: STALE,
  });
}

/** A step's name by its number, in the user's language ('' while the steps load). */
export function useStepName(): (n: number) => string {
  const steps = useSteps();
  const nameOf = useNameOf();
  return (n) => {
    const s = steps.data?.find((x) => x.step === n);
    return s ? nameOf(s) : '';
  };
}

export function useReportDeadlines() {
  return useQuery({
    queryKey: ['program', 'deadlines'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/program/report-deadlines', { signal })),
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
  useProgramMutation((v: { cohort: number; tambonTarget: number; version: number }) =>
    unwrap(api.PATCH('/api/program/cohorts/{cohort}', { params: { path: { cohort: v.cohort } }, body: { tambonTarget: v.tambonTarget, version: v.version } })),
  );

export const useCreateCohort = () =>
  useProgramMutation((v: NewCohort) => unwrap(api.POST('/api/program/cohorts', { body: v })),
  );

export const useUpdateTarget = () =>
  useProgramMutation((v: { key: string; value: number; version: number }) =>
    unwrap(api.PATCH('/api/program/targets/{key}', { params: { path: { key: v.key } }, body: { value: v.value, version: v.version } })),
  );

export const useUpdateStepSchedule = () =>
  useProgramMutation((v: { step: number; cohort: number; startsOn: string | null; dueOn: string | null; reason: string; version: number }) =>
    unwrap(api.PUT('/api/program/steps/{step}/schedule/{cohort}', {
      params: { path: { step: v.step, cohort: v.cohort } },
      body: { startsOn: v.startsOn, dueOn: v.dueOn, reason: v.reason, version: v.version },
    })),
  );

export const useUpdateDeadline = () =>
  useProgramMutation((v: { code: string; dueDay: number; enabled: boolean; version: number }) =>
    unwrap(api.PATCH('/api/program/report-deadlines/{code}', {
      params: { path: { code: v.code } },
      body: { dueDay: v.dueDay, enabled: v.enabled, version: v.version },
    })),
  );
