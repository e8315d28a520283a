import { describe, expect, it } from 'vitest';
import { datesInOrder, shiftIsoDateByYears } from './program.rules';

describe('step calendar rules', () => {
  it('shifts a date by whole years, keeping month and day', () => {
    expect(shiftIsoDateByYears('2022-06-30', 4)).toBe('2026-06-30');
    expect(shiftIsoDateByYears('2024-02-29', 1)).toBe('2025-02-28');
  });
  it('accepts open or ordered windows only', () => {
    expect(datesInOrder(null, '2026-06-30')).toBe(true);
    expect(datesInOrder('2026-06-30', '2026-06-30')).toBe(true);
    expect(datesInOrder('2026-07-01', '2026-06-30')).toBe(false);
  });
});
