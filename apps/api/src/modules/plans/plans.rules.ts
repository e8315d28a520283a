import { nameKey, type QuantityUnit } from '@ntag/shared';

export interface RollupLine {
  product: string;
  unit: QuantityUnit;
  groupPlan: number;
  membersPlan: number;
  difference: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Where the group plan (กท.03) and the members' plans (กท.02) name the same product in the same
 * unit, their totals side by side; products on one side only appear with 0 on the other.
 * Products match on the name without spaces (ผักบุ้ง = ผัก บุ้ง).
 */
export function rollup(
  group: { product: string; unit: QuantityUnit; monthly: number[] }[],
  members: { product: string; unit: QuantityUnit; quantity: number }[],
): RollupLine[] {
  const lines = new Map<string, RollupLine>();
  const line = (product: string, unit: QuantityUnit) => {
    const key = `${nameKey(product)}|${unit}`;
    let l = lines.get(key);
    if (!l) lines.set(key, (l = { product: product.trim(), unit, groupPlan: 0, membersPlan: 0, difference: 0 }));
    return l;
  };
  for (const p of group) line(p.product, p.unit).groupPlan += p.monthly.reduce((a, b) => a + b, 0);
  for (const p of members) line(p.product, p.unit).membersPlan += p.quantity;
  return [...lines.values()].map((l) => ({ ...l, groupPlan: round(l.groupPlan), membersPlan: round(l.membersPlan), difference: round(l.groupPlan - l.membersPlan) }));
}
