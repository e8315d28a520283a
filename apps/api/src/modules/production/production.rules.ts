import type { ProduceUse } from '@ntag/shared';

/** The uses of a harvest may not add up to more than the harvest. */
export function usesWithinQuantity(quantity: number, uses: Record<ProduceUse, number>): boolean {
  const total = Object.values(uses).reduce((a, b) => a + b, 0);
  return total <= quantity + 1e-9;
}

/** The last day of a date's month. */
export function monthEnd(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return `${iso.slice(0, 7)}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
