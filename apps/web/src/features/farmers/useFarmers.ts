import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, download, unwrap, upload, uploadForDownload } from '../../api/client';
import type { FarmerInput, ImportMapping, ImportReport } from '../../api/contract';

export const FARMER_PAGE_SIZE = 50;

/** The list's filter as the screen keeps it (areaQuery turns it into the API's parameters). */
export interface FarmerFilter {
  /** A province (2 digits), district (4) or tambon (6) code; none = my whole scope. */
  area?: string;
  /** Name prefix ("สมใจ", "สมใจ ใจ") or a national id. */
  q?: string;
}

/** `40` → `{ province: '40' }`, `4001` → `{ district }`, `400101` → `{ tambon }`. */
export function areaQuery(area: string | undefined): { province?: string; district?: string; tambon?: string } {
  if (!area) return {};
  if (area.length === 2) return { province: area };
  if (area.length === 4) return { district: area };
  if (area.length === 6) return { tambon: area };
  return {};
}

/** Farmers in name order, one page of 50 at a time ("โหลดเพิ่ม" fetches the next cursor). */
export function useFarmerList(filter: FarmerFilter) {
  return useInfiniteQuery({
    queryKey: ['farmers', 'list', filter],
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/farmers', { params: { query: { ...areaQuery(filter.area), q: filter.q, limit: FARMER_PAGE_SIZE, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useFarmer(id: string | undefined) {
  return useQuery({
    queryKey: ['farmers', 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/farmers/{id}', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

/** Any change to a farmer (or a failed one: a 409 means our copy is stale) reloads lists and details. */
function useFarmerMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => void qc.invalidateQueries({ queryKey: ['farmers'] }),
  });
}

/**
 * Registers a farmer. `id` is made once per form by the caller, so a double click or a retry
 * after a timeout sends the same id and the API answers with the record it already has.
 */
export const useCreateFarmer = () =>
  useFarmerMutation((v: FarmerInput & { id: string }) => unwrap(api.POST('/api/farmers', { body: v })));

export const useUpdateFarmer = () =>
  useFarmerMutation((v: Partial<FarmerInput> & { id: string; version: number }) => {
    const { id, ...body } = v;
    return unwrap(api.PATCH('/api/farmers/{id}', { params: { path: { id } }, body }));
  });

/** Shows one masked national id in full; the API records who looked (audit). */
export const useRevealNationalId = () =>
  useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/farmers/{id}/reveal-id', { params: { path: { id } } })),
  });

export function downloadImportTemplate(): Promise<void> {
  return download('/api/farmers/import-template.xlsx', { fallbackName: 'ntag-farmers-template.xlsx' });
}

/** The farmers of the current filter as Excel (audited by the API). */
export function exportFarmers(filter: FarmerFilter): Promise<void> {
  return download('/api/farmers/export.xlsx', {
    query: { ...areaQuery(filter.area), q: filter.q },
    fallbackName: 'ntag-farmers.xlsx',
  });
}

export interface ImportVars {
  file: File;
  dryRun: boolean;
  /** The officer's mapping (sheet and each column's field); the server proposes when absent. */
  mapping?: ImportMapping;
  /** The id the screen polls for rows done / total. */
  batch?: string;
  /** The LDD pond list: the farmers also become กท.01 candidates of this cohort. */
  cohort?: number;
  onProgress?: (sent: number, total: number) => void;
}

function importForm(file: File, mapping?: ImportMapping): FormData {
  const form = new FormData();
  if (mapping) form.append('mapping', JSON.stringify(mapping));
  form.append('file', file, file.name);
  return form;
}

/** Checks (dryRun) or imports a spreadsheet; the same file is sent for both steps. */
export function useImportFarmers() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun, mapping, batch, cohort, onProgress }: ImportVars) =>
      upload<ImportReport>('/api/farmers/import', importForm(file, mapping), { query: { dryRun, batch, cohort }, onProgress }),
    onSuccess: (report) => {
      if (!report.dryRun) {
        void qc.invalidateQueries({ queryKey: ['farmers'] });
        void qc.invalidateQueries({ queryKey: ['import-batches'] });
        void qc.invalidateQueries({ queryKey: ['selection'] });
      }
    },
  });
}

/** The officer's workbook back with each problem cell highlighted and commented. */
export function downloadMarkedWorkbook(file: File, mapping?: ImportMapping): Promise<void> {
  return uploadForDownload('/api/farmers/import/marked.xlsx', importForm(file, mapping), { fallbackName: 'ntag-import-checked.xlsx' });
}

/** Rows done / total of a running import, polled every second while `active`. */
export const useImportProgress = (batch: string | null, active: boolean) =>
  useQuery({
    queryKey: ['import-batch', batch],
    queryFn: () => unwrap(api.GET('/api/farmers/import/batches/{id}', { params: { path: { id: batch! } } })),
    enabled: !!batch && active,
    refetchInterval: active ? 1000 : false,
    retry: false,
  });

/** The office's committed imports of the last 30 days (undo within 7 days). */
export const useImportBatches = () =>
  useQuery({ queryKey: ['import-batches'], queryFn: () => unwrap(api.GET('/api/farmers/import/batches')) });

export function useUndoImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/farmers/import/batches/{id}/undo', { params: { path: { id } } })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['farmers'] });
      void qc.invalidateQueries({ queryKey: ['import-batches'] });
    },
  });
}
