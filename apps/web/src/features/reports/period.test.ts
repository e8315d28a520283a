import { describe, expect, it } from 'vitest';
import { daysBetween, isPeriod, lastMonth, periodsNewestFirst, shiftPeriod } from './period';

describe('reporting months', () => {
  it('steps over the turn of the year both ways', () => {
    expect(shiftPeriod('2026-01', -1)).toBe('2025-12');
    expect(shiftPeriod('2025-12', 1)).toBe('2026-01');
    expect(shiftPeriod('2026-11', -14)).toBe('2025-09');
  });

  it('takes last month from today in Thailand, January included', () => {
    expect(lastMonth('2026-11-26')).toBe('2026-10');
    expect(lastMonth('2027-01-03')).toBe('2026-12');
  });

  it('lists the months of a picker newest first, both ends included', () => {
    expect(periodsNewestFirst('2025-11', '2026-02')).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
    expect(periodsNewestFirst('2026-03', '2026-02')).toEqual([]);
  });

  it('accepts only a Gregorian YYYY-MM', () => {
    expect(isPeriod('2026-10')).toBe(true);
    expect(isPeriod('2569-13')).toBe(false);
    expect(isPeriod('2026-1')).toBe(false);
    expect(isPeriod(null)).toBe(false);
  });

  it('counts days late from the due day', () => {
    expect(daysBetween('2026-11-05', '2026-11-26')).toBe(21);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });
});
