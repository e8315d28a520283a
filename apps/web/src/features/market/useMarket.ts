import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { AnswerInput, DeliveredInput, Enquiry, EnquiryDashboard, Listing, ListingInput, Paged } from './types';

/** Listings and enquiries of the groups in my scope (issue #14). */
export interface MarketFilter {
  group?: string;
}

export function useListings(filter: MarketFilter) {
  return useQuery({
    queryKey: ['listings', filter],
    queryFn: ({ signal }) => api<Paged<Listing>>('/api/listings', { query: { ...filter, pageSize: 200 }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useListing(id: string | null) {
  return useQuery({ queryKey: ['listings', 'one', id], queryFn: ({ signal }) => api<Listing>(`/api/listings/${id}`, { signal }), enabled: !!id });
}

export function useProposedMonths(group: string | undefined, product: { code: string | null; name: string }) {
  return useQuery({
    queryKey: ['listings', 'months', group, product.code, product.name],
    queryFn: ({ signal }) => api<{ months: number[]; cohort: number | null }>('/api/listings/proposed-months', {
      query: { group, productCode: product.code ?? undefined, productName: product.code ? undefined : product.name }, signal,
    }),
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
    },
  });
}

export const useCreateListing = () => useMarketMutation((v: ListingInput & { id: string; groupId: string }) => api<Listing>('/api/listings', { method: 'POST', body: v }));
export const useUpdateListing = () =>
  useMarketMutation((v: Partial<ListingInput> & { id: string; version: number }) => {
    const { id, ...body } = v;
    return api<Listing>(`/api/listings/${id}`, { method: 'PATCH', body });
  });
export const useDeleteListing = () => useMarketMutation((v: { id: string; version: number }) => api<{ ok: true }>(`/api/listings/${v.id}`, { method: 'DELETE', query: { version: v.version } }));
export const useAddPhoto = () =>
  useMarketMutation((v: { id: string; file: File }) => {
    const form = new FormData();
    form.append('file', v.file);
    return api<Listing>(`/api/listings/${v.id}/photos`, { method: 'POST', body: form });
  });
export const useRemovePhoto = () => useMarketMutation((v: { id: string; photoId: string }) => api<Listing>(`/api/listings/${v.id}/photos/${v.photoId}`, { method: 'DELETE' }));
export const useResolveReport = () => useMarketMutation((v: { id: string; reportId: string }) => api<Listing>(`/api/listings/${v.id}/reports/${v.reportId}/resolve`, { method: 'POST' }));

export interface EnquiryFilter {
  group?: string;
  status?: 'open' | 'late' | 'all';
}

export function useEnquiries(filter: EnquiryFilter) {
  const { status = 'open', ...rest } = filter;
  return useQuery({
    queryKey: ['enquiries', filter],
    queryFn: ({ signal }) => api<Paged<Enquiry>>('/api/enquiries', {
      query: { ...rest, status: status === 'open' ? 'open' : undefined, late: status === 'late' ? 'true' : undefined, pageSize: 200 }, signal,
    }),
    placeholderData: keepPreviousData,
  });
}

/** One enquiry with the buyer's contact (for the group and its district; each view is audited). */
export function useEnquiry(id: string | null) {
  return useQuery({ queryKey: ['enquiries', 'one', id], queryFn: ({ signal }) => api<Enquiry>(`/api/enquiries/${id}`, { signal }), enabled: !!id, staleTime: 60_000 });
}

export const useAnswer = () => useMarketMutation((v: AnswerInput & { id: string }) => api<Enquiry>(`/api/enquiries/${v.id}/answer`, { method: 'POST', body: { decision: v.decision, message: v.message } }));
export const useDeliver = () => useMarketMutation((v: DeliveredInput & { id: string }) => api<Enquiry>(`/api/enquiries/${v.id}/delivered`, { method: 'POST', body: { date: v.date, quantity: v.quantity, value: v.value } }));
export const useReview = () => useMarketMutation((v: { id: string; decision: 'release' | 'reject' }) => api<Enquiry>(`/api/enquiries/${v.id}/review`, { method: 'POST', body: { decision: v.decision } }));

/** The dashboard's enquiry section: its own request, apart from /api/dashboard. */
export function useEnquiryDashboard(filter: { unit?: string; cohort?: number }) {
  return useQuery({
    queryKey: ['dashboard', 'enquiries', filter],
    queryFn: ({ signal }) => api<EnquiryDashboard>('/api/dashboard/enquiries', { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
  });
}
