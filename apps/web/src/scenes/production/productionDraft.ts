import { PRODUCE_USES, todayIso, type ProduceUse, type QuantityUnit } from '@ntag/shared';
import type { Product, ProductionInput, ProductionRecord, Uses } from '../../api/contract';
import { parseNumber } from '../../components/NumberField';
import type { FieldT } from '../../i18n/field';
import { NO_PRODUCT, productInputOf, productLineErrors, productOf, type ProductChoice } from '../field/productLine';

export interface ProductionDraft {
  date: string | null;
  period: 'day' | 'month';
  farmerId: string | null;
  product: ProductChoice;
  unit: QuantityUnit | null;
  quantity: string;
  uses: Record<ProduceUse, string>;
  value: string;
  notes: string;
}

const noUses = (): Record<ProduceUse, string> => ({ household: '', exchange: '', sale: '', processing: '', loss: '' });
const text = (n: number | null) => (n === null || n === 0 ? '' : String(n));

/** A new entry: today, the whole group, and the product last used (quick entry in the field). */
export function newDraft(last?: { product: ProductChoice; unit: QuantityUnit | null; date?: string | null; period?: 'day' | 'month'; farmerId?: string | null }): ProductionDraft {
  return {
    date: last?.date ?? todayIso(),
    period: last?.period ?? 'day',
    farmerId: last?.farmerId ?? null,
    product: last?.product ?? NO_PRODUCT,
    unit: last?.unit ?? null,
    quantity: '',
    uses: noUses(),
    value: '',
    notes: '',
  };
}

export function draftOf(r: ProductionRecord, products: Product[] | undefined): ProductionDraft {
  return {
    date: r.date,
    period: r.period,
    farmerId: r.farmerId,
    product: productOf(r, products),
    unit: r.unit,
    quantity: String(r.quantity),
    uses: Object.fromEntries(PRODUCE_USES.map((u) => [u, text(r.uses[u])])) as Record<ProduceUse, string>,
    value: r.value === null ? '' : String(r.value),
    notes: r.notes ?? '',
  };
}

/** The uses typed so far (blank = 0), and their sum. */
export function usesOf(d: ProductionDraft): { uses: Uses; sum: number } {
  const uses = Object.fromEntries(PRODUCE_USES.map((u) => [u, parseNumber(d.uses[u]) ?? 0])) as Uses;
  const sum = PRODUCE_USES.reduce((a, u) => a + (Number.isFinite(uses[u]) ? uses[u] : 0), 0);
  return { uses, sum };
}

export function validate(d: ProductionDraft, t: FieldT): Record<string, string> {
  const e = productLineErrors(d, t);
  if (!d.date) e.date = t('rec.required');
  else if (d.date > todayIso()) e.date = t('rec.future');
  const q = parseNumber(d.quantity);
  for (const u of PRODUCE_USES) {
    const v = parseNumber(d.uses[u]);
    if (v !== null && !Number.isFinite(v)) e[`uses.${u}`] = t('rec.notNumber');
  }
  if (q && Number.isFinite(q) && usesOf(d).sum > q + 1e-9) e.uses = t('production.usesOver');
  const value = parseNumber(d.value);
  if (value !== null && !Number.isFinite(value)) e.value = t('rec.notNumber');
  return e;
}

export function inputOf(d: ProductionDraft): ProductionInput {
  return {
    date: d.date!,
    period: d.period,
    farmerId: d.farmerId,
    ...productInputOf(d.product),
    unit: d.unit!,
    quantity: parseNumber(d.quantity)!,
    uses: usesOf(d).uses,
    value: parseNumber(d.value),
    notes: d.notes.trim() || null,
  };
}
