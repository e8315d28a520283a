import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useLang } from '../../i18n/I18nProvider';
import { recordHooks } from '../records/useRecords';

/** Production records of step 4 (GET/POST /api/production…). */
export const production = recordHooks('/api/production', 'production');

/** The product list (code, Thai and English names, the units each is counted in): reference data. */
export function useProducts() {
  return useQuery({
    queryKey: ['products'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/products', { signal })),
    staleTime: 30 * 60_000,
  });
}

/**
 * A record's product in the user's language. A record answers `product`: the code of a listed
 * product (named here from the product list, in Thai or English) or the name typed in (shown
 * as it was typed).
 */
export function useProductName(): (r: { product: string }) => string {
  const products = useProducts();
  const { lang } = useLang();
  return (r) => {
    const listed = products.data?.find((p) => p.code === r.product);
    return listed ? (lang === 'en' ? listed.nameEn : listed.nameTh) : r.product;
  };
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
