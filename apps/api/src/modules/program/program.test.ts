import { describe, expect, it } from 'vitest';
import { datesInOrder, formedLate, parseTargetLine, sameName, shiftIsoDateByYears } from './program.rules';

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

describe('target tambon lists', () => {
  it('reads a code anywhere on a line', () => {
    expect(parseTargetLine('400101')).toEqual({ code: '400101' });
    expect(parseTargetLine('1\t400101\tในเมือง')).toEqual({ code: '400101' });
    expect(parseTargetLine('  ')).toBeNull();
  });
  it('reads names separated by tabs, commas or marked with ต./อ./จ.', () => {
    expect(parseTargetLine('ในเมือง\tเมืองขอนแก่น\tขอนแก่น')).toEqual({ tambon: 'ในเมือง', district: 'เมืองขอนแก่น', province: 'ขอนแก่น' });
    expect(parseTargetLine('ตำบลในเมือง, อำเภอเมืองขอนแก่น, จังหวัดขอนแก่น')).toEqual({ tambon: 'ในเมือง', district: 'เมืองขอนแก่น', province: 'ขอนแก่น' });
    expect(parseTargetLine('ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น')).toEqual({ tambon: 'ในเมือง', district: 'เมืองขอนแก่น', province: 'ขอนแก่น' });
    expect(parseTargetLine('ในเมือง')).toEqual({ tambon: 'ในเมือง', district: null, province: null });
  });
  it('compares names without their prefixes', () => {
    expect(sameName('อำเภอเมืองขอนแก่น', 'เมืองขอนแก่น')).toBe(true);
    expect(sameName(null, 'เมืองขอนแก่น')).toBe(true);
    expect(sameName('บ้านฝาง', 'เมืองขอนแก่น')).toBe(false);
  });
});

describe('moving a group to the next cohort', () => {
  it('is for a group formed after its cohort deadline for forming groups', () => {
    expect(formedLate('2026-08-15', '2026-07-30')).toBe(true);
    expect(formedLate('2026-07-30', '2026-07-30')).toBe(false);
    expect(formedLate('2026-08-15', null)).toBe(false);
  });
});
