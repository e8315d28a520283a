import type { QuantityUnit } from '@ntag/shared';
import type { Product } from '../../api/contract';
import { parseNumber } from '../../components/NumberField';
import type { FieldT } from '../../i18n/field';

/*
 * A product, its unit and a quantity: the line that production (step 4) and exchanges and sales
 * (step 6) both record, with the same API fields (`product`: a listed product's code or a name
 * typed in; `unit`; `quantity`) and the same rules. Their drafts share these helpers; the fields
 * are `ProductFields`.
 */

/** A product of the list (by code), or one named in free text (`code` null, `name` typed). */
export interface ProductChoice {
  code: string | null;
  name: string;
  other: boolean;
}

export const NO_PRODUCT: ProductChoice = { code: null, name: '', other: false };

/** A saved record's product as the form's choice: a code of the product list, else a name typed in. */
export function productOf(r: { product: string }, products: Product[] | undefined): ProductChoice {
  const listed = products?.find((p) => p.code === r.product);
  return listed ? { code: listed.code, name: listed.nameTh, other: false } : { code: null, name: r.product, other: true };
}

/** The product as the API takes it: the listed product's code, or the name typed. */
export function productInputOf(p: ProductChoice): { product: string } {
  return { product: p.code ?? p.name.trim() };
}

/** What is wrong with the product, its unit and the quantity (which must be more than 0). */
export function productLineErrors(d: { product: ProductChoice; unit: QuantityUnit | null; quantity: string }, t: FieldT): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.product.code && !d.product.other) e.product = t('rec.pickProduct');
  if (d.product.other && !d.product.name.trim()) e.product = t('rec.required');
  if (!d.unit) e.unit = t('rec.required');
  const q = parseNumber(d.quantity);
  if (q === null) e.quantity = t('rec.required');
  else if (!Number.isFinite(q) || q <= 0) e.quantity = t('rec.positive');
  return e;
}
