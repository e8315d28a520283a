import type { SelectionTotals } from './results.schemas';

/** The pure rules of selection results: a province's totals from its tambons, and a sum of totals. */
export const ZERO_TOTALS: SelectionTotals = {
  tambons: 0, tambonsSelected: 0, targetTambons: 0, targetTambonsSelected: 0, groups: 0, groupsFormed: 0,
  candidates: 0, proposed: 0, selected: 0, notSelected: 0, undecided: 0,
};

export function totalsOf(tambons: { target: boolean; candidates: number; proposed: number; selected: number; notSelected: number; undecided: number; group: { formed: boolean } | null }[]): SelectionTotals {
  const t = { ...ZERO_TOTALS };
  for (const x of tambons) {
    t.tambons += x.candidates > 0 ? 1 : 0;
    t.tambonsSelected += x.selected > 0 ? 1 : 0;
    t.targetTambons += x.target ? 1 : 0;
    t.targetTambonsSelected += x.target && x.selected > 0 ? 1 : 0;
    t.groups += x.group ? 1 : 0;
    t.groupsFormed += x.group?.formed ? 1 : 0;
    t.candidates += x.candidates;
    t.proposed += x.proposed;
    t.selected += x.selected;
    t.notSelected += x.notSelected;
    t.undecided += x.undecided;
  }
  return t;
}

export function sumTotals(all: SelectionTotals[]): SelectionTotals {
  const t = { ...ZERO_TOTALS };
  for (const x of all) for (const k of Object.keys(t) as (keyof SelectionTotals)[]) t[k] += x[k] ?? 0;
  return t;
}
