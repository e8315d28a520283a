import { CHANNELS, EXCHANGE_CHANNELS, todayIso, type Channel, type QuantityUnit } from '@ntag/shared';
import type { Product, Transaction, TransactionInput } from '../../api/contract';
import { parseNumber } from '../../components/NumberField';
import type { FieldT } from '../../i18n/field';
import { NO_PRODUCT, productInputOf, productLineErrors, productOf, type ProductChoice } from '../field/productLine';

export type TxKind = 'sale' | 'exchange';

export const SALE_CHANNELS = CHANNELS.filter((c) => !EXCHANGE_CHANNELS.includes(c));

/** Sales to a buyer the survey may have named (not an event, not online). */
export const withOutlet = (c: Channel | null) => !!c && SALE_CHANNELS.includes(c) && c !== 'event' && c !== 'online';

export interface SaleDraft {
  kind: TxKind;
  channel: Channel | null;
  date: string | null;
  farmerId: string | null;
  product: ProductChoice;
  unit: QuantityUnit | null;
  quantity: string;
  unitPrice: string;
  value: string;
  outletId: string | null;
  eventId: string | null;
  platform: string;
  notes: string;
}

export function newDraft(last?: Partial<SaleDraft>): SaleDraft {
  return {
    kind: last?.kind ?? 'sale',
    channel: last?.channel ?? null,
    date: last?.date ?? todayIso(),
    farmerId: last?.farmerId ?? null,
    product: last?.product ?? NO_PRODUCT,
    unit: last?.unit ?? null,
    quantity: '',
    unitPrice: last?.unitPrice ?? '',
    value: '',
    outletId: last?.outletId ?? null,
    eventId: last?.eventId ?? null,
    platform: last?.platform ?? '',
    notes: '',
  };
}

export function draftOf(r: Transaction, products: Product[] | undefined): SaleDraft {
  return {
    kind: r.kind,
    channel: r.channel,
    date: r.date,
    farmerId: r.farmerId,
    product: productOf(r, products),
    unit: r.unit,
    quantity: String(r.quantity),
    unitPrice: r.unitPrice === null ? '' : String(r.unitPrice),
    // A value that is just quantity × price is left to be computed again.
    value: r.value === null || (r.unitPrice !== null && Math.abs(r.unitPrice * r.quantity - r.value) < 0.005) ? '' : String(r.value),
    outletId: r.outletId,
    eventId: r.eventId,
    platform: r.platform ?? '',
    notes: r.notes ?? '',
  };
}

/** The value as the API will store it: the one typed, else quantity × unit price. */
export function valueOf(d: SaleDraft): number | null {
  const typed = parseNumber(d.value);
  if (typed !== null && Number.isFinite(typed)) return typed;
  const q = parseNumber(d.quantity);
  const p = parseNumber(d.unitPrice);
  return q !== null && p !== null && Number.isFinite(q) && Number.isFinite(p) ? Math.round(q * p * 100) / 100 : null;
}

export function validate(d: SaleDraft, t: FieldT): Record<string, string> {
  const e = productLineErrors(d, t);
  if (!d.channel) e.channel = t('sales.pickChannel');
  if (!d.date) e.date = t('rec.required');
  else if (d.date > todayIso()) e.date = t('rec.future');
  const price = parseNumber(d.unitPrice);
  if (price !== null && !Number.isFinite(price)) e.unitPrice = t('rec.notNumber');
  const value = parseNumber(d.value);
  if (value !== null && !Number.isFinite(value)) e.value = t('rec.notNumber');
  if (d.kind === 'sale' && price === null && value === null) e.unitPrice = t('sales.priceRequired');
  if (d.channel === 'event' && !d.eventId) e.eventId = t('sales.eventRequired');
  if (d.channel === 'online' && !d.platform.trim()) e.platform = t('sales.platformRequired');
  return e;
}

export function inputOf(d: SaleDraft): TransactionInput {
  return {
    date: d.date!,
    farmerId: d.farmerId,
    ...productInputOf(d.product),
    unit: d.unit!,
    quantity: parseNumber(d.quantity)!,
    unitPrice: parseNumber(d.unitPrice),
    value: parseNumber(d.value),
    channel: d.channel!,
    outletId: withOutlet(d.channel) ? d.outletId : null,
    eventId: d.channel === 'event' ? d.eventId : null,
    platform: d.channel === 'online' ? d.platform.trim() : null,
    notes: d.notes.trim() || null,
  };
}
