import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { NarrativeField } from '@ntag/shared';
import { staleCurrent } from '../../api/ApiError';
import { api, unwrap } from '../../api/client';
import type { CompletenessLevel, Report } from '../../api/contract';

/**
 * Monthly reports (GET/PATCH/POST /api/reports…). Every answer is the whole report, so a
 * mutation puts it straight into the cache of its id; the unit's month, the inbox, the
 * completeness and the home page's "returned" notice are then refetched.
 */
const key = {
  all: ['reports'] as const,
  ofUnit: (unit: string, period: string) => ['reports', 'unit', unit, period] as const,
  one: (id: string) => ['reports', 'one', id] as const,
};

/** A unit's reports for a month; the first look drafts it (the numbers are live until submitted). */
export function useUnitReports(unit: string | null, period: string) {
  return useQuery({
    queryKey: key.ofUnit(unit ?? '', period),
    queryFn: ({ signal }) => unwrap(api.GET('/api/reports', { params: { query: { unit: unit!, period } }, signal })),
    enabled: !!unit,
    placeholderData: keepPreviousData,
  });
}

/** One report with every version (who submitted, accepted or returned it, when, why). */
export function useReport(id: string | undefined) {
  return useQuery({
    queryKey: key.one(id ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/reports/{id}', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

/** The units below me and the state of their reports for a month. */
export function useReportInbox(period: string) {
  return useQuery({
    queryKey: ['reports', 'inbox', period],
    queryFn: ({ signal }) => unwrap(api.GET('/api/reports/inbox', { params: { query: { period } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useCompleteness(q: { level: CompletenessLevel; from: string; to: string; unit?: string }) {
  return useQuery({
    queryKey: ['reports', 'completeness', q],
    queryFn: ({ signal }) => unwrap(api.GET('/api/reports/completeness', { params: { query: q }, signal })),
    placeholderData: keepPreviousData,
  });
}

function settle(qc: QueryClient, report: Report | null) {
  // Shown at once; the refetch then brings back each version's narrative (only GET /:id has them).
  if (report) qc.setQueryData(key.one(report.id), report);
  void qc.invalidateQueries({ queryKey: key.all });
  void qc.invalidateQueries({ queryKey: ['notifications'] });
}

/**
 * Every report mutation: on success and on a 409 (someone acted first: the answer carries
 * the report as it is now) the cache takes the report the server holds.
 */
function useReportMutation<V>(fn: (v: V) => Promise<Report>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (report) => settle(qc, report),
    onError: (e) => settle(qc, staleCurrent<Report>(e)),
  });
}

export const useSaveNarrative = () =>
  useReportMutation((v: { id: string; narrative: Partial<Record<NarrativeField, string>>; version: number }) =>
    unwrap(api.PATCH('/api/reports/{id}', { params: { path: { id: v.id } }, body: { narrative: v.narrative, version: v.version } })),
  );

export type ReportAction = 'submit' | 'accept' | 'return';

export const useReportAction = () =>
  useReportMutation((v: { id: string; action: ReportAction; version: number; reason?: string }) => {
    const path = { path: { id: v.id } };
    if (v.action === 'return') return unwrap(api.POST('/api/reports/{id}/return', { params: path, body: { reason: v.reason ?? '', version: v.version } }));
    return unwrap(api.POST(v.action === 'submit' ? '/api/reports/{id}/submit' : '/api/reports/{id}/accept', { params: path, body: { version: v.version } }));
  });
