import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, upload } from '../../api/client';
import type { EnquiryAnswerInput, EnquiryDashboardFilter, EnquiryDeliveredInput, Listing, ListingFilter, ListingInput } from '../../api/contract';

/** Listings and enquiries of the groups in my scope (issue #14), typed by the generated contract. */
export function useListings(filter: ListingFilter) {
  return useQuery({
    queryKey: ['listings', filter],
    queryFn: ({ signal }) => unwrap(api.GET('/api/listings', { params: { query: { ...filter, pageSize: 200 } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useListing(id: string | null) {
  return useQuery({
    queryKey: ['listings', 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/listings/{id}', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

/** The months the group's กท.03 plan gives a product (a code of the list, or a name typed in). */
export function useProposedMonths(group: string | undefined, product: { code: string | null; name: string }) {
  return useQuery({
    queryKey: ['listings', 'months', group, product.code, product.name],
    queryFn: ({ signal }) => unwrap(api.GET('/api/listings/proposed-months', {
      params: { query: { group: group!, ...(product.code ? { productCode: product.code } : { productName: product.name }) } }, signal,
    })),
    enabled: !!group && !!(product.code || product.name.trim()),
  });
}

function useMarketMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['listings'] });
      void qc.invalidateQueries({ queryKey: ['enquiries'] });
      void qc.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}

export const useCreateListing = () => useMarketMutation((v: ListingInput & { id: string; groupId: string }) => unwrap(api.POST('/api/listings', { body: v })));
export const useUpdateListing = () =>
  useMarketMutation((v: Partial<ListingInput> & { id: string; version: number }) => {
    const { id, ...body } = v;
    return unwrap(api.PATCH('/api/listings/{id}', { params: { path: { id } }, body }));
  });
export const useDeleteListing = () =>
  useMarketMutation((v: { id: string; version: number }) => unwrap(api.DELETE('/api/listings/{id}', { params: { path: { id: v.id }, query: { version: v.version } } })));
export const useAddPhoto = () =>
  useMarketMutation((v: { id: string; file: File }) => {
    const form = new FormData();
    form.append('file', v.file);
    return upload<Listing>(`/api/listings/${v.id}/photos`, form);
  });
export const useRemovePhoto = () =>
  useMarketMutation((v: { id: string; photoId: string }) => unwrap(api.DELETE('/api/listings/{id}/photos/{photoId}', { params: { path: { id: v.id, photoId: v.photoId } } })));
export const useResolveReport = () =>
  useMarketMutation((v: { id: string; reportId: string }) => unwrap(api.POST('/api/listings/{id}/reports/{reportId}/resolve', { params: { path: { id: v.id, reportId: v.reportId } } })));

export interface EnquiryFilter {
  group?: string;
  status?: 'open' | 'late' | 'all';
}

export function useEnquiries(filter: EnquiryFilter) {
  const { status = 'open', group } = filter;
  return useQuery({
    queryKey: ['enquiries', filter],
    queryFn: ({ signal }) => unwrap(api.GET('/api/enquiries', {
      params: { query: { group, pageSize: 200, ...(status === 'open' ? { status: 'open' as const } : {}), ...(status === 'late' ? { late: 'true' as const } : {}) } }, signal,
    })),
    placeholderData: keepPreviousData,
  });
}

/** One enquiry with the buyer's contact (for the group and its district; each view is audited). */
export function useEnquiry(id: string | null) {
  return useQuery({
    queryKey: ['enquiries', 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/enquiries/{id}', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
    staleTime: 60_000,
  });
}

export const useAnswer = () =>
  useMarketMutation((v: EnquiryAnswerInput & { id: string }) => unwrap(api.POST('/api/enquiries/{id}/answer', { params: { path: { id: v.id } }, body: { decision: v.decision, message: v.message } })));
export const useDeliver = () =>
  useMarketMutation((v: EnquiryDeliveredInput & { id: string }) => unwrap(api.POST('/api/enquiries/{id}/delivered', { params: { path: { id: v.id } }, body: { date: v.date, quantity: v.quantity, value: v.value } })));
export const useReview = () =>
  useMarketMutation((v: { id: string; decision: 'release' | 'reject' }) => unwrap(api.POST('/api/enquiries/{id}/review', { params: { path: { id: v.id } }, body: { decision: v.decision } })));

/** The dashboard's enquiry section: its own request, apart from /api/dashboard. */
export function useEnquiryDashboard(filter: EnquiryDashboardFilter) {
  return useQuery({
    queryKey: ['dashboard', 'enquiries', filter],
    queryFn: ({ signal }) => unwrap(api.GET('/api/dashboard/enquiries', { params: { query: filter }, signal })),
    placeholderData: keepPreviousData,
  });
}
