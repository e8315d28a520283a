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

/** A development topic of a กท.03 as stored: its id stays the same across edits of the plan. */
export interface StoredTopic {
  id: string;
  topic: string;
  plannedOn?: string | null;
}

/**
 * Which topic of the new list each topic of the stored list became. A topic sent with the id of a
 * stored one is that topic (renamed, re-dated or moved); a topic sent without an id takes the id
 * of the first unclaimed stored topic with the same text (a client that never saw ids still keeps
 * the links of the topics it did not change); any other is new. `newIndexOf[i]` is the new
 * position of stored topic i, or null when the list no longer has it.
 */
export function matchTopics(stored: StoredTopic[], incoming: { id?: string; topic: string; plannedOn?: string | null }[], newId: () => string) {
  const byId = new Map(stored.map((t, i) => [t.id, i]));
  const claimed = new Map<number, number>();
  const ids: (string | undefined)[] = incoming.map((t, j) => {
    const i = t.id === undefined ? undefined : byId.get(t.id);
    if (i === undefined || claimed.has(i)) return undefined;
    claimed.set(i, j);
    return t.id;
  });
  incoming.forEach((t, j) => {
    if (ids[j] !== undefined || t.id !== undefined) return;
    const i = stored.findIndex((s, k) => !claimed.has(k) && s.topic.trim() === t.topic.trim());
    if (i < 0) return;
    claimed.set(i, j);
    ids[j] = stored[i]!.id;
  });
  const topics: StoredTopic[] = incoming.map((t, j) => ({ id: ids[j] ?? t.id ?? newId(), topic: t.topic, plannedOn: t.plannedOn ?? null }));
  const newIndexOf = stored.map((_, i) => claimed.get(i) ?? null);
  return { topics, newIndexOf };
}
