import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, download, unwrap, upload } from '../../api/client';
import type { PartnerInput, TrainingInput, Visit, VisitInput } from '../../api/contract';

/**
 * The data hooks of issue 13's screens: the ministry's target tambons, selection results sent
 * up, the district's visits (with photos) and overdue follow-ups, lecturer training, the
 * province's partners, and the reminders a user will get.
 */

export function useTargetTambons(cohort: number | null, unit?: string) {
  return useQuery({
    queryKey: ['program', 'target-tambons', cohort, unit ?? null],
    queryFn: ({ signal }) => unwrap(api.GET('/api/program/cohorts/{cohort}/target-tambons', { params: { path: { cohort: cohort! }, query: unit ? { unit } : {} }, signal })),
    enabled: cohort !== null,
  });
}

export function usePutTargets() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { cohort: number; tambonCodes: string[]; version: number }) =>
      unwrap(api.PUT('/api/program/cohorts/{cohort}/target-tambons', { params: { path: { cohort: v.cohort } }, body: { tambonCodes: v.tambonCodes, version: v.version } })),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['program'] });
      void qc.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}

export function useResolveTambons() {
  return useMutation({
    mutationFn: (v: { cohort: number; lines: string[] }) => unwrap(api.POST('/api/program/cohorts/{cohort}/target-tambons/resolve', { params: { path: { cohort: v.cohort } }, body: { lines: v.lines } })),
  });
}

export function useSelectionResults(cohort: number | null, province?: string) {
  return useQuery({
    queryKey: ['selection-results', cohort, province ?? null],
    queryFn: ({ signal }) => unwrap(api.GET('/api/selection/results', { params: { query: { cohort: cohort!, ...(province ? { province } : {}) } }, signal })),
    enabled: cohort !== null,
  });
}

export function useResultAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; action: 'submit' | 'accept' | 'return'; version: number; reason?: string; notes?: string }) => {
      const path = { params: { path: { id: v.id } } };
      if (v.action === 'submit') return unwrap(api.POST('/api/selection/results/{id}/submit', { ...path, body: { version: v.version, ...(v.notes ? { notes: v.notes } : {}) } }));
      if (v.action === 'accept') return unwrap(api.POST('/api/selection/results/{id}/accept', { ...path, body: { version: v.version } }));
      return unwrap(api.POST('/api/selection/results/{id}/return', { ...path, body: { version: v.version, reason: v.reason ?? '' } }));
    },
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['selection-results'] });
      void qc.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}

export function downloadSelectionResult(kind: 'province' | 'agency', unit: string, cohort: number, type: 'pdf' | 'xlsx'): Promise<void> {
  const path = kind === 'agency' ? `/api/forms/selection-summary.${type}` : `/api/forms/selection-result.${type}`;
  return download(path, { query: kind === 'agency' ? { agency: unit, cohort } : { province: unit, cohort }, fallbackName: `selection-${unit}-${cohort}.${type}` });
}

/* ── Visits ─────────────────────────────────────────────────────────────────────────────── */
function invalidateVisits(qc: ReturnType<typeof useQueryClient>) {
  void qc.invalidateQueries({ queryKey: ['visits'] });
  void qc.invalidateQueries({ queryKey: ['timeline'] });
  void qc.invalidateQueries({ queryKey: ['follow-ups'] });
}

export function useVisits(groupId: string | undefined) {
  return useQuery({
    queryKey: ['visits', groupId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/visits', { params: { query: { group: groupId!, limit: 200 } }, signal })),
    enabled: !!groupId,
  });
}

export function useSaveVisit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; groupId: string; version?: number; input: VisitInput }) =>
      v.version === undefined
        ? unwrap(api.POST('/api/visits', { body: { id: v.id, groupId: v.groupId, ...v.input } }))
        : unwrap(api.PATCH('/api/visits/{id}', { params: { path: { id: v.id } }, body: { ...v.input, version: v.version } })),
    onSettled: () => invalidateVisits(qc),
  });
}

export function useDeleteVisit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; version: number }) => unwrap(api.DELETE('/api/visits/{id}', { params: { path: { id: v.id }, query: { version: v.version } } })),
    onSettled: () => invalidateVisits(qc),
  });
}

export function useAddVisitPhoto() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { visitId: string; file: File }) => {
      const form = new FormData();
      form.append('file', v.file, v.file.name);
      return upload<Visit>(`/api/visits/${v.visitId}/photos`, form);
    },
    onSettled: () => invalidateVisits(qc),
  });
}

export function useFollowUps(unit?: string, enabled = true) {
  return useQuery({
    queryKey: ['follow-ups', unit ?? null],
    queryFn: ({ signal }) => unwrap(api.GET('/api/visits/follow-ups', { params: { query: unit ? { unit } : {} }, signal })),
    enabled,
  });
}

/* ── Lecturer training ──────────────────────────────────────────────────────────────────── */
export function useTrainings(groupId: string | undefined) {
  return useQuery({
    queryKey: ['trainings', groupId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/lecturer-trainings', { params: { query: { group: groupId!, limit: 200 } }, signal })),
    enabled: !!groupId,
  });
}

export function useSaveTraining() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; groupId: string; input: TrainingInput }) => unwrap(api.POST('/api/lecturer-trainings', { body: { id: v.id, groupId: v.groupId, ...v.input } })),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['trainings'] });
      void qc.invalidateQueries({ queryKey: ['timeline'] });
    },
  });
}

export function useDeleteTraining() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; version: number }) => unwrap(api.DELETE('/api/lecturer-trainings/{id}', { params: { path: { id: v.id }, query: { version: v.version } } })),
    onSettled: () => void qc.invalidateQueries({ queryKey: ['trainings'] }),
  });
}

/* ── Partners ───────────────────────────────────────────────────────────────────────────── */
export function usePartners(province: string | null) {
  return useQuery({
    queryKey: ['partners', province],
    queryFn: ({ signal }) => unwrap(api.GET('/api/partners', { params: { query: province ? { province, limit: 500 } : { limit: 500 } }, signal })),
  });
}

export function useSavePartner() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; version?: number; input: PartnerInput }) =>
      v.version === undefined
        ? unwrap(api.POST('/api/partners', { body: { id: v.id, ...v.input } }))
        : unwrap(api.PATCH('/api/partners/{id}', { params: { path: { id: v.id } }, body: { ...v.input, version: v.version } })),
    onSettled: () => void qc.invalidateQueries({ queryKey: ['partners'] }),
  });
}

export function useDeletePartner() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; version: number }) => unwrap(api.DELETE('/api/partners/{id}', { params: { path: { id: v.id }, query: { version: v.version } } })),
    onSettled: () => void qc.invalidateQueries({ queryKey: ['partners'] }),
  });
}

/* ── Reminders and a late group ─────────────────────────────────────────────────────────── */
export function useMyReminders() {
  return useQuery({ queryKey: ['reminders'], queryFn: ({ signal }) => unwrap(api.GET('/api/reminders', { signal })) });
}

export function useMoveCohort() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { groupId: string; cohort: number; reason: string; version: number }) =>
      unwrap(api.POST('/api/groups/{id}/cohort', { params: { path: { id: v.groupId } }, body: { cohort: v.cohort, reason: v.reason, version: v.version } })),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['groups'] });
      void qc.invalidateQueries({ queryKey: ['progress'] });
    },
  });
}
