import type { QuantityUnit } from '@ntag/shared';
import { parseNumber } from '../../components/NumberField';
import type { FieldT } from '../../i18n/field';

/*
 * A product, its unit and a quantity: the line that production (step 4) and exchanges and sales
 * (step 6) both record, with the same API fields (productCode or productName, unit, quantity)
 * and the same rules. Their drafts share these helpers; the fields are `ProductFields`.
 */

/** A product of the list (by code), or one named in free text (`code` null, `name` typed). */
export interface ProductChoice {
  code: string | null;
  name: string;
  other: boolean;
}

export const NO_PRODUCT: ProductChoice = { code: null, name: '', other: false };

/** A saved record's product as the form's choice (a record without a code was typed in). */
export function productOf(r: { productCode: string | null; productName: string }): ProductChoice {
  return r.productCode ? { code: r.productCode, name: r.productName, other: false } : { code: null, name: r.productName, other: true };
}

/** The product as the API takes it: a code, or no code and the name typed. */
export function productInputOf(p: ProductChoice): { productCode: string | null; productName?: string } {
  return { productCode: p.code, ...(p.code ? {} : { productName: p.name.trim() }) };
}

/** What is wrong with the product, its unit and the quantity (which must be more than 0). */
export function productLineErrors(d: { product: ProductChoice; unit: QuantityUnit | null; quantity: string }, t: FieldT): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.product.code && !d.product.other) e.productCode = t('rec.pickProduct');
  if (d.product.other && !d.product.name.trim()) e.productName = t('rec.required');
  if (!d.unit) e.unit = t('rec.required');
  const q = parseNumber(d.quantity);
  if (q === null) e.quantity = t('rec.required');
  else if (!Number.isFinite(q) || q <= 0) e.quantity = t('rec.positive');
  return e;
}
