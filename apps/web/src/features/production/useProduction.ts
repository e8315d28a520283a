import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useLang } from '../../i18n/I18nProvider';
import type { Product, ProductionInput, ProductionRecord } from '../../api/stepTypes';
import { recordHooks } from '../records/useRecords';

/** Production records of step 4 (GET/POST /api/production…). */
export const production = recordHooks<ProductionRecord, ProductionInput>('/api/production', 'production');

/** The product list (code, Thai and English names, the units each is counted in): reference data. */
export function useProducts() {
  return useQuery({
    queryKey: ['products'],
    queryFn: ({ signal }) => api<Product[]>('/api/products', { signal }),
    staleTime: 30 * 60_000,
  });
}

/** A record's product in the user's language: the list's English name for a listed product. */
export function useProductName(): (r: { productCode: string | null; productName: string }) => string {
  const products = useProducts();
  const { lang } = useLang();
  return (r) => (lang === 'en' && r.productCode ? (products.data?.find((p) => p.code === r.productCode)?.nameEn ?? r.productName) : r.productName);
}

const lastKey = (groupId: string) => `ntag.lastProduct.${groupId}`;

/** The product (and unit) last recorded for a group on this device: the next entry starts from it. */
export function lastProduct(groupId: string): { code: string | null; name: string; unit: string } | null {
  try {
    const raw = localStorage.getItem(lastKey(groupId));
    return raw ? (JSON.parse(raw) as { code: string | null; name: string; unit: string }) : null;
  } catch {
    return null;
  }
}

export function rememberProduct(groupId: string, p: { code: string | null; name: string; unit: string }): void {
  try {
    localStorage.setItem(lastKey(groupId), JSON.stringify(p));
  } catch {
    // Storage blocked: the form simply starts from the newest record instead.
  }
}
