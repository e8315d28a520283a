import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, download, unwrap, upload } from '../../api/client';
import type { FarmerInput, ImportReport } from '../../api/contract';

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
  onProgress?: (sent: number, total: number) => void;
}

/** Checks (dryRun) or imports a spreadsheet; the same file is sent for both steps. */
export function useImportFarmers() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun, onProgress }: ImportVars) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return upload<ImportReport>('/api/farmers/import', form, { query: { dryRun }, onProgress });
    },
    onSuccess: (report) => {
      if (!report.dryRun) void qc.invalidateQueries({ queryKey: ['farmers'] });
    },
  });
}
