import { EXCHANGE_CHANNELS, type Channel } from '@ntag/shared';

export const kindOfChannel = (channel: Channel): 'exchange' | 'sale' => (EXCHANGE_CHANNELS.includes(channel) ? 'exchange' : 'sale');

/** The value of a sale: as given, else quantity × unit price, in baht to the satang. */
export function saleValue(quantity: number, unitPrice: number | null | undefined, value: number | null | undefined): number | null {
  if (value !== null && value !== undefined) return Math.round(value * 100) / 100;
  if (unitPrice !== null && unitPrice !== undefined) return Math.round(quantity * unitPrice * 100) / 100;
  return null;
}
