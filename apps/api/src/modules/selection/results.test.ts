import { describe, expect, it } from 'vitest';
import { sumTotals, totalsOf, ZERO_TOTALS } from './results.rules';

const tambon = (o: Partial<Parameters<typeof totalsOf>[0][number]>) => ({ target: false, candidates: 0, proposed: 0, selected: 0, notSelected: 0, undecided: 0, group: null, ...o });

describe('selection result totals', () => {
  it('counts tambons with candidates, with selected farmers, target tambons reached, groups and farmers', () => {
    const t = totalsOf([
      tambon({ target: true, candidates: 5, proposed: 4, selected: 3, notSelected: 1, group: { formed: true } }),
      tambon({ target: true }),
      tambon({ candidates: 2, proposed: 2, undecided: 2, group: { formed: false } }),
    ]);
    expect(t).toEqual({ tambons: 2, tambonsSelected: 1, targetTambons: 2, targetTambonsSelected: 1, groups: 2, groupsFormed: 1, candidates: 7, proposed: 6, selected: 3, notSelected: 1, undecided: 2 });
  });
  it('adds provinces up', () => {
    expect(sumTotals([{ ...ZERO_TOTALS, selected: 3, groups: 1 }, { ...ZERO_TOTALS, selected: 2 }])).toMatchObject({ selected: 5, groups: 1 });
    expect(sumTotals([])).toEqual(ZERO_TOTALS);
  });
});
